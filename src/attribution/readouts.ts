// A meeting's readout published by one side: a headline "Yermak and Sybiha met with ... Wang Yi" over a text that
// quotes no one and names no source is that side's account, so what the other side's officials say in it is the
// publishing side's claim about them, not their own word.
import type { Sentence } from "../domain/article";
import { namesOfficial } from "./roles";
import type { SentenceMention, SpeechEvent } from "./sentenceAnalysis";

const meetingWith =
  /\b(?:met|meets|meet|held talks|holds talks|hold talks|had a (?:phone |telephone )?(?:call|conversation)|spoke by (?:phone|telephone))\s+with\b/iu;

/** What a report by anyone but the publishing side shows: quotations, sources, an agency's dateline. */
const outsideVoice =
  /["“”«»„]|\baccording to\b|\breport(?:s|ed)?\b|\b(?:told|asked) (?:reporters|journalists)\b|\bsources?\b/iu;
const agencyDateline = /\(\p{Lu}[\p{L}.]*\)\s*(?:--|[—–-])/u;

export interface MeetingReadout {
  issuer: string;
  counterparts: string[];
}

/**
 * The side publishing a meeting's readout: the one actor whose people or officials the headline names before
 * "met with", when the article quotes no one and names no source.
 */
export function meetingReadoutOf(
  sentences: readonly Sentence[],
  headlineMentions: readonly SentenceMention[],
): MeetingReadout | undefined {
  const headline = sentences[0]?.text ?? "";
  const meeting = meetingWith.exec(headline);
  const outside = (text: string) => outsideVoice.test(text) || agencyDateline.test(text);
  if (!meeting || sentences.some((sentence) => outside(sentence.text))) return undefined;
  const officials = headlineMentions.filter((mention) => namesOfficial(headline, mention));
  const hosts = new Set(
    officials.filter((mention) => mention.end <= meeting.index).map((mention) => mention.actor),
  );
  const guests = new Set(
    officials.filter((mention) => mention.start >= meeting.index).map((mention) => mention.actor),
  );
  const [issuer, ...others] = hosts;
  if (issuer === undefined || others.length > 0 || guests.has(issuer) || guests.size === 0) return undefined;
  return { issuer, counterparts: [...guests] };
}

/** Whether a statement is the readout's account of a counterpart official ("Wang Yi emphasized that ..."). */
export function toldByReadout(
  readout: MeetingReadout | undefined,
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): boolean {
  const { speaker } = event;
  if (!readout || event.kind !== "statement" || !speaker || event.speakers.length !== 1) return false;
  const [actor] = event.speakers;
  return (
    readout.counterparts.includes(actor as string) &&
    mentions.some(
      (mention) =>
        mention.actor === actor &&
        mention.start >= speaker.start &&
        mention.end <= speaker.end &&
        namesOfficial(text, mention),
    )
  );
}
