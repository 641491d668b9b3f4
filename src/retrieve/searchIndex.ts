import { mentionsActor } from "../actors/mentions";
import type { Actor } from "../domain/actor";
import type { Sentence } from "../domain/article";
import type { SqliteDatabase } from "../store/database";
import {
  actorSearchPhrases,
  actorWords,
  isStopWord,
  maxContentTerms,
  quoteForSearch,
  searchWords,
  statementCueWords,
} from "./questionTerms";

/**
 * Full-text search (SQLite FTS5, BM25, porter stemming). Articles are searched in a store-wide index kept in
 * sync by triggers on the store's tables, also when another process (the ingest CLI) writes. A question is
 * searched in its one article only: its sentences are copied into a small in-memory index of the connection,
 * so the cost follows the article's length, not the store's. (A store-wide sentence index restricted to the
 * article by rowid range still walked each term's whole doclist: 22 ms p50 at 100,000 articles against 2-5 ms
 * on a small store.)
 */

const highlightStart = "\u0002";
const highlightEnd = "\u0003";
const statementCue = new RegExp(`(?<![\\p{L}])(?:${statementCueWords.join("|")})(?![\\p{L}])`, "iu");

/**
 * Article search ("did you mean"): the last word typed is matched as a prefix ("xi-put") only from this many
 * characters in the whole text (a short prefix like "in"* expands to most of the store), and from
 * `titlePrefixLetters` in slugs and titles, whose index keeps 2- and 3-letter prefixes.
 */
const articlePrefixLetters = 4;
const titlePrefixLetters = 2;
/**
 * A word in more slugs or titles than this picks no article out (at 100,000 generated articles "weighs" is
 * in every title): it is left out of the any-word search, which would otherwise rank every article holding it.
 */
const commonTitleWordArticles = 1_000;

export const retrievalLimits = {
  /** Rows read from FTS5 by BM25 before re-ranking by coverage. */
  candidates: 40,
  /** Best-matching sentences handed to the engine. */
  bestMatches: 5,
  /** Best matches plus their neighbours, at most. */
  passages: 12,
  /** Share of the question's concepts (actors and topic words) a sentence must carry to count as a match. */
  minimumCoverage: 0.34,
  /** ...and at least this share of the best sentence's coverage, so half-matches do not crowd out full ones. */
  relativeCoverage: 0.75,
};

export interface SearchConcepts {
  /** Actors the question names; a sentence counts for one when it names it by an alias. */
  actors: readonly Actor[];
  /** Topic words, searched with stemming. */
  contentTerms: readonly string[];
  /** Among equally covering sentences, rank those reporting someone's words or acts first (stance questions). */
  preferStatements?: boolean;
}

export interface SentenceMatch {
  id: string;
  /** BM25 from FTS5: lower is better. */
  bm25: number;
  /** Share of the concepts the sentence carries, 0..1. */
  coverage: number;
}

export interface Retrieval {
  /** Best matches and their neighbours in the same paragraph, in reading order, bounded. */
  passages: Sentence[];
  /** Ids of the sentences above the coverage threshold, best first. */
  bestMatches: string[];
  /** Every scored candidate, best first, for logs and tests. */
  matches: SentenceMatch[];
}

export interface SearchIndex {
  retrieve(slug: string, concepts: SearchConcepts): Retrieval;
  /** Sentences of an article by id; unknown ids are left out. */
  sentencesById(slug: string, ids: readonly string[]): Sentence[];
  /** Articles whose slug, title or text match the words of a (mistyped) slug or phrase, best first. */
  findArticles(text: string, limit: number): string[];
}

const articleSearchTriggers = `
  CREATE TRIGGER IF NOT EXISTS article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, slug, title, body) VALUES (NEW.rowid, NEW.slug, NEW.title, NEW.body);
  END;
  CREATE TRIGGER IF NOT EXISTS article_search_update AFTER UPDATE ON articles BEGIN
    UPDATE article_search SET slug = NEW.slug, title = NEW.title, body = NEW.body WHERE rowid = NEW.rowid;
  END;
  CREATE TRIGGER IF NOT EXISTS article_search_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM article_search WHERE rowid = OLD.rowid;
  END;`;

/**
 * Slugs and titles alone, for article search by any word typed: their doclists are a small fraction of the
 * full text's, so ranking every match stays cheap at 100,000 articles.
 */
const articleTitleSearchTriggers = `
  CREATE TRIGGER IF NOT EXISTS article_title_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_title_search (rowid, slug, title) VALUES (NEW.rowid, NEW.slug, NEW.title);
  END;
  CREATE TRIGGER IF NOT EXISTS article_title_search_update AFTER UPDATE OF slug, title ON articles BEGIN
    UPDATE article_title_search SET slug = NEW.slug, title = NEW.title WHERE rowid = NEW.rowid;
  END;
  CREATE TRIGGER IF NOT EXISTS article_title_search_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM article_title_search WHERE rowid = OLD.rowid;
  END;`;

const searchTokenizer = "tokenize = 'porter unicode61 remove_diacritics 2'";

/**
 * Builds the article indexes from what the store already holds on a database's first use, adds the ones a
 * database indexed by an older version lacks, and drops the store-wide sentence index older versions kept.
 */
function ensureSearchSchema(database: SqliteDatabase): void {
  const hasTrigger = (name: string) =>
    database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) !==
    undefined;
  const isCurrent = () =>
    hasTrigger("article_search_insert") &&
    hasTrigger("article_title_search_insert") &&
    !hasTrigger("sentence_search_insert");
  if (isCurrent()) return;
  database
    .transaction(() => {
      // Another process (the ingest CLI) may have done it while this one waited for the write lock.
      if (isCurrent()) return;
      if (hasTrigger("sentence_search_insert"))
        database.exec(`
          DROP TRIGGER sentence_search_insert;
          DROP TRIGGER sentence_search_delete;
          DROP TRIGGER IF EXISTS article_search_delete;
          DROP TABLE IF EXISTS sentence_search;`);
      if (!hasTrigger("article_search_insert"))
        database.exec(`
          CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(slug, title, body, ${searchTokenizer});
          DELETE FROM article_search;
          INSERT INTO article_search (rowid, slug, title, body) SELECT rowid, slug, title, body FROM articles;`);
      if (!hasTrigger("article_title_search_insert"))
        database.exec(`
          CREATE VIRTUAL TABLE IF NOT EXISTS article_title_search USING fts5(
            slug, title, prefix = '2 3', ${searchTokenizer});
          DELETE FROM article_title_search;
          INSERT INTO article_title_search (rowid, slug, title) SELECT rowid, slug, title FROM articles;`);
      database.exec(articleSearchTriggers + articleTitleSearchTriggers);
    })
    .immediate();
}

/** The connection's in-memory index of one article's sentences (rowid = position), and which version it holds. */
function ensureArticleSentenceIndex(database: SqliteDatabase): void {
  database.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_sentence_search USING fts5(text, ${searchTokenizer});
    CREATE TABLE IF NOT EXISTS temp.article_sentence_search_source (article TEXT NOT NULL);`);
}

/** A word typed as an FTS5 string, open-ended ("put"* finds "putin") when `asPrefix`. */
const searchTerm = (word: string, asPrefix: boolean) => `${quoteForSearch(word)}${asPrefix ? "*" : ""}`;

interface SentenceRow {
  position: number;
  paragraph: number;
  text: string;
}

interface CandidateRow {
  rowid: number;
  bm25: number;
  marked: string;
}

const toSentence = (row: SentenceRow): Sentence => ({
  id: `S${row.position}`,
  index: row.position,
  paragraph: row.paragraph,
  text: row.text,
});

/** The FTS5 query: one OR group per actor (its alias phrases) and each topic word, all quoted. */
export function buildSentenceQuery(concepts: SearchConcepts): string {
  return conceptQueries(concepts).join(" OR ");
}

/** "(A) AND (B) OR (A) AND (C) OR ...": sentences holding at least two concepts; undefined for fewer than two. */
function pairedConceptQuery(concepts: SearchConcepts): string | undefined {
  const parts = conceptQueries(concepts);
  const pairs: string[] = [];
  for (let left = 0; left < parts.length; left += 1) {
    for (let right = left + 1; right < parts.length; right += 1)
      pairs.push(`(${parts[left]} AND ${parts[right]})`);
  }
  return pairs.length > 0 ? pairs.join(" OR ") : undefined;
}

/** One FTS5 query per concept: an actor's names, or one content term. */
function conceptQueries(concepts: SearchConcepts): string[] {
  return [
    ...concepts.actors.map((actor) => `(${actorSearchPhrases(actor).join(" OR ")})`),
    ...concepts.contentTerms.map(quoteForSearch),
  ].filter((query) => query !== "");
}

/** Lower-cased words FTS5 marked as matching in a highlighted sentence. */
function markedWords(marked: string): string[] {
  const words: string[] = [];
  for (const piece of marked.split(highlightStart).slice(1)) {
    const hit = piece.split(highlightEnd)[0] ?? "";
    words.push(...searchWords(hit));
  }
  return words;
}

// The store writes sentences in reading order, one article at a time; the schema is the store's.
export function createSearchIndex(database: SqliteDatabase): SearchIndex {
  ensureSearchSchema(database);
  ensureArticleSentenceIndex(database);
  const selectArticleHash = database.prepare("SELECT hash FROM articles WHERE slug = ?").pluck();
  const selectIndexedArticle = database
    .prepare("SELECT article FROM temp.article_sentence_search_source")
    .pluck();
  const clearArticleSentences = database.prepare("DELETE FROM temp.article_sentence_search");
  const clearIndexedArticle = database.prepare("DELETE FROM temp.article_sentence_search_source");
  const insertArticleSentences = database.prepare(
    "INSERT INTO temp.article_sentence_search (rowid, text) SELECT position, text FROM sentences WHERE slug = ?",
  );
  const insertIndexedArticle = database.prepare(
    "INSERT INTO temp.article_sentence_search_source (article) VALUES (?)",
  );
  const indexArticle = database.transaction((slug: string, version: string) => {
    clearArticleSentences.run();
    clearIndexedArticle.run();
    insertArticleSentences.run(slug);
    insertIndexedArticle.run(version);
  });
  const selectCandidates = database.prepare(
    `SELECT rowid, bm25(article_sentence_search) AS bm25,
       highlight(article_sentence_search, 0, '${highlightStart}', '${highlightEnd}') AS marked
     FROM temp.article_sentence_search WHERE article_sentence_search MATCH ? ORDER BY bm25 LIMIT ?`,
  );
  const selectSentenceRange = database.prepare(
    "SELECT position, paragraph, text FROM sentences WHERE slug = ? AND position BETWEEN ? AND ? ORDER BY position",
  );
  const selectSentence = database.prepare(
    "SELECT position, paragraph, text FROM sentences WHERE slug = ? AND position = ?",
  );
  const selectArticlesByText = database
    .prepare(
      `SELECT slug FROM article_search WHERE article_search MATCH ?
     ORDER BY bm25(article_search, 10.0, 5.0, 1.0) LIMIT ?`,
    )
    .pluck();
  const selectArticlesByTitle = database
    .prepare(
      `SELECT slug FROM article_title_search WHERE article_title_search MATCH ?
     ORDER BY bm25(article_title_search, 10.0, 5.0) LIMIT ?`,
    )
    .pluck();
  // Counting stops at the bound, so a word in every title costs no more than a rare one.
  const countTitlesHoldingUpTo = database
    .prepare(
      "SELECT count(*) FROM (SELECT 1 FROM article_title_search WHERE article_title_search MATCH ? LIMIT ?)",
    )
    .pluck();

  const sentenceAt = (slug: string, position: number): Sentence | undefined => {
    const row = selectSentence.get(slug, position) as SentenceRow | undefined;
    return row && toSentence(row);
  };

  const retrieve = (slug: string, concepts: SearchConcepts): Retrieval => {
    const query = buildSentenceQuery(concepts);
    const hash = selectArticleHash.get(slug) as string | undefined;
    if (query === "" || hash === undefined) return { passages: [], bestMatches: [], matches: [] };
    // Follow-ups come in threads about one article: its index is kept until another article is asked about.
    const version = `${slug}\n${hash}`;
    if (selectIndexedArticle.get() !== version) indexArticle(slug, version);
    // Also the best sentences joining two concepts: a term in most sentences adds almost nothing to bm25 (FTS5
    // floors its idf), so the sentences joining it with a rarer concept could otherwise all rank below those
    // holding the rarer one alone. Every concept term is in both queries, so both mark every hit.
    const pairs = pairedConceptQuery(concepts);
    const byRowid = new Map<number, CandidateRow>();
    for (const part of pairs ? [query, pairs] : [query]) {
      for (const row of selectCandidates.all(part, retrievalLimits.candidates) as CandidateRow[]) {
        if (!byRowid.has(row.rowid)) byRowid.set(row.rowid, row);
      }
    }
    const rows = [...byRowid.values()];

    const namesOfActors = actorWords(concepts.actors);
    const conceptCount = concepts.actors.length + concepts.contentTerms.length;
    const scored = rows.map((row) => {
      const position = row.rowid;
      const text = row.marked.replaceAll(highlightStart, "").replaceAll(highlightEnd, "");
      // Actor concepts are checked on the sentence itself, case-sensitively: "us" is not the US.
      const actorsNamed = concepts.actors.filter((actor) => mentionsActor(text, actor)).length;
      // Topic hits are the stemmed matches FTS5 marked, less actor and boost words; inflections count once.
      const topicWords = new Set(markedWords(row.marked).filter((word) => !namesOfActors.has(word)));
      const topicsCarried = Math.min(topicWords.size, concepts.contentTerms.length);
      return {
        position,
        actorsNamed,
        reportsStatement: concepts.preferStatements === true && statementCue.test(text),
        match: { id: `S${position}`, bm25: row.bm25, coverage: (actorsNamed + topicsCarried) / conceptCount },
      };
    });
    scored.sort(
      (left, right) =>
        right.match.coverage - left.match.coverage ||
        Number(right.reportsStatement) - Number(left.reportsStatement) ||
        left.match.bm25 - right.match.bm25,
    );

    const topCoverage = scored[0]?.match.coverage ?? 0;
    const threshold = Math.max(
      retrievalLimits.minimumCoverage,
      topCoverage * retrievalLimits.relativeCoverage,
    );
    const best = scored
      .filter(
        (candidate) =>
          candidate.match.coverage >= threshold &&
          // A question about an actor is answered only by sentences that name one of its actors.
          (concepts.actors.length === 0 || candidate.actorsNamed > 0),
      )
      .slice(0, retrievalLimits.bestMatches);

    const passages = new Map<number, Sentence>();
    for (const candidate of best) {
      const hit = sentenceAt(slug, candidate.position);
      if (hit) passages.set(hit.index, hit);
    }
    // Neighbours in the same paragraph give the engine context, best match first, within the bound.
    for (const hit of [...passages.values()]) {
      const around = selectSentenceRange.all(slug, hit.index - 1, hit.index + 1) as SentenceRow[];
      for (const row of around) {
        if (passages.size >= retrievalLimits.passages) break;
        if (row.paragraph === hit.paragraph && !passages.has(row.position))
          passages.set(row.position, toSentence(row));
      }
    }
    return {
      passages: [...passages.values()].sort((left, right) => left.index - right.index),
      bestMatches: best.map((candidate) => candidate.match.id),
      matches: scored.map((candidate) => candidate.match),
    };
  };

  return {
    retrieve,
    sentencesById(slug, ids) {
      const sentences: Sentence[] = [];
      for (const id of new Set(ids)) {
        const position = /^S([1-9]\d*)$/.exec(id)?.[1];
        const sentence = position === undefined ? undefined : sentenceAt(slug, Number(position));
        if (sentence) sentences.push(sentence);
      }
      return sentences;
    },
    findArticles(text, limit) {
      // Stop words match nearly every article and say nothing about which one is meant.
      const words = [...new Set(searchWords(text))]
        .filter((word) => !isStopWord(word))
        .slice(0, maxContentTerms);
      if (words.length === 0) return [];
      const last = words.length - 1;
      // First the articles holding every word typed, anywhere; the last word may be typed half ("xi-put").
      const holdingAll = words
        .map((word, index) => searchTerm(word, index === last && word.length >= articlePrefixLetters))
        .join(" ");
      const found = selectArticlesByText.all(holdingAll, limit) as string[];
      if (found.length >= limit) return found;
      // Then those whose slug or title holds any of the less common ones. Any word in the whole text would
      // rank a large share of the store (215-400 ms at 100,000 articles for a whole title).
      const distinctive = words
        .map((word, index) => searchTerm(word, index === last && word.length >= titlePrefixLetters))
        .filter(
          (term) =>
            (countTitlesHoldingUpTo.get(term, commonTitleWordArticles + 1) as number) <=
            commonTitleWordArticles,
        );
      if (distinctive.length === 0) return found;
      const byTitle = selectArticlesByTitle.all(distinctive.join(" OR "), limit) as string[];
      return [...new Set([...found, ...byTitle])].slice(0, limit);
    },
  };
}
