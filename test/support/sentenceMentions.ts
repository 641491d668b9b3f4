import { findMentionsOfActor } from "../../src/actors/mentions";
import type { SentenceMention } from "../../src/attribution/sentenceAnalysis";
import type { Actor } from "../../src/domain/actor";

/** The actors' mentions in a sentence as the offline engine reads them (people and adjectives flagged). */
export function sentenceMentions(text: string, actors: readonly Actor[]): SentenceMention[] {
  return actors
    .flatMap((actor) =>
      findMentionsOfActor(text, actor).map((mention) => ({
        actor: actor.name,
        start: mention.start,
        end: mention.end,
        person: (actor.people ?? []).includes(mention.matched),
        adjective: actor.adjectives.includes(mention.matched),
      })),
    )
    .sort((left, right) => left.start - right.start);
}
