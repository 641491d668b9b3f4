import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { type Article, type Sentence, slugRule } from "../domain/article";
import { BriefError, quotedInput } from "../domain/errors";
import { splitSentences } from "../sentences/splitSentences";
import type { ArticleRows, ArticleSummary } from "./articleRows";
import {
  cutBetweenWords,
  isValidSlug,
  type ParsedArticleText,
  paragraphsToBody,
  parseArticleText,
  slugFromTitle,
} from "./articleText";
import { decodeText, looksBinary } from "./decodeText";
import { createPostgresArticleRows } from "./postgresArticleRows";
import { createSqliteArticleRows } from "./sqliteArticleRows";
import type { Storage } from "./storage";

export type { ArticleSummary };

export interface IngestOptions {
  slug?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
}

export interface IngestResult {
  article: Article;
  status: "added" | "replaced" | "unchanged";
  sentenceCount: number;
}

/** Listeners for article changes, so caches and indexes keyed by the old text can let go of it. */
export type ArticleChangeListener = (change: {
  slug: string;
  previousHash: string | undefined;
  article: Article;
}) => void | Promise<void>;

export interface ArticleStore {
  get(slug: string): Promise<Article | undefined>;
  /** Like get, but an unknown slug is an unknown_article BriefError (the services add the closest slugs). */
  require(slug: string): Promise<Article>;
  sentences(slug: string): Promise<Sentence[]>;
  list(): Promise<ArticleSummary[]>;
  slugs(): Promise<string[]>;
  /** The stored slugs a suggestion for an unknown slug is picked from (ArticleRows.suggestionCandidates). */
  suggestionCandidates(wanted: string): Promise<string[]>;
  ingestText(raw: string, options?: IngestOptions): Promise<IngestResult>;
  ingestFile(filePath: string, options?: IngestOptions): Promise<IngestResult>;
  /**
   * Stores a fetched or pasted article. The article already stored for the same URL keeps its slug (replaced
   * only when its text changed); a new one gets a free slug from its title (`title`, `title-2`, ...).
   */
  ingestArticle(parsed: ParsedArticleText, options?: IngestOptions): Promise<IngestResult>;
  /** The article stored for this URL, if any. */
  findByUrl(url: string): Promise<Article | undefined>;
  onChange(listener: ArticleChangeListener): void;
}

function hashOf(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

/** `slug`, else `slug-2`, `slug-3`, ... within the 64-character limit, whichever is not taken. */
async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let counter = 2; ; counter += 1) {
    const suffix = `-${counter}`;
    const candidate = `${cutBetweenWords(base, 64 - suffix.length)}${suffix}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/** Sizes as people read them: "50.0 MiB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Default for `maxArticleBytes`: a long report is a few hundred kilobytes of text; 2 MiB leaves room. */
export const defaultMaxArticleBytes = 2 * 1024 * 1024;

/**
 * An article's link, which every edge shows as a link: only http(s), so a `javascript:` or `file:` one given
 * with a text file or pasted text is refused rather than stored.
 */
export function httpLink(url: string): URL {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed;
  } catch {
    // Refused below.
  }
  throw new BriefError("bad_input", `The link ${quotedInput(url)} is not an http(s) URL.`, { field: "url" });
}

/** The article store on the given storage; `seedDirectory`'s articles are stored first if missing. */
export async function createArticleStore(
  storage: Storage,
  options: {
    seedDirectory?: string;
    /** Longer texts are refused before they are split: splitting and indexing them would take minutes. */
    maxArticleBytes?: number;
  } = {},
): Promise<ArticleStore> {
  const maxArticleBytes = options.maxArticleBytes ?? defaultMaxArticleBytes;
  const refuseIfTooLarge = (what: string, bytes: number, hint = "") => {
    if (bytes <= maxArticleBytes) return;
    throw new BriefError(
      "bad_article_file",
      `${what} is ${formatBytes(bytes)}; the most one article may have is ${formatBytes(maxArticleBytes)}${hint}.`,
      { bytes, maxArticleBytes },
    );
  };
  const rows: ArticleRows =
    storage.kind === "postgres"
      ? createPostgresArticleRows(storage.pool)
      : createSqliteArticleRows(storage.database);
  const listeners: ArticleChangeListener[] = [];

  const ingestParsed = async (
    parsed: ParsedArticleText,
    ingestOptions: IngestOptions = {},
  ): Promise<IngestResult> => {
    const title = ingestOptions.title?.trim() || parsed.title;
    const slug = ingestOptions.slug ?? slugFromTitle(title);
    if (!isValidSlug(slug)) {
      throw new BriefError("bad_input", `Bad slug '${quotedInput(slug)}': ${slugRule}.`);
    }
    const url = ingestOptions.url ?? parsed.url;
    if (url !== undefined) httpLink(url);
    const body = paragraphsToBody(parsed.paragraphs);
    // Pasted text was measured before parsing; an article extracted from a page is measured here.
    refuseIfTooLarge("The article", Buffer.byteLength(body, "utf8"));
    const article: Article = {
      slug,
      title,
      url,
      date: parsed.date,
      byline: parsed.byline,
      outlet: parsed.outlet,
      body,
      hash: hashOf([title, url ?? "", body]),
    };
    const previous = await rows.article(slug);
    if (previous && previous.hash === article.hash) {
      return { article: previous, status: "unchanged", sentenceCount: (await rows.sentences(slug)).length };
    }
    const sentences = splitSentences(parsed.paragraphs);
    await rows.write(article, sentences);
    for (const listener of listeners) await listener({ slug, previousHash: previous?.hash, article });
    return { article, status: previous ? "replaced" : "added", sentenceCount: sentences.length };
  };

  const ingestText = async (raw: string, ingestOptions: IngestOptions = {}): Promise<IngestResult> => {
    refuseIfTooLarge("The article", Buffer.byteLength(raw, "utf8"));
    return ingestParsed(parseArticleText(raw), ingestOptions);
  };

  const findByUrl = async (url: string): Promise<Article | undefined> => {
    const slug = await rows.slugForUrl(url);
    return slug === undefined ? undefined : rows.article(slug);
  };

  const ingestArticle = async (
    parsed: ParsedArticleText,
    ingestOptions: IngestOptions = {},
  ): Promise<IngestResult> => {
    const url = ingestOptions.url ?? parsed.url;
    const title = ingestOptions.title?.trim() || parsed.title;
    const slug =
      ingestOptions.slug ??
      (url ? await rows.slugForUrl(url) : undefined) ??
      (await freeSlug(
        slugFromTitle(title),
        async (candidate) => (await rows.article(candidate)) !== undefined,
      ));
    return ingestParsed(parsed, { ...ingestOptions, slug, url });
  };

  const ingestFile = async (filePath: string, ingestOptions: IngestOptions = {}): Promise<IngestResult> => {
    let raw: Buffer;
    try {
      // Checked before reading: a 50 MB file is refused without being loaded.
      refuseIfTooLarge(`'${filePath}'`, (await fs.stat(filePath)).size, " (BRIEF_MAX_ARTICLE_BYTES)");
      raw = await fs.readFile(filePath);
    } catch (error) {
      if (error instanceof BriefError) throw error;
      throw new BriefError(
        "bad_article_file",
        `Cannot read '${filePath}': ${(error as NodeJS.ErrnoException).code ?? "unreadable"}.`,
      );
    }
    // UTF-16 files (with or without a byte order mark) and Latin-1 or Windows-1252 files decode as text.
    const { text } = decodeText(raw);
    if (looksBinary(text)) throw new BriefError("bad_article_file", `'${filePath}' looks binary, not text.`);
    if (text.trim() === "") throw new BriefError("bad_article_file", `'${filePath}' is empty.`);
    try {
      return await ingestText(text, ingestOptions);
    } catch (error) {
      if (error instanceof BriefError && error.code === "bad_article_file") {
        throw new BriefError("bad_article_file", `'${filePath}': ${error.message}`);
      }
      throw error;
    }
  };

  const store: ArticleStore = {
    get: (slug) => rows.article(slug),
    async require(slug) {
      const article = await rows.article(slug);
      if (article) return article;
      throw new BriefError("unknown_article", `No stored article '${quotedInput(slug)}'.`, { slug });
    },
    sentences: (slug) => rows.sentences(slug),
    list: () => rows.summaries(),
    slugs: () => rows.slugs(),
    suggestionCandidates: (wanted) => rows.suggestionCandidates(wanted),
    ingestText,
    ingestFile,
    ingestArticle,
    findByUrl,
    onChange: (listener) => {
      listeners.push(listener);
    },
  };

  if (options.seedDirectory) await seedFromDirectory(store, options.seedDirectory);
  return store;
}

/** Loads each `<slug>.txt` in the seed directory whose slug is not stored yet, so the store is never empty. */
async function seedFromDirectory(store: ArticleStore, directory: string): Promise<void> {
  let files: string[];
  try {
    files = (await fs.readdir(directory)).filter((file) => file.endsWith(".txt"));
  } catch {
    return;
  }
  for (const file of files) {
    const slug = path.basename(file, ".txt");
    if (isValidSlug(slug) && !(await store.get(slug)))
      await store.ingestFile(path.join(directory, file), { slug });
  }
}
