// Accounts told through others: while an actor's person speaks in an article only through someone else's account
// (a paper's sources, another government's statement), the next plain sentence of that person is still that
// account, not the actor's own word on record.
import type { SentenceMention, SpeechEvent } from "./sentenceAnalysis";
import { findQuotedRanges, insideAny, type TextRange } from "./sentenceParts";

/** "The Russian president", "the Chinese minister": a leader named by a title, pointing back to its person. */
const leaderDescription =
  /^\s*(?:the\s+)?(?:\p{L}+\s+)?(?:president|leader|premier|minister|foreign minister|chancellor|diplomat)\b/iu;

/** Where an actor's person speaks on record: to the press, in a statement, an interview, a post. */
const onRecordWords =
  /\b(?:reporters|journalists|press|briefing|statement|interview|address|telegram|posted|wrote|broadcast|televised)\b/iu;

const nameWords = (name: string) => name.toLowerCase().split(/\s+/u);
const samePerson = (left: string, right: string) => {
  const rightWords = nameWords(right);
  return nameWords(left).some((word) => rightWords.includes(word));
};

export interface SourcedAccounts {
  /** Notes that a sentence only relayed what `actor`'s people (named there) said, on `claimant`'s word. */
  relayed(
    actor: string,
    text: string,
    mentions: readonly SentenceMention[],
    claimant: string | undefined,
  ): void;
  /**
   * Whose account a statement of one actor continues ("Wang rejected the accusations ..." after sources told of
   * Wang's words): the claimant to credit, or undefined when the actor speaks for itself. `onRecord` says
   * whether the actor has any statement of its own so far.
   */
  continuedBy(
    text: string,
    event: SpeechEvent,
    mentions: readonly SentenceMention[],
    onRecord: (actor: string) => boolean,
  ): { claimant: string | undefined } | undefined;
}

export function createSourcedAccounts(): SourcedAccounts {
  const accounts = new Map<string, { people: string[]; claimant: string | undefined }>();
  const peopleIn = (actor: string, text: string, mentions: readonly SentenceMention[], range?: TextRange) => {
    const quoted = findQuotedRanges(text);
    return mentions
      .filter(
        (mention) =>
          mention.actor === actor &&
          mention.person &&
          !insideAny(quoted, mention.start) &&
          (range === undefined || (mention.start >= range.start && mention.end <= range.end)),
      )
      .map((mention) => text.slice(mention.start, mention.end));
  };
  return {
    relayed(actor, text, mentions, claimant) {
      const people = peopleIn(actor, text, mentions);
      if (people.length > 0) accounts.set(actor, { people, claimant });
    },
    continuedBy(text, event, mentions, onRecord) {
      const [actor, ...others] = event.speakers;
      const account = actor === undefined ? undefined : accounts.get(actor);
      if (!actor || !account || others.length > 0 || event.kind !== "statement" || !event.speaker) return;
      // A quotation, or words said to the press or in a statement, are the actor's own on record.
      if (onRecord(actor) || /["“”«»„]/u.test(text) || onRecordWords.test(text)) {
        accounts.delete(actor);
        return;
      }
      const speaker = text.slice(event.speaker.start, event.speaker.end);
      const named = peopleIn(actor, text, mentions, event.speaker);
      const samePeople =
        named.length > 0
          ? named.every((name) => account.people.some((person) => samePerson(person, name)))
          : /^\s*(?:he|she)\b/iu.test(speaker) || leaderDescription.test(speaker);
      return samePeople ? { claimant: account.claimant } : undefined;
    },
  };
}
