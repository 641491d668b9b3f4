import { createHash } from "node:crypto";
import { z } from "zod";
import { type Briefing, BriefingSchema } from "../domain/briefing";
import type { SqliteDatabase } from "../store/database";

/** Everything that decides a briefing: the article text, the actors, the engine, the model and the prompts. */
export interface BriefingCacheKey {
  slug: string;
  articleHash: string;
  actors: readonly string[];
  engine: string;
  model: string;
  promptVersion: string;
}

export interface BriefingCache {
  get(key: BriefingCacheKey): Briefing | undefined;
  put(key: BriefingCacheKey, briefing: Briefing): void;
  /** Drops every result for an article, e.g. when its text changes. */
  forgetArticle(slug: string): void;
}

function keyHash(key: BriefingCacheKey): string {
  return createHash("sha256")
    .update(JSON.stringify([key.articleHash, key.actors, key.engine, key.model, key.promptVersion]))
    .digest("hex");
}

const rowSchema = z.object({ briefing: z.string() });

export function createBriefingCache(database: SqliteDatabase): BriefingCache {
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
    get(key) {
      const hash = keyHash(key);
      const row = rowSchema.safeParse(select.get(hash));
      if (!row.success) return undefined;
      let stored: unknown;
      try {
        stored = JSON.parse(row.data.briefing);
      } catch {
        stored = undefined;
      }
      const briefing = BriefingSchema.safeParse(stored);
      // A row from an older schema is not an error: forget it and build afresh.
      if (!briefing.success) {
        deleteKey.run(hash);
        return undefined;
      }
      return briefing.data;
    },
    put(key, briefing) {
      upsert.run(
        keyHash(key),
        key.slug,
        key.articleHash,
        JSON.stringify(key.actors),
        key.engine,
        key.model,
        key.promptVersion,
        JSON.stringify(briefing),
      );
    },
    forgetArticle(slug) {
      deleteForSlug.run(slug);
    },
  };
}
