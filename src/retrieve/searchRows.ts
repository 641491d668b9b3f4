import type { Actor } from "../domain/actor";
import type { Sentence } from "../domain/article";

export interface SearchConcepts {
  /** Actors the question names; a sentence counts for one when it names it by an alias. */
  actors: readonly Actor[];
  /** Topic words, searched with stemming. */
  contentTerms: readonly string[];
  /** Among equally covering sentences, rank those reporting someone's words or acts first (stance questions). */
  preferStatements?: boolean;
}

/** A word typed, to be matched whole or, `asPrefix`, as the start of a word ("put" finds "putin"). */
export interface SearchTerm {
  word: string;
  asPrefix: boolean;
}

export interface SentenceCandidate {
  position: number;
  text: string;
  /** The engine's score, lower is better. */
  score: number;
  /** How many of the question's topic words the sentence carries (stemmed: inflections count once). */
  topicsCarried: number;
}

/** What a backend's full-text engine answers; everything else is decided by the search index. */
export interface SearchRows {
  /**
   * Sentences of the article holding any concept, at most about `limit` of the best and as many of the best
   * joining two concepts. Undefined for an article that is not stored.
   */
  sentenceCandidates(
    slug: string,
    concepts: SearchConcepts,
    limit: number,
  ): Promise<SentenceCandidate[] | undefined>;
  /** The article's sentences at these positions, in reading order; positions past the end are left out. */
  sentencesAt(slug: string, positions: readonly number[]): Promise<Sentence[]>;
  /** Articles whose slug, title or text hold every term, slug and title hits weighing most. */
  articlesHoldingAll(terms: readonly SearchTerm[], limit: number): Promise<string[]>;
  /** For each term, how many slugs and titles hold it, counted only up to `upTo`. */
  titlesHolding(terms: readonly SearchTerm[], upTo: number): Promise<number[]>;
  /** Articles whose slug or title holds any of the terms, best first. */
  articlesWithTitleHoldingAny(terms: readonly SearchTerm[], limit: number): Promise<string[]>;
}
