import type { Actor } from "../domain/actor";
import type { Sentence } from "../domain/article";
import { type ArticleSource, collectActorEvidence } from "./actorEvidence";

/** Whether a sentence carries the actor's own statement or act (not others' claims about it). */
export type OwnStatementCheck = (sentence: Sentence, actor: Actor) => boolean;

/**
 * Whether the sentence, read alone, shows the actor itself saying or doing something rather than others talking
 * about it: the offline engine's speaker reading, reused by verification.
 */
export function actorActsIn(text: string, actor: Actor): boolean {
  const evidence = collectActorEvidence([{ id: "S1", index: 1, paragraph: 0, text }], [actor]);
  return evidence.get(actor.name)?.candidates.some((candidate) => candidate.kind === "stated") ?? false;
}

export const ownStatementCheck: OwnStatementCheck = (sentence, actor) => actorActsIn(sentence.text, actor);

/** Who the article says makes the claims about an actor in these sentences (see claimantOf), if it says. */
export type ClaimantReading = (actor: Actor, citations: readonly string[]) => string | undefined;

/**
 * The readings verify/ uses for one article, read once on first use: whether the actor speaks or acts in a
 * sentence as the article reads in order (a quotation that runs on, "he said" after its speaker is named) or in
 * the sentence read alone; and who makes the claims about an actor in given sentences, so every engine's
 * attributed points name their claimant from the same reading.
 */
export function articleReading(
  sentences: readonly Sentence[],
  actors: readonly Actor[],
  source: ArticleSource = {},
): { carriesOwnStatement: OwnStatementCheck; claimantOf: ClaimantReading } {
  let evidence: ReturnType<typeof collectActorEvidence> | undefined;
  const read = () => {
    evidence ??= collectActorEvidence(sentences, actors, source);
    return evidence;
  };
  let statedIn: Map<string, Set<string>> | undefined;
  return {
    carriesOwnStatement: (sentence, actor) => {
      statedIn ??= new Map(
        [...read()].map(([name, actorEvidence]) => [
          name,
          new Set(
            actorEvidence.candidates
              .filter((candidate) => candidate.kind === "stated")
              .map((candidate) => candidate.citation),
          ),
        ]),
      );
      return statedIn.get(actor.name)?.has(sentence.id) === true || actorActsIn(sentence.text, actor);
    },
    claimantOf: (actor, citations) =>
      read()
        .get(actor.name)
        ?.candidates.find(
          (candidate) =>
            candidate.kind === "attributed" &&
            candidate.claimant !== undefined &&
            citations.includes(candidate.citation),
        )?.claimant,
  };
}

/** The speaker check alone (see articleReading). */
export function articleOwnStatementCheck(
  sentences: readonly Sentence[],
  actors: readonly Actor[],
): OwnStatementCheck {
  return articleReading(sentences, actors).carriesOwnStatement;
}
