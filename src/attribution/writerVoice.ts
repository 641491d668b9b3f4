// Opinion pieces: the writer's own account of what an actor did is the writer's, not the actor's word.
import { namesOfficial } from "./roles";
import { quoteCharacters, type SentenceMention, type SpeechEvent } from "./sentenceAnalysis";

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
  // The claim is the writer's: no claimant to name.
  const { speaker: _named, ...rest } = event;
  return {
    ...rest,
    kind: "hearsay",
    speakers: [],
    targets: [...new Set([...event.speakers, ...event.targets])],
  };
}
