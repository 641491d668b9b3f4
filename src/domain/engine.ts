import type { Actor } from "./actor";
import type { AnswerPart, ThreadTurn } from "./answer";
import type { Article, Sentence } from "./article";
import type { ActorPosition, Usage } from "./briefing";

/** What every briefing engine (offline or model) is given: one article, its citable sentences, the actors. */
export interface BriefingRequest {
  article: Article;
  sentences: readonly Sentence[];
  actors: readonly Actor[];
}

/**
 * What an engine returns, unverified: the orchestrator runs verify/ on it, then adds the article, sources and
 * cache flag.
 */
export interface EngineBriefing {
  /** "offline" or "openai:<model>". */
  engine: string;
  positions: ActorPosition[];
  /** The sentences the engine was shown: the only ones its citations may name. */
  shownSentenceIds: readonly string[];
  promptVersion?: string;
  usage?: Usage;
  notes?: string[];
}

/**
 * What an engine tells before its result, for a briefing shown while it is made. Both are unverified, like
 * the result; an engine that has nothing to tell early (the offline engine) never calls them.
 */
export interface BriefingProgressListener {
  /** A quick reading to show until the engine's own arrives: the offline engine's, quoting the article. */
  onPreliminary?(result: EngineBriefing): void;
  /** The positions read so far, each complete, for the actors they name (the others are still coming). */
  onPositions?(result: EngineBriefing): void;
}

export interface BriefingEngine {
  /** Identifies the engine in cache keys and results: "offline" or "openai:<model>". */
  readonly id: string;
  /** What besides article and actors decides a result; engines without it are never cached. */
  readonly cacheIdentity?: { model: string; promptVersion: string };
  brief(request: BriefingRequest, listener?: BriefingProgressListener): Promise<EngineBriefing>;
}

/** What an answer engine is given: the question, the retrieved passages (never the whole article), history. */
export interface AnswerRequest {
  article: Article;
  question: string;
  /** Retrieved sentences plus neighbours, in reading order, with their ids. */
  passages: readonly Sentence[];
  /** Ids of the sentences that matched the question best, best first (a subset of passages). */
  bestMatches: readonly string[];
  /** Actors the question names (by name or alias). */
  actors: readonly Actor[];
  /** Earlier turns of the same thread, oldest first, already bounded. */
  history: readonly ThreadTurn[];
  /**
   * The asked actors' positions as the briefing reads them from the whole article (verified), so an answer
   * cannot contradict its briefing. Their stated sentences are among the passages when the question asks
   * about an actor.
   */
  stance: readonly ActorPosition[];
  /** The question asks for one line ("in one line", "briefly"). */
  asksBriefly: boolean;
}

/** An engine's answer, unverified, like EngineBriefing. */
export interface EngineAnswer {
  engine: string;
  found: boolean;
  answer: AnswerPart[];
  /** The passages the engine was shown: the only sentences its citations may name. */
  shownSentenceIds: readonly string[];
  promptVersion?: string;
  usage?: Usage;
  notes?: string[];
}

export interface AnswerEngine {
  readonly id: string;
  answer(request: AnswerRequest): Promise<EngineAnswer>;
}
