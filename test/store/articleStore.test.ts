import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import { BriefError } from "../../src/domain/errors";
import { requireArticle } from "../../src/retrieve/suggestArticles";
import { createArticleStore } from "../../src/store/articleStore";
import { openDatabase } from "../../src/store/database";
import { suggestSlugs } from "../../src/store/suggestSlugs";
import { temporaryDatabasePath, temporaryFile } from "../support/tempDatabase";

const seedDirectory = path.join(projectRoot, "data", "articles");

function openStore(databasePath = temporaryDatabasePath(), withSeed = true) {
  const database = openDatabase(databasePath);
  const store = createArticleStore(database, {
    ...(withSeed ? { seedDirectory } : {}),
  });
  return { database, store };
}

const article = (body: string) => `Headline of the day.\nTitle: A Test Article\n${body}\n`;

describe("article store", () => {
  it("seeds the shipped article on first use so the store is never empty", () => {
    const { store, database } = openStore();
    expect(store.slugs()).toContain("xi-putin");
    const sentences = store.sentences("xi-putin");
    expect(sentences[0]?.id).toBe("S1");
    expect(sentences.length).toBeGreaterThan(20);
    expect(store.list().find((summary) => summary.slug === "xi-putin")?.sentenceCount).toBe(sentences.length);
    database.close();
  });

  it("creates the database file with WAL", () => {
    const { database } = openStore();
    expect(database.pragma("journal_mode", { simple: true })).toBe("wal");
    database.close();
  });

  it("adds, skips an identical re-ingest, and replaces a changed text with new sentence ids", () => {
    const { store, database } = openStore(temporaryDatabasePath(), false);
    const changes: Array<string | undefined> = [];
    store.onChange((change) => changes.push(change.previousHash));

    const first = store.ingestText(article("One sentence. Two sentences."));
    expect(first.status).toBe("added");
    expect(first.article.slug).toBe("a-test-article");
    expect(store.ingestText(article("One sentence. Two sentences.")).status).toBe("unchanged");

    const replaced = store.ingestText(article("A new opening. One sentence. Two sentences."));
    expect(replaced.status).toBe("replaced");
    expect(replaced.article.hash).not.toBe(first.article.hash);
    expect(store.sentences("a-test-article").map((s) => s.text)).toEqual([
      "Headline of the day.",
      "A new opening.",
      "One sentence.",
      "Two sentences.",
    ]);
    expect(changes).toEqual([undefined, first.article.hash]);
    database.close();
  });

  it("honours --slug, --title and --url overrides and rejects a bad slug", () => {
    const { store, database } = openStore(temporaryDatabasePath(), false);
    const result = store.ingestText(article("Body."), {
      slug: "custom",
      title: "Other",
      url: "https://e.x/1",
    });
    expect(store.get("custom")).toMatchObject({
      title: "Other",
      url: "https://e.x/1",
      hash: result.article.hash,
    });
    expect(() => store.ingestText(article("Body."), { slug: "Bad Slug" })).toThrow(/Bad slug/);
    database.close();
  });

  it("rejects unreadable, empty and binary files and leaves the store unchanged", () => {
    const { store, database } = openStore(temporaryDatabasePath(), false);
    const before = store.list();
    for (const file of [
      "/nonexistent/file.txt",
      temporaryFile("empty.txt", "  \n"),
      temporaryFile("binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
    ]) {
      expect(() => store.ingestFile(file)).toThrow(BriefError);
    }
    expect(store.list()).toEqual(before);
    database.close();
  });

  it("refuses an unknown slug with unknown_article; the services add the closest stored slugs", () => {
    const { store, database } = openStore();
    store.ingestText(article("Body."), { slug: "xi-visit" });
    const failureOf = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return error;
      }
      return expect.unreachable();
    };
    const bare = failureOf(() => store.require("xi-putn"));
    expect(bare).toBeInstanceOf(BriefError);
    expect((bare as BriefError).code).toBe("unknown_article");
    expect((bare as BriefError).message).toBe("No stored article 'xi-putn'.");
    const suggested = failureOf(() => requireArticle(store, suggestSlugs, "xi-putn"));
    expect((suggested as BriefError).code).toBe("unknown_article");
    expect((suggested as BriefError).message).toBe("No stored article 'xi-putn'. Stored: xi-putin, xi-visit");
    expect((suggested as BriefError).details.suggestions).toEqual(["xi-putin", "xi-visit"]);
    expect(requireArticle(store, suggestSlugs, "xi-visit").slug).toBe("xi-visit");
    database.close();
  });

  it("persists articles across close and reopen", () => {
    const databasePath = temporaryDatabasePath();
    const first = openStore(databasePath, false);
    first.store.ingestText(article("Persisted."), { slug: "kept" });
    first.database.close();
    const second = openStore(databasePath, false);
    expect(second.store.get("kept")?.title).toBe("A Test Article");
    second.database.close();
  });
});
