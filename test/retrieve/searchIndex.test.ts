import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { projectRoot } from "../../src/config";
import { analyseQuestion } from "../../src/retrieve/questionTerms";
import { createSearchIndex, retrievalLimits } from "../../src/retrieve/searchIndex";
import { type ArticleStore, createArticleStore } from "../../src/store/articleStore";
import { openDatabase } from "../../src/store/database";
import { searchConfiguration } from "../../src/store/postgresMigrations";
import type { Storage } from "../../src/store/storage";
import { freshTestStorage, runSql, type StorageBackend, storageBackends } from "../support/storageBackends";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const seedDirectory = path.join(projectRoot, "data", "articles");

async function openIndexedStore(storage: Storage) {
  // The seed is stored before the index exists: the index's first build must pick it up.
  const store = await createArticleStore(storage, { seedDirectory });
  return { storage, store, index: createSearchIndex(storage) };
}

const openIndexedStoreOn = async (backend: StorageBackend) =>
  openIndexedStore(await freshTestStorage(backend));

async function textsOf(store: ArticleStore, slug: string, ids: readonly string[]) {
  const byId = new Map((await store.sentences(slug)).map((sentence) => [sentence.id, sentence.text]));
  return ids.map((id) => byId.get(id) ?? "");
}

/** Articles written straight into the tables, many at once (the store's path would take seconds). */
async function insertTitles(storage: Storage, titles: ReadonlyArray<{ slug: string; title: string }>) {
  if (storage.kind === "sqlite") {
    const insertArticle = storage.database.prepare(
      "INSERT INTO articles (slug, title, url, date, body, hash) VALUES (?, ?, NULL, NULL, 'Prices.', ?)",
    );
    storage.database.transaction(() => {
      for (const { slug, title } of titles) insertArticle.run(slug, title, `hash-${slug}`);
    })();
    return;
  }
  await storage.pool.query(
    `INSERT INTO articles (slug, title, body, hash, search, title_search)
     SELECT slug, title, 'Prices.', 'hash-' || slug,
       to_tsvector('${searchConfiguration}', title), to_tsvector('${searchConfiguration}', title)
     FROM unnest($1::text[], $2::text[]) AS t(slug, title)`,
    [titles.map((entry) => entry.slug), titles.map((entry) => entry.title)],
  );
}

describe.each(storageBackends)("sentence search on $name", (backend) => {
  it("ranks the sentence carrying both the actor and the topic first, with neighbours for context", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    const retrieval = await index.retrieve(
      "xi-putin",
      analyseQuestion("What did Ukraine say about the truce?", catalog.actors),
    );
    expect((await textsOf(store, "xi-putin", retrieval.bestMatches.slice(0, 2))).join(" ")).toMatch(
      /political stunt/,
    );
    const stunt = retrieval.passages.findIndex((sentence) => sentence.text.includes("political stunt"));
    // Neighbours of a hit in the same paragraph come along, in reading order.
    expect(retrieval.passages[stunt + 1]?.text).toMatch(/^During the night/);
    const ids = retrieval.passages.map((sentence) => sentence.index);
    expect(ids).toEqual([...ids].sort((left, right) => left - right));
  });

  it("expands an actor's aliases: Beijing finds China and Xi sentences", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    const retrieval = await index.retrieve(
      "xi-putin",
      analyseQuestion("What does Beijing think?", catalog.actors),
    );
    const texts = await textsOf(store, "xi-putin", retrieval.bestMatches);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/China|Chinese|Sino|Xi\b/);
  });

  it("stems: 'attacks' finds 'attacked'", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    const retrieval = await index.retrieve("xi-putin", { actors: [], contentTerms: ["attacks", "missile"] });
    expect((await textsOf(store, "xi-putin", retrieval.bestMatches))[0]).toMatch(/attacked .* missiles/);
  });

  it("folds accents: 'naive' finds 'naïve', and 'Zelenskyy' without its accent", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    await store.ingestText("Talks.\nTitle: Talks\nThe plan was called naïve by Zelénskyy's aides.", {
      slug: "talks",
    });
    expect((await index.retrieve("talks", { actors: [], contentTerms: ["naive"] })).bestMatches).toEqual([
      "S2",
    ]);
    expect((await index.retrieve("talks", { actors: [], contentTerms: ["zelenskyy"] })).bestMatches).toEqual([
      "S2",
    ]);
  });

  it("finds nothing for an absent actor or topic, and never throws on query syntax", async () => {
    const { index } = await openIndexedStoreOn(backend);
    expect(
      (await index.retrieve("xi-putin", analyseQuestion("What did Japan say?", catalog.actors))).bestMatches,
    ).toEqual([]);
    expect((await index.retrieve("xi-putin", { actors: [], contentTerms: [] })).passages).toEqual([]);
    expect(
      (await index.retrieve("no-such-article", { actors: [], contentTerms: ["truce"] })).passages,
    ).toEqual([]);
    const hostile = [
      '"',
      "AND",
      "NEAR(",
      "*",
      "^x",
      "a:b",
      ")",
      "\u0301",
      "x\u200by",
      "🙂",
      "\u202e",
      "'",
      "\\",
      "!",
      "&|<->",
      "a'b:*",
      "-",
    ];
    await expect(index.retrieve("xi-putin", { actors: [], contentTerms: hostile })).resolves.toBeDefined();
    for (const term of hostile)
      await expect(index.retrieve("xi-putin", { actors: [], contentTerms: [term] })).resolves.toBeDefined();
  });

  it("stays in sync with the store: new articles are searchable, replaced text is gone", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    await store.ingestText("Kyiv seeks talks.\nTitle: Kyiv Talks\nZelensky said the armistice must hold.", {
      slug: "kyiv",
    });
    expect((await index.retrieve("kyiv", { actors: [], contentTerms: ["armistice"] })).bestMatches).toEqual([
      "S2",
    ]);
    await store.ingestText("Kyiv seeks talks.\nTitle: Kyiv Talks\nZelensky said the harvest was good.", {
      slug: "kyiv",
    });
    expect((await index.retrieve("kyiv", { actors: [], contentTerms: ["armistice"] })).bestMatches).toEqual(
      [],
    );
    expect((await index.retrieve("kyiv", { actors: [], contentTerms: ["harvest"] })).bestMatches).toEqual([
      "S2",
    ]);
    // Search stays inside one article.
    expect((await index.retrieve("xi-putin", { actors: [], contentTerms: ["harvest"] })).bestMatches).toEqual(
      [],
    );
  });

  it("returns stored sentences by id and leaves unknown ids out", async () => {
    const { index } = await openIndexedStoreOn(backend);
    expect(
      (await index.sentencesById("xi-putin", ["S2", "S999", "X1", "S2"])).map((sentence) => sentence.id),
    ).toEqual(["S2"]);
  });

  it("returns a bounded number of sentences from a 50,000-word article", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    const templates = [
      "Ukraine said the truce was broken again near the front on day {n}.",
      "Officials in Moscow described round {n} of the talks as calm.",
      "Markets moved after report {n} on energy, grain and the truce.",
    ];
    const paragraphs: string[] = [];
    let words = 0;
    for (let sentence = 0; words < 50_000; sentence++) {
      const text = (templates[sentence % templates.length] as string).replace("{n}", String(sentence));
      words += text.split(" ").length;
      if (sentence % 6 === 0) paragraphs.push(text);
      else paragraphs[paragraphs.length - 1] += ` ${text}`;
    }
    await store.ingestText(`A long article.\nTitle: Long\n${paragraphs.join("\n")}`, { slug: "long" });
    const terms = analyseQuestion("What did Ukraine say about the truce and the talks?", catalog.actors);
    const retrieval = await index.retrieve("long", terms);
    expect(retrieval.bestMatches.length).toBeGreaterThan(0);
    expect(retrieval.bestMatches.length).toBeLessThanOrEqual(retrievalLimits.bestMatches);
    expect(retrieval.passages.length).toBeLessThanOrEqual(retrievalLimits.passages);
  });
});

describe.each(storageBackends)("article search on $name", (backend) => {
  it("finds articles by words of the title or text, prefix included", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    await store.ingestText("Grain deal.\nTitle: Black Sea Grain Corridor\nShips left Odesa.", {
      slug: "corridor",
    });
    expect(await index.findArticles("grain", 5)).toEqual(["corridor"]);
    expect(await index.findArticles("odes", 5)).toEqual(["corridor"]);
    expect((await index.findArticles("xi-put", 5))[0]).toBe("xi-putin");
    expect(await index.findArticles('") * ^ : 🙂', 5)).toEqual([]);
    expect(await index.findArticles("'\\:* & | ! <->", 5)).toEqual([]);
  });

  it("names articles by words of their slug or title only, every word, the last half typed", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    await store.ingestText("Grain deal.\nTitle: Black Sea Grain Corridor\nShips left Odesa.", {
      slug: "corridor",
    });
    await store.ingestText("Harbour news.\nTitle: Odesa Harbour Reopens\nThe grain port of Odesa reopened.", {
      slug: "harbour",
    });
    expect(await index.findArticlesNamed("grain", 5)).toEqual(["corridor"]);
    expect(await index.findArticlesNamed("Odesa", 5)).toEqual(["harbour"]);
    expect(await index.findArticlesNamed("black corr", 5)).toEqual(["corridor"]);
    expect(await index.findArticlesNamed("xi-putin", 5)).toEqual(["xi-putin"]);
    expect((await index.findArticlesNamed("o", 5)).length).toBeLessThanOrEqual(5);
    expect(await index.findArticlesNamed("grain harbour", 5)).toEqual([]);
    expect(await index.findArticlesNamed("the of", 5)).toEqual([]);
    expect(await index.findArticlesNamed('") * ^ : 🙂', 5)).toEqual([]);
  });

  it("ranks articles holding every word typed first, then slugs and titles holding some; stop words match nothing", async () => {
    const { store, index } = await openIndexedStoreOn(backend);
    await store.ingestText("Grain deal.\nTitle: Black Sea Grain Corridor\nShips left Odesa.", {
      slug: "corridor",
    });
    await store.ingestText("Harbour news.\nTitle: Odesa Harbour Reopens\nThe port of Odesa reopened.", {
      slug: "harbour",
    });
    // Only "corridor" holds both words; "harbour" has one of them in its title.
    expect(await index.findArticles("odesa-corridor", 5)).toEqual(["corridor", "harbour"]);
    expect(await index.findArticles("the-of-in", 5)).toEqual([]);
  });

  it("leaves out of the any-word search a word in more than 1,000 titles", async () => {
    const { storage, store, index } = await openIndexedStoreOn(backend);
    await insertTitles(
      storage,
      Array.from({ length: 1_001 }, (_, offset) => ({
        slug: `filler-${offset + 1}`,
        title: `Weekly market roundup ${offset + 1}`,
      })),
    );
    await store.ingestText("Fishing.\nTitle: Baltic Herring Quota\nQuotas were cut.", { slug: "herring" });
    // "roundup" is in 1,001 titles: only the distinctive "herring" picks articles out.
    expect(await index.findArticles("herring-roundup", 5)).toEqual(["herring"]);
    expect(await index.findArticles("roundup 7", 5)).toContain("filler-7");
    if (storage.kind === "postgres") {
      // Once analysed, Postgres estimates the counts from its statistics instead of counting: the same answer.
      await runSql(storage, "ANALYZE articles");
      expect(await index.findArticles("herring-roundup", 5)).toEqual(["herring"]);
      expect(await index.findArticles("roundup 7", 5)).toContain("filler-7");
    }
  });
});

describe("search on SQLite", () => {
  const openMemoryStore = () => openIndexedStore({ kind: "sqlite", database: openDatabase(":memory:") });

  it("brings a database indexed by an older version up to date: title index added, sentence index dropped", async () => {
    const { storage, store } = await openMemoryStore();
    if (storage.kind !== "sqlite") throw new Error("SQLite only");
    const { database } = storage;
    // What older versions left: no title index, a store-wide sentence index kept by triggers.
    database.exec(`DROP TRIGGER article_title_search_insert; DROP TRIGGER article_title_search_update;
      DROP TRIGGER article_title_search_delete; DROP TABLE article_title_search;
      CREATE VIRTUAL TABLE sentence_search USING fts5(text);
      CREATE TRIGGER sentence_search_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentence_search (text) VALUES (NEW.text); END;
      CREATE TRIGGER sentence_search_delete AFTER DELETE ON sentences BEGIN DELETE FROM sentence_search; END;`);
    await store.ingestText("Fishing.\nTitle: Baltic Herring Quota\nQuotas were cut.", { slug: "herring" });
    const index = createSearchIndex(storage);
    const leftovers = database
      .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'sentence_search%'")
      .pluck()
      .all();
    expect(leftovers).toEqual([]);
    expect(await index.findArticles("herring-sprat", 5)).toEqual(["herring"]);
    await store.ingestText("Fishing.\nTitle: Baltic Sprat Quota\nQuotas were cut.", { slug: "sprat" });
    expect(await index.findArticles("sprat-mackerel", 5)).toEqual(["sprat"]);
    expect((await index.retrieve("sprat", { actors: [], contentTerms: ["quotas"] })).bestMatches).toEqual([
      "S2",
    ]);
  });

  it("searches the article asked about when two indexes share a connection", async () => {
    const { storage, store, index } = await openMemoryStore();
    await store.ingestText("Kyiv seeks talks.\nTitle: Kyiv Talks\nZelensky said the armistice must hold.", {
      slug: "kyiv",
    });
    const otherIndex = createSearchIndex(storage);
    const armistice = { actors: [], contentTerms: ["armistice"] };
    expect((await index.retrieve("kyiv", armistice)).bestMatches).toEqual(["S2"]);
    expect((await otherIndex.retrieve("xi-putin", armistice)).bestMatches).toEqual([]);
    expect((await index.retrieve("kyiv", armistice)).bestMatches).toEqual(["S2"]);
  });
});
