import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { projectRoot } from "../../src/config";
import { analyseQuestion } from "../../src/retrieve/questionTerms";
import { createSearchIndex, retrievalLimits } from "../../src/retrieve/searchIndex";
import { createArticleStore } from "../../src/store/articleStore";
import { openDatabase } from "../../src/store/database";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const seedDirectory = path.join(projectRoot, "data", "articles");

function openIndexedStore() {
  const database = openDatabase(":memory:");
  // The seed is stored before the index exists: the index's first build must pick it up.
  const store = createArticleStore(database, { seedDirectory });
  return { database, store, index: createSearchIndex(database) };
}

const textsOf = (
  store: ReturnType<typeof openIndexedStore>["store"],
  slug: string,
  ids: readonly string[],
) => {
  const byId = new Map(store.sentences(slug).map((sentence) => [sentence.id, sentence.text]));
  return ids.map((id) => byId.get(id) ?? "");
};

describe("sentence search", () => {
  it("ranks the sentence carrying both the actor and the topic first, with neighbours for context", () => {
    const { store, index } = openIndexedStore();
    const retrieval = index.retrieve(
      "xi-putin",
      analyseQuestion("What did Ukraine say about the truce?", catalog.actors),
    );
    expect(textsOf(store, "xi-putin", retrieval.bestMatches.slice(0, 2)).join(" ")).toMatch(
      /political stunt/,
    );
    const stunt = retrieval.passages.findIndex((sentence) => sentence.text.includes("political stunt"));
    // Neighbours of a hit in the same paragraph come along, in reading order.
    expect(retrieval.passages[stunt + 1]?.text).toMatch(/^During the night/);
    const ids = retrieval.passages.map((sentence) => sentence.index);
    expect(ids).toEqual([...ids].sort((left, right) => left - right));
  });

  it("expands an actor's aliases: Beijing finds China and Xi sentences", () => {
    const { store, index } = openIndexedStore();
    const retrieval = index.retrieve("xi-putin", analyseQuestion("What does Beijing think?", catalog.actors));
    expect(retrieval.bestMatches.length).toBeGreaterThan(0);
    for (const text of textsOf(store, "xi-putin", retrieval.bestMatches))
      expect(text).toMatch(/China|Chinese|Sino|Xi\b/);
  });

  it("stems: 'attacks' finds 'attacked'", () => {
    const { store, index } = openIndexedStore();
    const retrieval = index.retrieve("xi-putin", { actors: [], contentTerms: ["attacks", "missile"] });
    expect(textsOf(store, "xi-putin", retrieval.bestMatches)[0]).toMatch(/attacked .* missiles/);
  });

  it("finds nothing for an absent actor or topic, and never throws on FTS syntax", () => {
    const { index } = openIndexedStore();
    expect(
      index.retrieve("xi-putin", analyseQuestion("What did Japan say?", catalog.actors)).bestMatches,
    ).toEqual([]);
    expect(index.retrieve("xi-putin", { actors: [], contentTerms: [] }).passages).toEqual([]);
    expect(index.retrieve("no-such-article", { actors: [], contentTerms: ["truce"] }).passages).toEqual([]);
    const hostile = ['"', "AND", "NEAR(", "*", "^x", "a:b", ")", "\u0301", "x\u200by", "🙂", "\u202e"];
    expect(() => index.retrieve("xi-putin", { actors: [], contentTerms: hostile })).not.toThrow();
  });

  it("stays in sync with the store: new articles are searchable, replaced text is gone", () => {
    const { store, index } = openIndexedStore();
    store.ingestText("Kyiv seeks talks.\nTitle: Kyiv Talks\nZelensky said the armistice must hold.", {
      slug: "kyiv",
    });
    expect(index.retrieve("kyiv", { actors: [], contentTerms: ["armistice"] }).bestMatches).toEqual(["S2"]);
    store.ingestText("Kyiv seeks talks.\nTitle: Kyiv Talks\nZelensky said the harvest was good.", {
      slug: "kyiv",
    });
    expect(index.retrieve("kyiv", { actors: [], contentTerms: ["armistice"] }).bestMatches).toEqual([]);
    expect(index.retrieve("kyiv", { actors: [], contentTerms: ["harvest"] }).bestMatches).toEqual(["S2"]);
    // Search stays inside one article.
    expect(index.retrieve("xi-putin", { actors: [], contentTerms: ["harvest"] }).bestMatches).toEqual([]);
  });

  it("returns stored sentences by id and leaves unknown ids out", () => {
    const { index } = openIndexedStore();
    expect(
      index.sentencesById("xi-putin", ["S2", "S999", "X1", "S2"]).map((sentence) => sentence.id),
    ).toEqual(["S2"]);
  });

  it("returns a bounded number of sentences from a 50,000-word article", () => {
    const { store, index } = openIndexedStore();
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
    store.ingestText(`A long article.\nTitle: Long\n${paragraphs.join("\n")}`, { slug: "long" });
    const terms = analyseQuestion("What did Ukraine say about the truce and the talks?", catalog.actors);
    const retrieval = index.retrieve("long", terms);
    expect(retrieval.bestMatches.length).toBeGreaterThan(0);
    expect(retrieval.bestMatches.length).toBeLessThanOrEqual(retrievalLimits.bestMatches);
    expect(retrieval.passages.length).toBeLessThanOrEqual(retrievalLimits.passages);
  });
});

describe("article search", () => {
  it("finds articles by words of the title or text, prefix included", () => {
    const { store, index } = openIndexedStore();
    store.ingestText("Grain deal.\nTitle: Black Sea Grain Corridor\nShips left Odesa.", { slug: "corridor" });
    expect(index.findArticles("grain", 5)).toEqual(["corridor"]);
    expect(index.findArticles("odes", 5)).toEqual(["corridor"]);
    expect(index.findArticles("xi-put", 5)[0]).toBe("xi-putin");
    expect(index.findArticles('") * ^ : 🙂', 5)).toEqual([]);
  });

  it("ranks articles holding every word typed first, then slugs and titles holding some; stop words match nothing", () => {
    const { store, index } = openIndexedStore();
    store.ingestText("Grain deal.\nTitle: Black Sea Grain Corridor\nShips left Odesa.", { slug: "corridor" });
    store.ingestText("Harbour news.\nTitle: Odesa Harbour Reopens\nThe port of Odesa reopened.", {
      slug: "harbour",
    });
    // Only "corridor" holds both words; "harbour" has one of them in its title.
    expect(index.findArticles("odesa-corridor", 5)).toEqual(["corridor", "harbour"]);
    expect(index.findArticles("the-of-in", 5)).toEqual([]);
  });

  it("leaves out of the any-word search a word in more than 1,000 titles", () => {
    const { database, store, index } = openIndexedStore();
    const insertArticle = database.prepare(
      "INSERT INTO articles (slug, title, url, date, body, hash) VALUES (?, ?, NULL, NULL, ?, ?)",
    );
    database.transaction(() => {
      for (let number = 1; number <= 1_001; number += 1)
        insertArticle.run(`filler-${number}`, `Weekly market roundup ${number}`, "Prices.", `hash-${number}`);
    })();
    store.ingestText("Fishing.\nTitle: Baltic Herring Quota\nQuotas were cut.", { slug: "herring" });
    // "roundup" is in 1,001 titles: only the distinctive "herring" picks articles out.
    expect(index.findArticles("herring-roundup", 5)).toEqual(["herring"]);
    expect(index.findArticles("roundup 7", 5)).toContain("filler-7");
  });

  it("brings a database indexed by an older version up to date: title index added, sentence index dropped", () => {
    const { database, store } = openIndexedStore();
    // What older versions left: no title index, a store-wide sentence index kept by triggers.
    database.exec(`DROP TRIGGER article_title_search_insert; DROP TRIGGER article_title_search_update;
      DROP TRIGGER article_title_search_delete; DROP TABLE article_title_search;
      CREATE VIRTUAL TABLE sentence_search USING fts5(text);
      CREATE TRIGGER sentence_search_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentence_search (text) VALUES (NEW.text); END;
      CREATE TRIGGER sentence_search_delete AFTER DELETE ON sentences BEGIN DELETE FROM sentence_search; END;`);
    store.ingestText("Fishing.\nTitle: Baltic Herring Quota\nQuotas were cut.", { slug: "herring" });
    const index = createSearchIndex(database);
    const leftovers = database
      .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'sentence_search%'")
      .pluck()
      .all();
    expect(leftovers).toEqual([]);
    expect(index.findArticles("herring-sprat", 5)).toEqual(["herring"]);
    store.ingestText("Fishing.\nTitle: Baltic Sprat Quota\nQuotas were cut.", { slug: "sprat" });
    expect(index.findArticles("sprat-mackerel", 5)).toEqual(["sprat"]);
    expect(index.retrieve("sprat", { actors: [], contentTerms: ["quotas"] }).bestMatches).toEqual(["S2"]);
  });

  it("searches the article asked about when two indexes share a connection", () => {
    const { database, store, index } = openIndexedStore();
    store.ingestText("Kyiv seeks talks.\nTitle: Kyiv Talks\nZelensky said the armistice must hold.", {
      slug: "kyiv",
    });
    const otherIndex = createSearchIndex(database);
    expect(index.retrieve("kyiv", { actors: [], contentTerms: ["armistice"] }).bestMatches).toEqual(["S2"]);
    expect(otherIndex.retrieve("xi-putin", { actors: [], contentTerms: ["armistice"] }).bestMatches).toEqual(
      [],
    );
    expect(index.retrieve("kyiv", { actors: [], contentTerms: ["armistice"] }).bestMatches).toEqual(["S2"]);
  });
});
