// The writer's own voice: in opinion pieces, and wherever a nation's people is the speaker, an account of an actor is
// the writer's, not the actor's word.
import { namesOfficial } from "./roles";
import { quoteCharacters, type SentenceMention, type SpeechEvent } from "./sentenceAnalysis";
import { findQuotedRanges, insideAny } from "./sentenceParts";
import { namesPeople } from "./subjects";

/** A headline labelled as opinion: "My Take | ...", "Opinion: ...", "Analysis — ...". */
const opinionLabel =
  /^(?:my take|opinion|analysis|comment|commentary|column|editorial|op-ed|viewpoint|perspective)\s*[|:–—-]/iu;

export const isOpinionHeadline = (headline: string) => opinionLabel.test(headline.trim());

/**
 * In an opinion piece, a statement with no quotation whose speakers are only named as countries or capitals
 * ("Beijing protested the release ...") is the writer relaying it: others' account of the actor, never its own
 * word. Officials, people and quotations still speak.
 */
export function relayedByWriter(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  if (event.kind !== "statement" || event.speakers.length === 0 || quoteCharacters.test(text)) return event;
  const official = event.speakers.some((actor) =>
    mentions.some((mention) => mention.actor === actor && namesOfficial(text, mention)),
  );
  if (official) return event;
  return writersClaimAbout(event, event.speakers);
}

/** The event as the writer's own claim about `about` and its targets: no speaker, no claimant to name. */
function writersClaimAbout(event: SpeechEvent, about: readonly string[]): SpeechEvent {
  const { speaker: _named, ...rest } = event;
  return { ...rest, kind: "hearsay", speakers: [], targets: [...new Set([...about, ...event.targets])] };
}

/**
 * "The Russians insisted that Ukraine become neutral": a nation's people named as the speaker is the writer's
 * account of what that country did, a claim about it with no claimant, never its own word.
 */
export function peopleAsSpeaker(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || event.speakers.length > 0 || speaker === undefined) return event;
  const quoted = findQuotedRanges(text);
  const people = mentions.filter(
    (mention) =>
      mention.start >= speaker.start &&
      mention.end <= speaker.end &&
      !insideAny(quoted, mention.start) &&
      namesPeople(text, mention),
  );
  return people.length === 0
    ? event
    : writersClaimAbout(
        event,
        people.map((mention) => mention.actor),
      );
}
