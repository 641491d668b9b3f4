import { articleReading } from "../attribution/ownStatementCheck";
import type { Verification } from "../domain/briefing";
import type { AnswerRequest, BriefingRequest, EngineAnswer, EngineBriefing } from "../domain/engine";
import {
  type VerifiedAnswer,
  type VerifiedPositions,
  verifyAnswer,
  verifyPositions,
} from "./verifyCitations";

// The verify stage as the orchestrators run it after every engine, offline and model alike: the citations
// may name only the sentences the engine reports it was shown.

export interface VerifiedBriefingResult extends EngineBriefing {
  verification: Verification;
  dropped: VerifiedPositions["dropped"];
}

export function verifyBriefingResult(
  request: BriefingRequest,
  result: EngineBriefing,
): VerifiedBriefingResult {
  const shown = new Set(result.shownSentenceIds);
  const verified = verifyPositions({
    positions: result.positions,
    actors: request.actors,
    citable: request.sentences.filter((sentence) => shown.has(sentence.id)),
    sentences: request.sentences,
    ...articleReading(request.sentences, request.actors, request.article),
  });
  return {
    ...result,
    positions: verified.positions,
    verification: verified.verification,
    dropped: verified.dropped,
  };
}

export interface VerifiedAnswerResult extends EngineAnswer {
  verification: Verification;
  dropped: VerifiedAnswer["dropped"];
}

export function verifyAnswerResult(request: AnswerRequest, result: EngineAnswer): VerifiedAnswerResult {
  const shown = new Set(result.shownSentenceIds);
  const verified = verifyAnswer({
    found: result.found,
    answer: result.answer,
    actors: request.actors,
    citable: request.passages.filter((sentence) => shown.has(sentence.id)),
  });
  return {
    ...result,
    found: verified.found,
    answer: verified.answer,
    verification: verified.verification,
    dropped: verified.dropped,
  };
}
