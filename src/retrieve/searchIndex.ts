import { mentionsActor } from "../actors/mentions";
import type { Sentence } from "../domain/article";
import type { Storage } from "../store/storage";
import { createPostgresSearchRows } from "./postgresSearchRows";
import { isStopWord, maxContentTerms, searchWords, statementCueWords } from "./questionTerms";
import type { SearchConcepts, SearchTerm } from "./searchRows";
import { createSqliteSearchRows } from "./sqliteSearchRows";

/**
 * Search: the sentences of one article that answer a question, and articles for a mistyped slug. Each
 * backend finds and scores candidates with its own full-text engine (FTS5 with BM25 on SQLite:
 * sqliteSearchRows.ts; tsvector with ts_rank_cd on Postgres: postgresSearchRows.ts); what counts as a match,
 * the order of the best matches and the passages around them are decided here, the same on both.
 */

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
  /** Rows read from the full-text engine by its own score before re-ranking by coverage. */
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

export type { SearchConcepts };

export interface SentenceMatch {
  id: string;
  /** The full-text engine's score, lower is better: BM25 on SQLite, minus ts_rank_cd on Postgres. */
  score: number;
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
  retrieve(slug: string, concepts: SearchConcepts): Promise<Retrieval>;
  /** Sentences of an article by id; unknown ids are left out. */
  sentencesById(slug: string, ids: readonly string[]): Promise<Sentence[]>;
  /** Articles whose slug, title or text match the words of a (mistyped) slug or phrase, best first. */
  findArticles(text: string, limit: number): Promise<string[]>;
  /**
   * Articles whose slug or title holds every word typed ("grain", "sanctions fleet"; the last may be half
   * typed), best first: what `/brief <words>` means. Up to `limit`.
   */
  findArticlesNamed(text: string, limit: number): Promise<string[]>;
}

export function createSearchIndex(storage: Storage): SearchIndex {
  const rows =
    storage.kind === "postgres"
      ? createPostgresSearchRows(storage.pool)
      : createSqliteSearchRows(storage.database);

  const retrieve = async (slug: string, concepts: SearchConcepts): Promise<Retrieval> => {
    const candidates = await rows.sentenceCandidates(slug, concepts, retrievalLimits.candidates);
    if (!candidates || candidates.length === 0) return { passages: [], bestMatches: [], matches: [] };
    const conceptCount = concepts.actors.length + concepts.contentTerms.length;
    const scored = candidates.map((candidate) => {
      // Actor concepts are checked on the sentence itself, case-sensitively: "us" is not the US.
      const actorsNamed = concepts.actors.filter((actor) => mentionsActor(candidate.text, actor)).length;
      return {
        position: candidate.position,
        actorsNamed,
        reportsStatement: concepts.preferStatements === true && statementCue.test(candidate.text),
        match: {
          id: `S${candidate.position}`,
          score: candidate.score,
          coverage: (actorsNamed + candidate.topicsCarried) / conceptCount,
        },
      };
    });
    scored.sort(
      (left, right) =>
        right.match.coverage - left.match.coverage ||
        Number(right.reportsStatement) - Number(left.reportsStatement) ||
        left.match.score - right.match.score,
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

    // The best matches and their neighbours, read in one go.
    const around = new Map(
      (
        await rows.sentencesAt(
          slug,
          best.flatMap((candidate) => [candidate.position - 1, candidate.position, candidate.position + 1]),
        )
      ).map((sentence) => [sentence.index, sentence]),
    );
    const passages = new Map<number, Sentence>();
    for (const candidate of best) {
      const hit = around.get(candidate.position);
      if (hit) passages.set(hit.index, hit);
    }
    // Neighbours in the same paragraph give the engine context, best match first, within the bound.
    for (const hit of [...passages.values()]) {
      for (const position of [hit.index - 1, hit.index, hit.index + 1]) {
        const neighbour = around.get(position);
        if (passages.size >= retrievalLimits.passages) break;
        if (neighbour && neighbour.paragraph === hit.paragraph && !passages.has(position))
          passages.set(position, neighbour);
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
    async sentencesById(slug, ids) {
      const positions = [...new Set(ids)].flatMap((id) => {
        const position = /^S([1-9]\d*)$/.exec(id)?.[1];
        return position === undefined ? [] : [Number(position)];
      });
      const byPosition = new Map(
        (await rows.sentencesAt(slug, positions)).map((sentence) => [sentence.index, sentence]),
      );
      return positions.flatMap((position) => byPosition.get(position) ?? []);
    },
    async findArticlesNamed(text, limit) {
      const words = [...new Set(searchWords(text))]
        .filter((word) => !isStopWord(word))
        .slice(0, maxContentTerms);
      if (words.length === 0) return [];
      const last = words.length - 1;
      // Each word's articles, intersected in the order of the first word's ranking; a word in more titles
      // than commonTitleWordArticles picks out no article anyway.
      let found: string[] | undefined;
      for (const [index, word] of words.entries()) {
        const term = { word, asPrefix: index === last && word.length >= titlePrefixLetters };
        const holding = new Set(await rows.articlesWithTitleHoldingAny([term], commonTitleWordArticles));
        found = (found ?? [...holding]).filter((slug) => holding.has(slug));
        if (found.length === 0) return [];
      }
      return (found ?? []).slice(0, limit);
    },
    async findArticles(text, limit) {
      // Stop words match nearly every article and say nothing about which one is meant.
      const words = [...new Set(searchWords(text))]
        .filter((word) => !isStopWord(word))
        .slice(0, maxContentTerms);
      if (words.length === 0) return [];
      const last = words.length - 1;
      // First the articles holding every word typed, anywhere; the last word may be typed half ("xi-put").
      const found = await rows.articlesHoldingAll(
        words.map((word, index) => ({
          word,
          asPrefix: index === last && word.length >= articlePrefixLetters,
        })),
        limit,
      );
      if (found.length >= limit) return found;
      // Then those whose slug or title holds any of the less common ones. Any word in the whole text would
      // rank a large share of the store (215-400 ms at 100,000 articles for a whole title).
      const terms: SearchTerm[] = words.map((word, index) => ({
        word,
        asPrefix: index === last && word.length >= titlePrefixLetters,
      }));
      const titleCounts = await rows.titlesHolding(terms, commonTitleWordArticles + 1);
      const distinctive = terms.filter((_, index) => (titleCounts[index] ?? 0) <= commonTitleWordArticles);
      if (distinctive.length === 0) return found;
      const byTitle = await rows.articlesWithTitleHoldingAny(distinctive, limit);
      return [...new Set([...found, ...byTitle])].slice(0, limit);
    },
  };
}
