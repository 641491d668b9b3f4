import type { PostgresPool } from "../store/postgresDatabase";
import type { CacheRows } from "./cacheRows";

/** The briefing_cache table on Postgres; briefings are jsonb. */
export function createPostgresCacheRows(pool: PostgresPool): CacheRows {
  return {
    async briefing(keyHash) {
      const result = await pool.query<{ briefing: unknown }>(
        "SELECT briefing FROM briefing_cache WHERE key = $1",
        [keyHash],
      );
      return result.rows[0]?.briefing;
    },
    async put(values) {
      await pool.query(
        `INSERT INTO briefing_cache (key, slug, article_hash, actors, engine, model, prompt_version, briefing)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (key) DO UPDATE SET slug = excluded.slug, article_hash = excluded.article_hash,
           actors = excluded.actors, engine = excluded.engine, model = excluded.model,
           prompt_version = excluded.prompt_version, briefing = excluded.briefing, created_at = now()`,
        [...values],
      );
    },
    async forget(keyHash) {
      await pool.query("DELETE FROM briefing_cache WHERE key = $1", [keyHash]);
    },
    async forgetArticle(slug) {
      await pool.query("DELETE FROM briefing_cache WHERE slug = $1", [slug]);
    },
  };
}
