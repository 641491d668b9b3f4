/** A row's columns in table order: key, slug, article_hash, actors, engine, model, prompt_version, briefing. */
export type CacheRowValues = readonly [string, string, string, string, string, string, string, string];

/** What a backend keeps of cached briefings, by the hash of their key. */
export interface CacheRows {
  /** The stored briefing as decoded JSON, not yet validated; undefined when absent. */
  briefing(keyHash: string): Promise<unknown>;
  /** Inserts or replaces the row. */
  put(values: CacheRowValues): Promise<void>;
  forget(keyHash: string): Promise<void>;
  forgetArticle(slug: string): Promise<void>;
}
