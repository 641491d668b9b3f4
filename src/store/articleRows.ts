import type { Article, Sentence } from "../domain/article";

export interface ArticleSummary {
  slug: string;
  title: string;
  sentenceCount: number;
  /** The article's own date as stored ("2025-05-07"), when it has one. */
  date?: string | undefined;
  /** The day it was stored or last replaced, YYYY-MM-DD (UTC). */
  storedOn: string;
}

/**
 * What a storage backend keeps of articles. Parsing, splitting, hashing and change events are the store's,
 * the same on every backend.
 */
export interface ArticleRows {
  article(slug: string): Promise<Article | undefined>;
  /** In reading order. */
  sentences(slug: string): Promise<Sentence[]>;
  /** Ordered by slug. */
  summaries(): Promise<ArticleSummary[]>;
  /** Ordered by slug. */
  slugs(): Promise<string[]>;
  /**
   * The stored slugs "did you mean" ranks for `wanted` (suggestSlugs.ts): every slug on SQLite, where reading
   * them is a local scan; on Postgres a bounded set by trigrams, so the cost does not follow the store's size.
   */
  suggestionCandidates(wanted: string): Promise<string[]>;
  /** The slug of the article stored for this URL (the latest updated, should there be several). */
  slugForUrl(url: string): Promise<string | undefined>;
  /** Stores the article and replaces its sentences, all or nothing. */
  write(article: Article, sentences: readonly Sentence[]): Promise<void>;
}
