// One sentence as the speaker reading sees it (text, mentions, quotations, clause segments, context),
// the events it yields, and the small helpers every step of the reading shares.
import type { Pronoun } from "../domain/actor";
import { clauseOpeners, emptySubjectWords, stanceVerbWords } from "./lexicon";
import { insideAny, type TextRange, type Word, wordsIn } from "./sentenceParts";

/** Where a sentence names an actor, as the engine needs it. */
export interface SentenceMention extends TextRange {
  actor: string;
  /** Matched one of the actor's people (a leader or official). */
  person: boolean;
  /** Matched one of the actor's adjectives ("Russian"), which names the actor only before "forces", "officials"... */
  adjective: boolean;
  /** A person's pronoun, when the catalog or a title ("Ms Kallas") gives it. */
  pronoun?: Pronoun;
}

/** What the sentences just before say, for "both leaders", "he" and quotations that run on. */
export interface SpeechContext {
  /** Mentions in the previous few sentences, oldest first. */
  recentMentions: readonly SentenceMention[];
  /** Actors that spoke in the previous sentence. */
  previousSpeakers: readonly string[];
  /** Someone not among the actors spoke in the previous sentence (then "he" is most likely that person). */
  previousHadOtherSpeaker?: boolean;
  /** The pronoun ("he", "she") each such speaker was named by, or "" when named otherwise. */
  previousOtherPronouns?: readonly string[];
  /** Mentions outside quotations in the previous few sentences, for "he" and "she". */
  recentUnquotedMentions?: readonly SentenceMention[];
  /** Mentions outside quotations in the previous sentence alone. */
  previousMentions?: readonly SentenceMention[];
  /** Whose role each role noun last named ("staff" → Ukraine after "Ukraine's general staff"): "the staff said". */
  roleOwners?: ReadonlyMap<string, string>;
  /** Who issued the document (a joint statement, a readout) the article named last: "the statement" speaks for them. */
  documentIssuers?: readonly string[];
  /** The document the article named last was issued by no actor (a NATO communique): "the document" is nobody's. */
  documentIssuedByOthers?: boolean;
  /**
   * The actor whose own site published the article, if one did: a "they" or "the minister" no speaker before
   * explains is its people speaking.
   */
  siteIssuer?: string;
  /**
   * The actor whose capital datelines the story ("BEIJING, June 26 (Xinhua) --"): whose "the Ministry of
   * Commerce" or "the spokesperson" is, when nothing in the text says.
   */
  datelineActor?: string;
  /** The one actor that spoke within the last few sentences, past lines where no one did (`the head of state said`). */
  recentSpeaker?: string;
  /** The actors whose people the headline names ("Putin grateful to Xi"): whom "the two leaders" may be. */
  headlinePeople?: readonly string[];
  /** The pronoun of the person who spoke for each previous speaker, where known ("she" for Kallas). */
  previousSpeakerPronouns?: ReadonlyMap<string, Pronoun>;
}

export type SpeechEventKind = "statement" | "hearsay" | "self_attribution";

/**
 * One act of saying or doing in a sentence. `speakers` state it (empty when someone else does: analysts,
 * "Western nations", unnamed reports); `targets` are the actors whose conduct the reported content asserts.
 */
export interface SpeechEvent {
  kind: SpeechEventKind;
  cue: string;
  speakers: string[];
  targets: string[];
  /** The stretch of the sentence a point quotes. */
  text: TextRange;
  /** Who makes the claim when no actor speaks and the sentence does not name them (a transcript's questioner). */
  claimant?: string;
  /** Where the sentence names who speaks (its subject, or the name after "said"), when the reading found it. */
  speaker?: TextRange;
  /** The quoted stretch opens with the speaker as a pronoun ("It denied ..."), which a point may name. */
  pronounSubject?: boolean;
  /** Actors whose own words or acts the event only relays ("SCMP reports that ... Wang Yi said ..."). */
  relays?: string[];
  /** The speakers only pass on the relayed actors' words about themselves or the relayer: nothing of their own. */
  onlyRelays?: boolean;
  /**
   * Those whose words the event tells only through someone else ("Xi said ..., Ukrinform reports"): no statement
   * of theirs here, but whom a "he said" closing the next quotation still points back to.
   */
  toldSpeakers?: string[];
}

export const quoteCharacters = /["“”«»„]/u;

/** Whether a stretch (a word) lies inside one of the mentions: part of an actor's name. */
export const insideMention = (mentions: readonly SentenceMention[], range: TextRange) =>
  mentions.some((mention) => mention.start <= range.start && range.end <= mention.end);

/**
 * Whether a sentence up to some point (`before`) has entered what a speech verb's "that" opens, with no comma,
 * clause break or quotation mark since: "Kallas said that ...", "..., stressing that neither the US nor ...".
 */
export function insideReportedThatClause(before: string): boolean {
  const verb = /(\p{L}+)\s+that\s+[^,;:.!?"“”]*$/iu.exec(before)?.[1];
  return verb !== undefined && stanceVerbWords.has(verb.toLowerCase());
}

export const isContentWord = (word: Word) => !emptySubjectWords.has(word.lower) && !/ly$/u.test(word.lower);

export interface SentenceAnalysis {
  text: string;
  mentions: readonly SentenceMention[];
  quoted: TextRange[];
  segments: TextRange[];
  context: SpeechContext;
}

export interface PendingEvent extends SpeechEvent {
  cueStart: number;
  /** The segment the speaker was found in; a later segment with its own speaker ends this event's text. */
  subjectSegment: number;
  /** Text runs to the next independent event or the sentence end, unless fixed (trailing attribution). */
  fixedEnd: boolean;
  /** What the speakers are reported to say, where its subject is looked for. */
  content?: TextRange;
}

export function segmentIndexAt(analysis: SentenceAnalysis, position: number): number {
  const index = analysis.segments.findIndex((segment) => position < segment.end);
  return index < 0 ? analysis.segments.length - 1 : index;
}

export function unquotedWords(analysis: SentenceAnalysis, range: TextRange): Word[] {
  return wordsIn(analysis.text, range).filter((word) => !insideAny(analysis.quoted, word.start));
}

/** The text of a range with its quoted stretches left out. */
export function withoutQuotations(analysis: SentenceAnalysis, range: TextRange): string {
  let kept = "";
  for (let position = range.start; position < range.end; position += 1) {
    if (!insideAny(analysis.quoted, position)) kept += analysis.text.charAt(position);
  }
  return kept;
}

/** Whether a segment opens with a subordinate opener, maybe past an adverb: "after ...", "shortly before ...". */
export const firstWordIsOpener = (analysis: SentenceAnalysis, range: TextRange) => {
  const [first, second] = wordsIn(analysis.text, range);
  if (first === undefined) return false;
  if (clauseOpeners.has(first.lower)) return true;
  return /^(?:shortly|just|soon|long|immediately|even|only|right)$/u.test(first.lower) && second !== undefined
    ? /^(?:before|after|since|when|as|while|though|if)$/u.test(second.lower)
    : false;
};

/** Auxiliaries and modals: a segment holding one is a clause, not an appositive. */
export const finiteVerbWords = new Set(
  "is are was were has have had will would can could should must may might does do did".split(" "),
);

/**
 * Where a reported clause begins: the first segment that is neither the attribution nor a subordinate opener
 * ("If ...", "Since that time, ...").
 */
export function mainClauseStart(
  analysis: SentenceAnalysis,
  isAttribution: (segment: TextRange, index: number) => boolean,
): number {
  const main = analysis.segments.find(
    (segment, index) => !isAttribution(segment, index) && !firstWordIsOpener(analysis, segment),
  );
  return main?.start ?? 0;
}
