import { describe, expect, it } from "vitest";
import { type BriefingCacheKey, createBriefingCache } from "../../src/cache/briefingCache";
import type { Briefing } from "../../src/domain/briefing";
import {
  closeTestStorage,
  countRows,
  freshTestStorage,
  openTestStorage,
  runSql,
  storageBackends,
} from "../support/storageBackends";

const key: BriefingCacheKey = {
  slug: "xi-putin",
  articleHash: "abc",
  actors: ["China", "EU"],
  engine: "openai:gpt-4.1-mini",
  model: "gpt-4.1-mini",
  promptVersion: "111111111111",
};
const briefing: Briefing = {
  article: { slug: "xi-putin", title: "T", hash: "abc" },
  engine: "openai:gpt-4.1-mini",
  actors: ["China", "EU"],
  positions: [
    { actor: "China", status: "stated", points: [{ text: "x", kind: "stated", citations: ["S3"] }] },
  ],
  sources: [{ id: "S3", text: "Xi vows." }],
};

describe.each(storageBackends)("briefing cache on $name", (backend) => {
  it("returns a stored briefing for the same key, and survives reopening the database", async () => {
    const location = await backend.freshLocation();
    const first = await openTestStorage(location);
    await createBriefingCache(first).put(key, briefing);
    await closeTestStorage(first);
    const reopened = createBriefingCache(await openTestStorage(location));
    expect(await reopened.get(key)).toEqual(briefing);
  });

  it.each([
    ["article text", { articleHash: "changed" }],
    ["actors", { actors: ["China"] }],
    ["engine", { engine: "openai:other" }],
    ["model", { model: "other" }],
    ["prompt version", { promptVersion: "222222222222" }],
  ])("misses when the %s differs", async (_label, change) => {
    const cache = createBriefingCache(await freshTestStorage(backend));
    await cache.put(key, briefing);
    expect(await cache.get({ ...key, ...change })).toBeUndefined();
  });

  it("forgets an article's results, and drops a row that no longer matches the schema", async () => {
    const storage = await freshTestStorage(backend);
    const cache = createBriefingCache(storage);
    await cache.put(key, briefing);
    await cache.forgetArticle("xi-putin");
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(key, briefing);
    await runSql(storage, `UPDATE briefing_cache SET briefing = '{"old": true}'`);
    expect(await cache.get(key)).toBeUndefined();
    expect(await countRows(storage, "briefing_cache")).toBe(0);
  });
});
