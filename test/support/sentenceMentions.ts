import { createMentionReader } from "../../src/attribution/mentionReader";
import type { SentenceMention } from "../../src/attribution/sentenceAnalysis";
import type { Actor } from "../../src/domain/actor";

/** The actors' mentions in a sentence as the offline engine reads them (people, pronouns and adjectives flagged). */
export function sentenceMentions(text: string, actors: readonly Actor[]): SentenceMention[] {
  return createMentionReader(actors)(text);
}
