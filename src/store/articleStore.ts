import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Article, Sentence } from "../domain/article";
import { BriefError } from "../domain/errors";
import { splitSentences } from "../sentences/splitSentences";
import { isValidSlug, paragraphsToBody, parseArticleText, slugFromTitle } from "./articleText";
import type { SqliteDatabase } from "./database";

export const ArticleRowSchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  body: z.string(),
  hash: z.string(),
});

export interface ArticleSummary {
  slug: string;
  title: string;
  sentenceCount: number;
}

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
}) => void;

export interface ArticleStore {
  get(slug: string): Article | undefined;
  /** Like get, but an unknown slug is an unknown_article BriefError (the services add the closest slugs). */
  require(slug: string): Article;
  sentences(slug: string): Sentence[];
  list(): ArticleSummary[];
  slugs(): string[];
  ingestText(raw: string, options?: IngestOptions): IngestResult;
  ingestFile(filePath: string, options?: IngestOptions): IngestResult;
  onChange(listener: ArticleChangeListener): void;
}

function hashOf(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

function toArticle(row: z.infer<typeof ArticleRowSchema>): Article {
  return { ...row, url: row.url ?? undefined, date: row.date ?? undefined };
}

const sentenceRowSchema = z.object({ position: z.number(), paragraph: z.number(), text: z.string() });

export function createArticleStore(
  database: SqliteDatabase,
  options: { seedDirectory?: string } = {},
): ArticleStore {
  database.exec(`
    CREATE TABLE IF NOT EXISTS articles (
      slug TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      url TEXT,
      date TEXT,
      body TEXT NOT NULL,
      hash TEXT NOT NULL,
      updated_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE IF NOT EXISTS sentences (
      slug TEXT NOT NULL REFERENCES articles(slug) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      paragraph INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (slug, position)
    ) WITHOUT ROWID;
  `);
  const selectArticle = database.prepare(
    "SELECT slug, title, url, date, body, hash FROM articles WHERE slug = ?",
  );
  const selectSentences = database.prepare(
    "SELECT position, paragraph, text FROM sentences WHERE slug = ? ORDER BY position",
  );
  const selectSummaries = database.prepare(
    `SELECT a.slug, a.title, (SELECT count(*) FROM sentences s WHERE s.slug = a.slug) AS sentenceCount
     FROM articles a ORDER BY a.slug`,
  );
  const selectSlugs = database.prepare("SELECT slug FROM articles ORDER BY slug").pluck();
  const upsertArticle = database.prepare(
    `INSERT INTO articles (slug, title, url, date, body, hash) VALUES (@slug, @title, @url, @date, @body, @hash)
     ON CONFLICT(slug) DO UPDATE SET title = excluded.title, url = excluded.url, date = excluded.date,
       body = excluded.body, hash = excluded.hash, updated_at = datetime('now')`,
  );
  const deleteSentences = database.prepare("DELETE FROM sentences WHERE slug = ?");
  const insertSentence = database.prepare(
    "INSERT INTO sentences (slug, position, paragraph, text) VALUES (?, ?, ?, ?)",
  );
  const listeners: ArticleChangeListener[] = [];

  const get = (slug: string): Article | undefined => {
    const row = selectArticle.get(slug);
    return row === undefined ? undefined : toArticle(ArticleRowSchema.parse(row));
  };

  const slugs = (): string[] => z.array(z.string()).parse(selectSlugs.all());

  const writeArticle = database.transaction((article: Article, sentences: readonly Sentence[]) => {
    upsertArticle.run({ ...article, url: article.url ?? null, date: article.date ?? null });
    deleteSentences.run(article.slug);
    for (const sentence of sentences)
      insertSentence.run(article.slug, sentence.index, sentence.paragraph, sentence.text);
  });

  const ingestText = (raw: string, ingestOptions: IngestOptions = {}): IngestResult => {
    const parsed = parseArticleText(raw);
    const title = ingestOptions.title?.trim() || parsed.title;
    const slug = ingestOptions.slug ?? slugFromTitle(title);
    if (!isValidSlug(slug)) {
      throw new BriefError(
        "bad_input",
        `Bad slug '${slug}': use 1-64 lower-case letters, digits and dashes.`,
      );
    }
    const url = ingestOptions.url ?? parsed.url;
    const body = paragraphsToBody(parsed.paragraphs);
    const article: Article = {
      slug,
      title,
      url,
      date: parsed.date,
      body,
      hash: hashOf([title, url ?? "", body]),
    };
    const previous = get(slug);
    if (previous && previous.hash === article.hash) {
      return { article: previous, status: "unchanged", sentenceCount: sentencesOf(slug).length };
    }
    const sentences = splitSentences(parsed.paragraphs);
    writeArticle(article, sentences);
    for (const listener of listeners) listener({ slug, previousHash: previous?.hash, article });
    return { article, status: previous ? "replaced" : "added", sentenceCount: sentences.length };
  };

  const ingestFile = (filePath: string, ingestOptions: IngestOptions = {}): IngestResult => {
    let raw: Buffer;
    try {
      raw = fs.readFileSync(filePath);
    } catch (error) {
      throw new BriefError(
        "bad_article_file",
        `Cannot read '${filePath}': ${(error as NodeJS.ErrnoException).code ?? "unreadable"}.`,
      );
    }
    if (raw.includes(0)) throw new BriefError("bad_article_file", `'${filePath}' looks binary, not text.`);
    const text = new TextDecoder("utf-8", { fatal: false }).decode(raw);
    if (text.trim() === "") throw new BriefError("bad_article_file", `'${filePath}' is empty.`);
    try {
      return ingestText(text, ingestOptions);
    } catch (error) {
      if (error instanceof BriefError && error.code === "bad_article_file") {
        throw new BriefError("bad_article_file", `'${filePath}': ${error.message}`);
      }
      throw error;
    }
  };

  const sentencesOf = (slug: string): Sentence[] =>
    selectSentences.all(slug).map((row) => {
      const { position, paragraph, text } = sentenceRowSchema.parse(row);
      return { id: `S${position}`, index: position, paragraph, text };
    });

  const store: ArticleStore = {
    get,
    require(slug) {
      const article = get(slug);
      if (article) return article;
      throw new BriefError("unknown_article", `No stored article '${slug}'.`, { slug });
    },
    sentences: sentencesOf,
    list: () =>
      selectSummaries
        .all()
        .map((row) =>
          z.object({ slug: z.string(), title: z.string(), sentenceCount: z.number() }).parse(row),
        ),
    slugs,
    ingestText,
    ingestFile,
    onChange: (listener) => {
      listeners.push(listener);
    },
  };

  if (options.seedDirectory) seedFromDirectory(store, options.seedDirectory);
  return store;
}

/** Loads each `<slug>.txt` in the seed directory whose slug is not stored yet, so the store is never empty. */
function seedFromDirectory(store: ArticleStore, directory: string): void {
  let files: string[];
  try {
    files = fs.readdirSync(directory).filter((file) => file.endsWith(".txt"));
  } catch {
    return;
  }
  for (const file of files) {
    const slug = path.basename(file, ".txt");
    if (isValidSlug(slug) && !store.get(slug)) store.ingestFile(path.join(directory, file), { slug });
  }
}
