import type { Paragraph } from "../domain/article";
import { BriefError, isBriefError } from "../domain/errors";
import { decodePage } from "../extract/decodePage";
import type { GuardedFetch } from "../fetch/guardedFetch";
import type { Logger } from "../log";
import { type ArticleStore, httpLink, type IngestResult } from "../store/articleStore";
import type { ParsedArticleText } from "../store/articleText";
import type { FeedItem } from "./feedItems";

/**
 * Articles from where people find them: a URL (fetched under the SSRF rules, extracted, stored), pasted text,
 * or a feed's items. Each ends in the store, which reuses the article already stored for the same canonical URL
 * and drops what was cached for its old text when the text changed.
 */

export interface PastedArticle {
  title: string;
  url?: string | undefined;
  text: string;
}

export type FeedItemOutcome =
  | { item: FeedItem; kind: "ingested"; result: IngestResult }
  | { item: FeedItem; kind: "already_stored"; slug: string }
  | { item: FeedItem; kind: "failed"; message: string };

export interface FeedIngestOptions {
  /** Items published before this are skipped; items without a date are kept (nothing says they are old). */
  since?: Date | undefined;
  /** Called once the items are known, with their number. */
  onStart?: (total: number) => void;
  /** Called after each item. */
  onItem?: (outcome: FeedItemOutcome) => void;
}

export interface FeedIngestReport {
  outcomes: FeedItemOutcome[];
  skippedAsOlder: number;
}

export interface IngestService {
  ingestFromUrl(url: string, options?: { fallbackDate?: string | undefined }): Promise<IngestResult>;
  ingestPastedText(pasted: PastedArticle): Promise<IngestResult>;
  ingestFeed(feedUrl: string, options?: FeedIngestOptions): Promise<FeedIngestReport>;
}

/** Pasted text shorter than this is a mistake (a headline alone, a stray word), not an article to brief. */
const minimumPastedWords = 20;

const bulletLine = /^[-•*–]\s+/;

function pastedParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .map((line) =>
      bulletLine.test(line)
        ? { text: line.replace(bulletLine, ""), bullet: true }
        : { text: line, bullet: false },
    );
}

const wordCount = (paragraphs: readonly Paragraph[]) =>
  paragraphs.reduce((count, paragraph) => count + (paragraph.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

/** An optional link given with pasted text: kept as the article's URL, never fetched. */
function pastedUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed ? httpLink(trimmed).href : undefined;
}

/** The headline is the article's first paragraph, so it is citable like any sentence. */
function withHeadline(title: string, paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs[0]?.text === title ? paragraphs : [{ text: title, bullet: false }, ...paragraphs];
}

export function createIngestService(dependencies: {
  store: Pick<ArticleStore, "ingestArticle" | "findByUrl">;
  fetchPage: GuardedFetch;
  logger: Logger;
}): IngestService {
  const { store, fetchPage, logger } = dependencies;

  const ingestFromUrl: IngestService["ingestFromUrl"] = async (url, options = {}) => {
    const page = await fetchPage(url, "html");
    // Loaded on first use, like the feed parser below: every command and the app start without them.
    const { extractArticle } = await import("../extract/extractArticle");
    const extracted = extractArticle(decodePage(page.bytes, page.charset), page.url);
    const parsed: ParsedArticleText = {
      headline: extracted.title,
      title: extracted.title,
      url: extracted.canonicalUrl,
      date: extracted.date ?? options.fallbackDate,
      byline: extracted.byline,
      outlet: extracted.outlet,
      paragraphs: withHeadline(extracted.title, extracted.paragraphs),
    };
    const result = await store.ingestArticle(parsed);
    logger.info("ingest.url", {
      url: page.url,
      canonicalUrl: extracted.canonicalUrl,
      slug: result.article.slug,
      status: result.status,
      words: extracted.wordCount,
      sentences: result.sentenceCount,
    });
    return result;
  };

  const ingestPastedText: IngestService["ingestPastedText"] = async (pasted) => {
    const title = pasted.title.replace(/\s+/g, " ").trim();
    if (title === "") throw new BriefError("bad_input", "The article needs a title.", { field: "title" });
    const paragraphs = pastedParagraphs(pasted.text);
    const words = wordCount(paragraphs);
    if (words < minimumPastedWords) {
      throw new BriefError(
        "not_an_article",
        `That is too little text to brief (${words} words). Paste the whole article.`,
        { words, field: "text" },
      );
    }
    const url = pastedUrl(pasted.url);
    const result = await store.ingestArticle({
      headline: title,
      title,
      url,
      date: undefined,
      paragraphs: withHeadline(title, paragraphs),
    });
    logger.info("ingest.pasted", { slug: result.article.slug, status: result.status, words });
    return result;
  };

  const ingestFeed: IngestService["ingestFeed"] = async (feedUrl, options = {}) => {
    const page = await fetchPage(feedUrl, "feed");
    const { feedItems } = await import("./feedItems");
    const items = feedItems(decodePage(page.bytes, page.charset), page.url);
    const recent = options.since
      ? items.filter((item) => !item.published || item.published >= (options.since as Date))
      : items;
    options.onStart?.(recent.length);
    const outcomes: FeedItemOutcome[] = [];
    // One page at a time: a feed is one site, and a news desk's bot should not hammer it.
    for (const item of recent) {
      const stored = await store.findByUrl(item.url);
      let outcome: FeedItemOutcome;
      if (stored) outcome = { item, kind: "already_stored", slug: stored.slug };
      else {
        try {
          const result = await ingestFromUrl(item.url, {
            fallbackDate: item.published?.toISOString().slice(0, 10),
          });
          outcome = { item, kind: "ingested", result };
        } catch (error) {
          if (!isBriefError(error)) throw error;
          logger.info("ingest.feed_item_failed", { url: item.url, code: error.code });
          outcome = { item, kind: "failed", message: error.message };
        }
      }
      outcomes.push(outcome);
      options.onItem?.(outcome);
    }
    logger.info("ingest.feed", {
      url: page.url,
      items: items.length,
      ingested: outcomes.filter((outcome) => outcome.kind === "ingested").length,
      failed: outcomes.filter((outcome) => outcome.kind === "failed").length,
    });
    return { outcomes, skippedAsOlder: items.length - recent.length };
  };

  return { ingestFromUrl, ingestPastedText, ingestFeed };
}
