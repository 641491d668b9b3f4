// Roles an actor's name opens or closes: "China's foreign ministry", "the spokesman for the Kremlin".
import { agentNouns } from "./lexicon";
import type { SentenceMention } from "./sentenceAnalysis";

const roleWords = [...agentNouns].join("|");
// A run of role words counts by its last one: "general staff" is a staff, "foreign ministry spokesman" a spokesman.
const roleAfter = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?((?:${roleWords})(?:\\s+(?:${roleWords}))*)\\b`,
  "iu",
);
const roleBefore = new RegExp(`\\b(?:${roleWords})\\s+(?:of|for|in|from)\\s+(?:the\\s+)?$`, "iu");

/** The role a mention opens, lower case: "staff" in "Ukraine's general staff", "ministry" in "the Russian ministry". */
export function roleAfterMention(text: string, mention: SentenceMention): string | undefined {
  return roleAfter
    .exec(text.slice(mention.end, mention.end + 48))?.[1]
    ?.split(/\s+/u)
    .at(-1)
    ?.toLowerCase();
}

/** "the Ministry of Foreign Affairs of [Ukraine]": a role word before the name, past its own "of Foreign Affairs". */
const roleOfBefore = new RegExp(
  `\\b(${roleWords})(?:\\s+of(?:\\s+\\p{Lu}[\\p{L}-]*){1,3})?\\s+(?:of|for)\\s+(?:the\\s+)?$`,
  "iu",
);

/** The role a mention closes, lower case: "ministry" in "the Ministry of Foreign Affairs of Ukraine". */
export function roleBeforeMention(text: string, mention: SentenceMention): string | undefined {
  return roleOfBefore.exec(text.slice(Math.max(0, mention.start - 60), mention.start))?.[1]?.toLowerCase();
}

/** A mention that names someone speaking for the actor: a person, or a role ("China's foreign ministry"). */
export function namesOfficial(text: string, mention: SentenceMention): boolean {
  return (
    mention.person ||
    roleAfterMention(text, mention) !== undefined ||
    roleBefore.test(text.slice(Math.max(0, mention.start - 40), mention.start))
  );
}

/** "Ambassador to the European Union", "the mission in Brussels": a host the title names, not whose official it is. */
export const hostBefore = /\b(?:to|in|at)\s+(?:the\s+)?$/iu;

/** "Foreign Ministry spokesman Lin Jian": the title right before a person's name. */
const titleBeforePerson = new RegExp(`\\b(${roleWords})\\s+$`, "iu");

/**
 * The roles a person's title gives them, lower case: "spokesman Lin Jian" is whom a later "the spokesman" and "the
 * spokesperson" name.
 */
export function titlesOfPerson(text: string, mention: SentenceMention): string[] {
  const title = titleBeforePerson
    .exec(text.slice(Math.max(0, mention.start - 30), mention.start))?.[1]
    ?.toLowerCase();
  if (!title) return [];
  return /^spokes/u.test(title) ? ["spokesman", "spokeswoman", "spokesperson"] : [title];
}
