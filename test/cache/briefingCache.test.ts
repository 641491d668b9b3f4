import { describe, expect, it } from "vitest";
import { type BriefingCacheKey, createBriefingCache } from "../../src/cache/briefingCache";
import type { Briefing } from "../../src/domain/briefing";
import { openDatabase } from "../../src/store/database";
import { temporaryDatabasePath } from "../support/tempDatabase";

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

describe("briefing cache", () => {
  it("returns a stored briefing for the same key, and survives reopening the database", () => {
    const databasePath = temporaryDatabasePath();
    const first = openDatabase(databasePath);
    createBriefingCache(first).put(key, briefing);
    first.close();
    const reopened = createBriefingCache(openDatabase(databasePath));
    expect(reopened.get(key)).toEqual(briefing);
  });

  it.each([
    ["article text", { articleHash: "changed" }],
    ["actors", { actors: ["China"] }],
    ["engine", { engine: "openai:other" }],
    ["model", { model: "other" }],
    ["prompt version", { promptVersion: "222222222222" }],
  ])("misses when the %s differs", (_label, change) => {
    const cache = createBriefingCache(openDatabase(":memory:"));
    cache.put(key, briefing);
    expect(cache.get({ ...key, ...change })).toBeUndefined();
  });

  it("forgets an article's results, and drops a row that no longer matches the schema", () => {
    const database = openDatabase(":memory:");
    const cache = createBriefingCache(database);
    cache.put(key, briefing);
    cache.forgetArticle("xi-putin");
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, briefing);
    database.prepare("UPDATE briefing_cache SET briefing = '{\"old\": true}'").run();
    expect(cache.get(key)).toBeUndefined();
    expect(database.prepare("SELECT count(*) FROM briefing_cache").pluck().get()).toBe(0);
  });
});
