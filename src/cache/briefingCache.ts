import { createHash } from "node:crypto";
import { type Briefing, BriefingSchema } from "../domain/briefing";
import type { Storage } from "../store/storage";
import type { CacheRows } from "./cacheRows";
import { createPostgresCacheRows } from "./postgresCacheRows";
import { createSqliteCacheRows } from "./sqliteCacheRows";

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
  get(key: BriefingCacheKey): Promise<Briefing | undefined>;
  put(key: BriefingCacheKey, briefing: Briefing): Promise<void>;
  /** Drops every result for an article, e.g. when its text changes. */
  forgetArticle(slug: string): Promise<void>;
}

function keyHash(key: BriefingCacheKey): string {
  return createHash("sha256")
    .update(JSON.stringify([key.articleHash, key.actors, key.engine, key.model, key.promptVersion]))
    .digest("hex");
}

export function createBriefingCache(storage: Storage): BriefingCache {
  const rows: CacheRows =
    storage.kind === "postgres"
      ? createPostgresCacheRows(storage.pool)
      : createSqliteCacheRows(storage.database);
  return {
    async get(key) {
      const hash = keyHash(key);
      const stored = await rows.briefing(hash);
      if (stored === undefined) return undefined;
      const briefing = BriefingSchema.safeParse(stored);
      // A row from an older schema is not an error: forget it and build afresh.
      if (!briefing.success) {
        await rows.forget(hash);
        return undefined;
      }
      return briefing.data;
    },
    put: (key, briefing) =>
      rows.put([
        keyHash(key),
        key.slug,
        key.articleHash,
        JSON.stringify(key.actors),
        key.engine,
        key.model,
        key.promptVersion,
        JSON.stringify(briefing),
      ]),
    forgetArticle: (slug) => rows.forgetArticle(slug),
  };
}
