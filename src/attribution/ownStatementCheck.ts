import type { Actor } from "../domain/actor";
import type { Sentence } from "../domain/article";
import { collectActorEvidence } from "./actorEvidence";

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

/**
 * The check verify/ uses for one article: the actor speaks or acts in the sentence as the article reads in
 * order (a quotation that runs on, "he said" after its speaker is named), or in the sentence read alone.
 * The article is read once, on first use.
 */
export function articleOwnStatementCheck(
  sentences: readonly Sentence[],
  actors: readonly Actor[],
): OwnStatementCheck {
  let statedIn: Map<string, Set<string>> | undefined;
  return (sentence, actor) => {
    statedIn ??= new Map(
      [...collectActorEvidence(sentences, actors)].map(([name, evidence]) => [
        name,
        new Set(
          evidence.candidates
            .filter((candidate) => candidate.kind === "stated")
            .map((candidate) => candidate.citation),
        ),
      ]),
    );
    return statedIn.get(actor.name)?.has(sentence.id) === true || actorActsIn(sentence.text, actor);
  };
}
