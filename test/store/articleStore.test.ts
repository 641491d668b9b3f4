import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import { BriefError } from "../../src/domain/errors";
import { requireArticle } from "../../src/retrieve/suggestArticles";
import { createArticleStore } from "../../src/store/articleStore";
import { openDatabase } from "../../src/store/database";
import type { Storage } from "../../src/store/storage";
import { suggestSlugs } from "../../src/store/suggestSlugs";
import {
  closeTestStorage,
  freshTestStorage,
  openTestStorage,
  storageBackends,
} from "../support/storageBackends";
import { temporaryDatabasePath, temporaryFile } from "../support/tempDatabase";

const seedDirectory = path.join(projectRoot, "data", "articles");

function openStore(storage: Storage, withSeed = true) {
  return createArticleStore(storage, withSeed ? { seedDirectory } : {});
}

const article = (body: string) => `Headline of the day.\nTitle: A Test Article\n${body}\n`;

describe("article store on SQLite", () => {
  it("adds the byline and outlet columns to a file made before them", async () => {
    const databasePath = temporaryDatabasePath();
    const old = openDatabase(databasePath);
    old.exec(
      "CREATE TABLE articles (slug TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, date TEXT, body TEXT NOT NULL, hash TEXT NOT NULL, updated_at TEXT NOT NULL DEFAULT (datetime('now')))",
    );
    old.prepare("INSERT INTO articles (slug, title, body, hash) VALUES ('old', 'Old', 'Old.', 'h')").run();
    old.close();
    const store = await openStore(await openTestStorage({ kind: "sqlite", path: databasePath }), false);
    expect(await store.get("old")).toMatchObject({ slug: "old", byline: undefined, outlet: undefined });
  });

  it("creates the database file with WAL", async () => {
    const storage = await openTestStorage({ kind: "sqlite", path: temporaryDatabasePath() });
    await openStore(storage);
    expect(storage.kind === "sqlite" && storage.database.pragma("journal_mode", { simple: true })).toBe(
      "wal",
    );
  });
});

describe.each(storageBackends)("article store on $name", (backend) => {
  it("seeds the shipped article on first use so the store is never empty", async () => {
    const store = await openStore(await freshTestStorage(backend));
    expect(await store.slugs()).toContain("xi-putin");
    const sentences = await store.sentences("xi-putin");
    expect(sentences[0]?.id).toBe("S1");
    expect(sentences.length).toBeGreaterThan(20);
    expect((await store.list()).find((summary) => summary.slug === "xi-putin")?.sentenceCount).toBe(
      sentences.length,
    );
  });

  it("adds, skips an identical re-ingest, and replaces a changed text with new sentence ids", async () => {
    const store = await openStore(await freshTestStorage(backend), false);
    const changes: Array<string | undefined> = [];
    store.onChange((change) => {
      changes.push(change.previousHash);
    });

    const first = await store.ingestText(article("One sentence. Two sentences."));
    expect(first.status).toBe("added");
    expect(first.article.slug).toBe("a-test-article");
    expect((await store.ingestText(article("One sentence. Two sentences."))).status).toBe("unchanged");

    const replaced = await store.ingestText(article("A new opening. One sentence. Two sentences."));
    expect(replaced.status).toBe("replaced");
    expect(replaced.article.hash).not.toBe(first.article.hash);
    expect((await store.sentences("a-test-article")).map((s) => s.text)).toEqual([
      "Headline of the day.",
      "A new opening.",
      "One sentence.",
      "Two sentences.",
    ]);
    expect(changes).toEqual([undefined, first.article.hash]);
  });

  it("honours --slug, --title and --url overrides and rejects a bad slug", async () => {
    const store = await openStore(await freshTestStorage(backend), false);
    const result = await store.ingestText(article("Body."), {
      slug: "custom",
      title: "Other",
      url: "https://e.x/1",
    });
    expect(await store.get("custom")).toMatchObject({
      title: "Other",
      url: "https://e.x/1",
      hash: result.article.hash,
    });
    await expect(store.ingestText(article("Body."), { slug: "Bad Slug" })).rejects.toThrow(/Bad slug/);
  });

  it("rejects unreadable, empty and binary files and leaves the store unchanged", async () => {
    const store = await openStore(await freshTestStorage(backend), false);
    const before = await store.list();
    for (const file of [
      "/nonexistent/file.txt",
      temporaryFile("empty.txt", "  \n"),
      temporaryFile("binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
    ]) {
      await expect(store.ingestFile(file)).rejects.toThrow(BriefError);
    }
    expect(await store.list()).toEqual(before);
  });

  it("reads UTF-16 (with or without a byte order mark) and Latin-1 files instead of calling them binary", async () => {
    const store = await openStore(await freshTestStorage(backend), false);
    const text =
      "Élysée says “no” to €5bn plan.\nTitle: Élysée rejects plan\nThe Élysée said it would not back the €5bn plan.\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const utf16WithoutMark = Buffer.from(text, "utf16le");
    const latin1 = Buffer.from(text.replace(/[“”€]/g, ""), "latin1");
    for (const [slug, bytes] of [
      ["utf16", utf16],
      ["utf16-no-bom", utf16WithoutMark],
    ] as const) {
      const result = await store.ingestFile(temporaryFile(`${slug}.txt`, bytes), { slug });
      expect(result.article.title).toBe("Élysée rejects plan");
      expect(result.article.body).toContain("“no” to €5bn");
    }
    const fromLatin1 = await store.ingestFile(temporaryFile("latin1.txt", latin1));
    expect(fromLatin1.article.slug).toBe("elysee-rejects-plan");
    expect(fromLatin1.article.body).toBe(
      "Élysée says no to 5bn plan.\nThe Élysée said it would not back the 5bn plan.",
    );
  });

  it("gives fetched articles free slugs, keeps their byline and outlet, and finds them by URL", async () => {
    const store = await openStore(await freshTestStorage(backend), false);
    const parsed = (url: string, text: string) => ({
      headline: "Same title",
      title: "Same title",
      url,
      date: "2025-06-01",
      byline: "A. Writer",
      outlet: "The Outlet",
      paragraphs: [{ text, bullet: false }],
    });
    await store.ingestText(article("Body."), { slug: "same-title" });
    const first = await store.ingestArticle(parsed("https://news.example/1", "One."));
    const second = await store.ingestArticle(parsed("https://news.example/2", "Two."));
    expect([first.article.slug, second.article.slug]).toEqual(["same-title-2", "same-title-3"]);
    expect(await store.findByUrl("https://news.example/2")).toMatchObject({
      slug: "same-title-3",
      byline: "A. Writer",
      outlet: "The Outlet",
      date: "2025-06-01",
    });
    const replaced = await store.ingestArticle(parsed("https://news.example/1", "One, changed."));
    expect(replaced).toMatchObject({ status: "replaced", article: { slug: "same-title-2" } });
    expect(await store.findByUrl("https://news.example/none")).toBeUndefined();
  });

  it("refuses an unknown slug with unknown_article; the services add the closest stored slugs", async () => {
    const store = await openStore(await freshTestStorage(backend));
    await store.ingestText(article("Body."), { slug: "xi-visit" });
    const bare = await store.require("xi-putn").catch((error: unknown) => error);
    expect(bare).toBeInstanceOf(BriefError);
    expect((bare as BriefError).code).toBe("unknown_article");
    expect((bare as BriefError).message).toBe("No stored article 'xi-putn'.");
    const suggested = await requireArticle(store, suggestSlugs, "xi-putn").catch((error: unknown) => error);
    expect((suggested as BriefError).code).toBe("unknown_article");
    expect((suggested as BriefError).message).toBe("No stored article 'xi-putn'. Stored: xi-putin, xi-visit");
    expect((suggested as BriefError).details.suggestions).toEqual(["xi-putin", "xi-visit"]);
    expect((await requireArticle(store, suggestSlugs, "xi-visit")).slug).toBe("xi-visit");
  });

  it("suggests from a bounded set of slugs on Postgres: the near miss, those holding the word, those it holds", async () => {
    const storage = await freshTestStorage(backend);
    const store = await openStore(storage);
    const fillers = Array.from({ length: 300 }, (_, index) => `report-${index}`);
    await Promise.all(fillers.map((slug) => store.ingestText(article("Body."), { slug })));
    await store.ingestText(article("Body."), { slug: "grain-deal" });
    const stored = (await store.slugs()).length;
    for (const [typed, expected] of [
      ["xi-putn", "xi-putin"],
      ["putin", "xi-putin"],
      ["xi-putin-summit-2025", "xi-putin"],
      ["grain", "grain-deal"],
    ] as const) {
      const candidates = await store.suggestionCandidates(typed);
      expect(candidates, typed).toContain(expected);
      if (storage.kind === "postgres") expect(candidates.length, typed).toBeLessThan(stored);
      const refused = await requireArticle(store, suggestSlugs, typed).catch((error: unknown) => error);
      expect((refused as BriefError).details.suggestions, typed).toEqual(expect.arrayContaining([expected]));
      expect(((refused as BriefError).details.suggestions as string[])[0], typed).toBe(expected);
    }
  });

  it("persists articles across close and reopen, texts exactly as ingested", async () => {
    const location = await backend.freshLocation();
    const first = await openTestStorage(location);
    const text = "Zelenskyy’s “ceasefire” — 50 % of €1bn; naïve Kyiv.\nThe 2nd line: ‘quoted’.";
    await (await openStore(first, false)).ingestText(article(text), { slug: "kept" });
    await closeTestStorage(first);
    const second = await openStore(await openTestStorage(location), false);
    expect((await second.get("kept"))?.title).toBe("A Test Article");
    expect((await second.sentences("kept")).map((sentence) => sentence.text).join(" ")).toContain(
      "Zelenskyy’s “ceasefire” — 50 % of €1bn; naïve Kyiv.",
    );
  });

  it("lets two instances seed and ingest the same articles at once", async () => {
    const location = await backend.freshLocation();
    const [left, right] = await Promise.all([
      openTestStorage(location).then((storage) => openStore(storage)),
      openTestStorage(location).then((storage) => openStore(storage)),
    ]);
    await Promise.all([
      left.ingestText(article("From the left."), { slug: "both" }),
      right.ingestText(article("From the right."), { slug: "both" }),
    ]);
    const sentences = (await left.sentences("both")).map((sentence) => sentence.text);
    // Whichever wrote last, the article and its sentences are one version, never a mix.
    expect([
      ["Headline of the day.", "From the left."],
      ["Headline of the day.", "From the right."],
    ]).toContainEqual(sentences);
    expect(await right.slugs()).toEqual(["both", "xi-putin"]);
  });
});
