import type { Sentence } from "../domain/article";
import type { SqliteDatabase } from "../store/database";
import { actorSearchPhrases, actorWords, quoteForSearch, searchWords } from "./questionTerms";
import type { SearchConcepts, SearchRows, SearchTerm, SentenceCandidate } from "./searchRows";

/**
 * Full-text search on SQLite (FTS5, BM25, porter stemming). Articles are searched in a store-wide index kept in
 * sync by triggers on the store's tables, also when another process (the ingest CLI) writes. A question is
 * searched in its one article only: its sentences are copied into a small in-memory index of the connection,
 * so the cost follows the article's length, not the store's. (A store-wide sentence index restricted to the
 * article by rowid range still walked each term's whole doclist: 22 ms p50 at 100,000 articles against 2-5 ms
 * on a small store.)
 */

const highlightStart = "\u0002";
const highlightEnd = "\u0003";

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
const searchTerm = (term: SearchTerm) => `${quoteForSearch(term.word)}${term.asPrefix ? "*" : ""}`;

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

/** The FTS5 query: one OR group per actor (its alias phrases) and each topic word, all quoted. */
function buildSentenceQuery(concepts: SearchConcepts): string {
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
    ...concepts.actors.map((actor) => `(${actorSearchPhrases(actor).map(quoteForSearch).join(" OR ")})`),
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
export function createSqliteSearchRows(database: SqliteDatabase): SearchRows {
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

  return {
    async sentenceCandidates(slug, concepts, limit) {
      const hash = selectArticleHash.get(slug) as string | undefined;
      if (hash === undefined) return undefined;
      const query = buildSentenceQuery(concepts);
      if (query === "") return [];
      // Follow-ups come in threads about one article: its index is kept until another article is asked about.
      const version = `${slug}\n${hash}`;
      if (selectIndexedArticle.get() !== version) indexArticle(slug, version);
      // Also the best sentences joining two concepts: a term in most sentences adds almost nothing to bm25
      // (FTS5 floors its idf), so the sentences joining it with a rarer concept could otherwise all rank below
      // those holding the rarer one alone. Every concept term is in both queries, so both mark every hit.
      const pairs = pairedConceptQuery(concepts);
      const byRowid = new Map<number, CandidateRow>();
      for (const part of pairs ? [query, pairs] : [query]) {
        for (const row of selectCandidates.all(part, limit) as CandidateRow[]) {
          if (!byRowid.has(row.rowid)) byRowid.set(row.rowid, row);
        }
      }
      const namesOfActors = actorWords(concepts.actors);
      return [...byRowid.values()].map((row): SentenceCandidate => {
        // Topic hits are the stemmed matches FTS5 marked, less actor words; inflections count once.
        const topicWords = new Set(markedWords(row.marked).filter((word) => !namesOfActors.has(word)));
        return {
          position: row.rowid,
          text: row.marked.replaceAll(highlightStart, "").replaceAll(highlightEnd, ""),
          score: row.bm25,
          topicsCarried: Math.min(topicWords.size, concepts.contentTerms.length),
        };
      });
    },
    async sentencesAt(slug, positions) {
      const sentences: Sentence[] = [];
      for (const position of [...new Set(positions)].sort((left, right) => left - right)) {
        const row = selectSentence.get(slug, position) as SentenceRow | undefined;
        if (row)
          sentences.push({
            id: `S${row.position}`,
            index: row.position,
            paragraph: row.paragraph,
            text: row.text,
          });
      }
      return sentences;
    },
    async articlesHoldingAll(terms, limit) {
      return selectArticlesByText.all(terms.map(searchTerm).join(" "), limit) as string[];
    },
    async titlesHolding(terms, upTo) {
      return terms.map((term) => countTitlesHoldingUpTo.get(searchTerm(term), upTo) as number);
    },
    async articlesWithTitleHoldingAny(terms, limit) {
      return selectArticlesByTitle.all(terms.map(searchTerm).join(" OR "), limit) as string[];
    },
  };
}
