import { z } from "zod";
import type { SqliteDatabase } from "../store/database";
import type { CacheRows } from "./cacheRows";

const RowSchema = z.object({ briefing: z.string() });

/** The briefing_cache table in the SQLite file; briefings are JSON text. */
export function createSqliteCacheRows(database: SqliteDatabase): CacheRows {
  database.exec(`
    CREATE TABLE IF NOT EXISTS briefing_cache (
      key TEXT PRIMARY KEY,
      slug TEXT NOT NULL,
      article_hash TEXT NOT NULL,
      actors TEXT NOT NULL,
      engine TEXT NOT NULL,
      model TEXT NOT NULL,
      prompt_version TEXT NOT NULL,
      briefing TEXT NOT NULL,
      created_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX IF NOT EXISTS briefing_cache_slug ON briefing_cache (slug);
  `);
  const select = database.prepare("SELECT briefing FROM briefing_cache WHERE key = ?");
  const upsert = database.prepare(
    `INSERT OR REPLACE INTO briefing_cache (key, slug, article_hash, actors, engine, model, prompt_version, briefing)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteForSlug = database.prepare("DELETE FROM briefing_cache WHERE slug = ?");
  const deleteKey = database.prepare("DELETE FROM briefing_cache WHERE key = ?");

  return {
    async briefing(keyHash) {
      const row = RowSchema.safeParse(select.get(keyHash));
      if (!row.success) return undefined;
      try {
        return JSON.parse(row.data.briefing);
      } catch {
        // Unreadable JSON is treated like an outdated row: the cache forgets it and builds afresh.
        return null;
      }
    },
    async put(values) {
      upsert.run(...values);
    },
    async forget(keyHash) {
      deleteKey.run(keyHash);
    },
    async forgetArticle(slug) {
      deleteForSlug.run(slug);
    },
  };
}
