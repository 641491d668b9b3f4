import type { Actor } from "../actors/actors";
import type { ActorPosition, Usage, Verification } from "../briefing/schema";
import type { Sentence } from "../sentences/splitSentences";
import type { Article } from "../store/articleStore";

/** What every briefing engine (offline or model) is given: one article, its citable sentences, the actors. */
export interface BriefingRequest {
  article: Article;
  sentences: readonly Sentence[];
  actors: readonly Actor[];
}

/** What an engine returns; the orchestrator adds the article, sources and cache flag. */
export interface EngineBriefing {
  /** "offline" or "openai:<model>". */
  engine: string;
  positions: ActorPosition[];
  promptVersion?: string;
  usage?: Usage;
  verification?: Verification;
  notes?: string[];
}

export interface BriefingEngine {
  /** Identifies the engine in cache keys and results: "offline" or "openai:<model>". */
  readonly id: string;
  brief(request: BriefingRequest): Promise<EngineBriefing>;
}
