// A meeting's readout published by one side: a headline "Yermak and Sybiha met with ... Wang Yi" over a text that
// quotes no one and names no source is that side's account, so what the other side's officials say in it is the
// publishing side's claim about them, not their own word.
import type { Actor } from "../domain/actor";
import type { Sentence } from "../domain/article";
import { agentNouns, nonGovernmentNouns } from "./lexicon";
import { namesOfficial } from "./roles";
import { quoteCharacters, type SentenceMention, type SpeechEvent } from "./sentenceAnalysis";
import { wordsIn } from "./sentenceParts";

const meetingWith =
  /\b(?:met|meets|meet|meeting|held talks|holds talks|hold talks|(?:had|has|held|holds?) a (?:phone |telephone )?(?:call|conversation)|spoke|speaks|spoke by (?:phone|telephone))\s+with\b/iu;

/** What a report by anyone but the publishing side shows: sources, the press, an agency's dateline. */
const outsideSource =
  /\baccording to\b|\breport(?:s|ed)?\b|\b(?:told|asked) (?:reporters|journalists)\b|\bsources?\b/iu;
const agencyDateline = /\(\p{Lu}[\p{L}.]*\)\s*(?:--|[—–-])/u;
const quotesOrSources = (text: string) => quoteCharacters.test(text) || outsideSource.test(text);

export interface MeetingReadout {
  issuer: string;
  counterparts: string[];
  /** Named as the article's source in a sentence of its own, not read from the headline. */
  sourced?: boolean;
}

/**
 * "This is reported by the press service of the Chinese Foreign Ministry.", "Source: conclusions of the European
 * Council meeting": the article names its source.
 */
const reportSource =
  /^(?:(?:this|that|it)\s+(?:is|was|has been)\s+(?:reported|announced|stated)\s+(?:by|in|on)\s|source:\s)/iu;

/** Where a "Source:" line's organ ends and whom it cites begins. */
const citingWords = /\b(?:cited|citing|quoted|quoting|as reported)\b/iu;
/** Words naming outlets, not an organ of a side: "Source: news agencies Interfax and RBC". */
const outletWords = /\b(?:news|agency|agencies|media|outlets?|newspapers?|tv|channel|website|portal)\b/iu;

/** How many sentences into the article a named source still speaks for the whole report. */
export const sourceSentenceLimit = 4;

/**
 * The side whose organ a sentence names as the article's source ("This was reported by the press service of the
 * Chinese Foreign Ministry."): the report is that side's readout, so what the other actors of the headline say in
 * it is that side's account of them. Nothing when the source is no organ of exactly one actor.
 */
export function sourcedReadoutOf(
  text: string,
  mentions: readonly SentenceMention[],
  headlineActors: readonly string[],
): MeetingReadout | undefined {
  if (!reportSource.test(text)) return undefined;
  const actors = new Set(mentions.map((mention) => mention.actor));
  // The label "Source:" is no unnamed source: the words after it name the organ, or outlets citing someone
  // ("Source: news agencies Interfax and RBC, citing Dmitry Peskov"), which make the text a report.
  const label = /^source:/iu.exec(text);
  const named = label ? (text.slice(label[0].length).split(citingWords)[0] ?? "") : text;
  if (label && outletWords.test(named)) return undefined;
  const words = named.toLowerCase().split(/[^\p{L}-]+/u);
  if (actors.size !== 1 || words.some((word) => nonGovernmentNouns.has(word))) return undefined;
  if (!words.some((word) => agentNouns.has(word))) return undefined;
  const [issuer] = actors as Set<string>;
  const counterparts = [...new Set(headlineActors)].filter((actor) => actor !== issuer);
  return counterparts.length > 0 ? { issuer: issuer as string, counterparts, sourced: true } : undefined;
}

/**
 * Whether a sentence brings in a voice from outside a readout: a source, the press, an agency's dateline, or a
 * quotation another actor speaks. Its own officials quoted ('the minister hoped they "not close the door"'), a
 * quotation no one is named for, and a few words it quotes are still the readout. Without an issuer (is this a
 * readout at all?), any quotation is a voice of its own.
 */
export function showsOutsideVoice(
  text: string,
  events: readonly SpeechEvent[] = [],
  issuer?: string,
): boolean {
  if (outsideSource.test(text) || agencyDateline.test(text)) return true;
  if (issuer === undefined) return quoteCharacters.test(text);
  // A few words quoted ('appreciated the "sincerity"') are the readout quoting itself, not a voice of its own.
  const unquoted = text.replace(quotedFragment, (quoted) => (wordsIn(quoted).length <= 4 ? " " : quoted));
  if (!quoteCharacters.test(unquoted)) return false;
  return events.some(
    (event) => event.kind === "statement" && event.speakers.length > 0 && !event.speakers.includes(issuer),
  );
}
const quotedFragment = /["“«„][^"“”«»„]{1,40}["”»]/gu;

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
  if (!meeting || sentences.some((sentence) => showsOutsideVoice(sentence.text))) return undefined;
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
  if (!readout.counterparts.includes(actor as string)) return false;
  // "He reiterated ..." after "Borrell said ...": the readout goes on telling of the same official.
  if (event.pronounSubject) return true;
  return mentions.some(
    (mention) =>
      mention.actor === actor &&
      mention.start >= speaker.start &&
      mention.end <= speaker.end &&
      // A named source's report tells of the other side as a whole too ("Ukraine expressed readiness ...").
      (readout.sourced || namesOfficial(text, mention)),
  );
}

/** The actor whose state agency or broadcaster (data/actors.json `stateAgencies`) is named so: "Xinhua", "TASS". */
export const stateOfAgency = (actors: readonly Actor[], agency: string): string | undefined => {
  // Outlets spell agencies either way: "TASS" and "Tass", "RIA Novosti" and "Ria Novosti", "the Xinhua News
  // Agency" and "Xinhua news agency", "state broadcaster CCTV" and "CCTV".
  const spelled = agency
    .trim()
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(
      /^(?:state(?:-run|-owned)?\s+)?(?:broadcaster|television|tv|news\s+agency|agency|newspaper)\s+/u,
      "",
    )
    .replace(/\s+news(?:\s+agency)?$/u, "");
  // "Russian media outlet TASS", "the state news agency Xinhua": a description, then the agency's name.
  const named = (name: string) =>
    spelled === name.toLowerCase() || spelled.endsWith(` ${name.toLowerCase()}`);
  return actors.find((actor) => actor.stateAgencies.some(named))?.name;
};

/** "BEIJING, March 1 (Xinhua) -- ...": the agency a dateline names. */
const datelineAgency = /\((\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\)\s*(?:--|[—–-])/u;
/** A meeting or a call between officials, however the dateline sentence words it. */
const meetingTold =
  /\b(?:met|meets|meeting|talks|call|conversation|conference|spoke|speaks)\b(?:[^.;]{0,40}?\bwith\b)?/iu;

/**
 * "BEIJING, March 1 (Xinhua) -- Chinese Foreign Minister Wang Yi held a phone conversation with Ukrainian Foreign
 * Minister Dmytro Kuleba ...": a state agency's report of its own side's meeting, quoting no one and naming no
 * source, is that side's readout, so the other side's officials speak in it only as its account of them. Any
 * other agency ("(Reuters) --") is a report like any other.
 */
export function agencyReadoutOf(
  text: string,
  mentions: readonly SentenceMention[],
  sentences: readonly Sentence[],
  actors: readonly Actor[],
): MeetingReadout | undefined {
  const agency = datelineAgency.exec(text)?.[1];
  const issuer = agency && stateOfAgency(actors, agency);
  if (!issuer || !meetingTold.test(text) || sentences.some((sentence) => quotesOrSources(sentence.text)))
    return undefined;
  const counterparts = [
    ...new Set(
      mentions
        .filter((mention) => mention.actor !== issuer && namesOfficial(text, mention))
        .map((mention) => mention.actor),
    ),
  ];
  // The dateline names the source: the other side as a whole ("Ukraine stays open to talks") is its account too.
  return counterparts.length > 0 ? { issuer, counterparts, sourced: true } : undefined;
}
