// Articles that are one official's own words: question-and-answer interviews (the answers are the interviewee's,
// with no attribution of their own), statements published under the speaker's name ("Statement by ..."), and
// transcripts with a speaker label on each turn.
import type { Sentence } from "../domain/article";
import { agentNouns, nonGovernmentNouns } from "./lexicon";
import type { SentenceMention, SpeechEvent } from "./sentenceAnalysis";
import { subjectOfQuotedSentence } from "./speechEvents";

const interviewHeadline = /\binterview(?:ed)?\b/iu;
/** "Statement by Head of the Russian delegation ...", "Remarks by the Foreign Minister of Ukraine at ...". */
const statementHeadline =
  /^(?:(?:press|official|opening|closing|keynote|video)\s+)?(?:statement|remarks|speech|address|comments)\s+(?:by|of)\s+/iu;
/** "Putin's statements in an interview with ...", "Kallas's remarks at ...": the owner before "'s" is credited. */
const possessiveStatementHeadline =
  /^([^,:;"“”]{1,80}?)['’]s?\s+(?:(?:full|key|main)\s+)?(?:statements?|remarks|speech|address|comments|words)\b/u;
/** Where the name of the one a statement headline credits ends: "... Vladimir Medinsky following the talks". */
const creditEnd =
  /\s(?:following|after|at|on|in|during|before|to|regarding|concerning|about|over|with)\s|[,:;(–—]|\s-\s/u;
const firstPerson = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b/u;
const isQuestion = (text: string) => text.trimEnd().endsWith("?");

/**
 * The actor whose one official the stretch names (a person of the actor or a role: "Ukraine's foreign minister",
 * "Head of the Russian delegation Vladimir Medinsky"), or undefined: several actors, no role or leader named, or
 * a voice that is not the government's ("a Chinese analyst").
 */
function officialActorIn(text: string, mentions: readonly SentenceMention[]): string | undefined {
  const actors = new Set(mentions.map((mention) => mention.actor));
  const words = text.toLowerCase().split(/[^\p{L}-]+/u);
  if (actors.size !== 1 || words.some((word) => nonGovernmentNouns.has(word))) return undefined;
  const official = mentions.some((mention) => mention.person) || words.some((word) => agentNouns.has(word));
  return official ? [...actors][0] : undefined;
}

/**
 * The actor an interview headline names its one official interviewee for ("Ukraine's foreign minister in an
 * interview with ..."), or undefined: no interview, several actors, no role or leader named, or a voice that is
 * not the government's ("a Chinese analyst in an interview").
 */
export function intervieweeOf(headline: string, mentions: readonly SentenceMention[]): string | undefined {
  return interviewHeadline.test(headline) ? officialActorIn(headline, mentions) : undefined;
}

/**
 * The actor whose official a statement headline credits with the whole text ("Statement by Head of the Russian
 * delegation Vladimir Medinsky following the talks in Istanbul": Russia; the talks are not the credit), or
 * undefined: another headline, a joint statement of several actors, or a voice that is not the government's.
 */
export function statementAuthorOf(
  headline: string,
  mentions: readonly SentenceMention[],
): string | undefined {
  const opening = statementHeadline.exec(headline);
  const possessive = opening ? null : possessiveStatementHeadline.exec(headline);
  if (!opening && !possessive) return undefined;
  const start = opening ? opening[0].length : 0;
  const end = possessive
    ? (possessive[1] as string).length
    : start + (creditEnd.exec(headline.slice(start))?.index ?? headline.length - start);
  const credited = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  return officialActorIn(headline.slice(start, end), credited);
}

/**
 * The paragraphs that answer: after the first paragraph ending in a question, each paragraph that does not end in
 * one itself and speaks in the first person ("I don't think ...", "We consider it justified").
 */
export function answerParagraphs(sentences: readonly Sentence[]): Set<number> {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    byParagraph.set(sentence.paragraph, [...(byParagraph.get(sentence.paragraph) ?? []), sentence]);
  }
  const answers = new Set<number>();
  let asked = false;
  for (const [paragraph, members] of [...byParagraph].sort(([left], [right]) => left - right)) {
    const last = members.at(-1) as Sentence;
    if (isQuestion(last.text)) asked = true;
    else if (asked && members.some((sentence) => firstPerson.test(sentence.text))) answers.add(paragraph);
  }
  return answers;
}

/**
 * A sentence in the speaker's own voice: not a question, and in the first person or naming an actor ("The
 * Ukrainian position is $30."), so asides such as "This requires a G7 solution." make no point.
 */
const inOwnVoice = (sentence: Sentence, mentions: readonly SentenceMention[]) =>
  !isQuestion(sentence.text) && (firstPerson.test(sentence.text) || mentions.length > 0);

/** A sentence of an answer the interviewee states (see inOwnVoice). */
export const answersForInterviewee = (
  sentence: Sentence,
  mentions: readonly SentenceMention[],
  answers: ReadonlySet<number>,
) => answers.has(sentence.paragraph) && inOwnVoice(sentence, mentions);

/** A sentence of a statement's body (the headline is not) that its author states (see inOwnVoice). */
export const statedByAuthor = (sentence: Sentence, mentions: readonly SentenceMention[]) =>
  sentence.paragraph > 0 && inOwnVoice(sentence, mentions);

/** "Mao Ning: We have noticed the reports." / "Reuters reporter: ..." / "Q: ...": a speaker label opening a paragraph. */
const turnLabel =
  /^((?:\p{Lu}[\p{L}.’'-]*|reporter|correspondent|journalist)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|reporter|correspondent|journalist)){0,3})\s*:\s+(?=\S)/u;

/** Labels of an outlet's layout, not of a speaker: "Details: ...", "Background: ...", "Quote: ...". */
const layoutLabel =
  /^(?:details|background|quote|quotes|source|sources|update|context|reminder|recap|note)$/iu;

/** One speaker's turn in a transcript; the speaker is read from the label's mentions when its paragraph is read. */
export interface TranscriptTurn {
  label: string;
  /** The sentence that opens with the label, and where the label ends in it. */
  opensIn: string;
  labelEnd: number;
}

/**
 * The turn each paragraph of a transcript belongs to (a paragraph without a label continues the turn before it),
 * or nothing when the article is no transcript: at least three labelled paragraphs, under two labels or more,
 * one of them met twice. A lone "Kyiv: ..." or "Update: ..." is no transcript.
 */
export function transcriptTurns(sentences: readonly Sentence[]): Map<number, TranscriptTurn> {
  const turns = new Map<number, TranscriptTurn>();
  let current: TranscriptTurn | undefined;
  for (const sentence of sentences) {
    if (turns.has(sentence.paragraph)) continue;
    const label = turnLabel.exec(sentence.text);
    if (label && layoutLabel.test(label[1] as string)) current = undefined;
    else if (label) current = { label: label[1] as string, opensIn: sentence.id, labelEnd: label[0].length };
    if (current) turns.set(sentence.paragraph, current);
  }
  const labels = [...new Set(turns.values())].map((turn) => turn.label);
  const repeated = labels.some((label, index) => labels.indexOf(label) !== index);
  return labels.length >= 3 && new Set(labels).size >= 2 && repeated ? turns : new Map();
}

/**
 * The actor a turn's label names as one of its own voices ("Mao Ning", "Kaja Kallas", "Foreign Ministry
 * spokesperson"), or undefined for anyone else: a questioner ("Reuters", "Interviewer", "Q") or a bare
 * country name, which says nothing of who speaks.
 */
export function turnSpeaker(turn: TranscriptTurn, mentions: readonly SentenceMention[]): string | undefined {
  return officialActorIn(
    turn.label,
    mentions.filter((mention) => mention.end <= turn.labelEnd),
  );
}

/** Where a transcript sentence's own text starts: after the label in the sentence that opens the turn. */
export const turnTextStart = (turn: TranscriptTurn, sentence: Sentence) =>
  sentence.id === turn.opensIn ? turn.labelEnd : 0;

/** A sentence of an official's turn the official states (see inOwnVoice). */
export const statedInTurn = (sentence: Sentence, mentions: readonly SentenceMention[]) =>
  inOwnVoice(sentence, mentions);

/**
 * A transcript sentence's events, read past its label. An official's turn is then read like any text in its
 * author's own voice (see statedInTurn). A questioner's words are the questioner's: what they say an actor said
 * or did is their claim about it ("Earlier, Putin claimed that ..." in a reporter's question is not Russia's
 * statement).
 */
export function eventsInTurn(
  events: readonly SpeechEvent[],
  turn: TranscriptTurn,
  speaker: string | undefined,
  sentence: Sentence,
  mentions: readonly SentenceMention[],
): SpeechEvent[] {
  const start = turnTextStart(turn, sentence);
  const afterLabel = (event: SpeechEvent): SpeechEvent => ({
    ...event,
    text: { start: Math.max(start, event.text.start), end: event.text.end },
  });
  if (speaker !== undefined) return events.map(afterLabel);
  const whole = { start, end: sentence.text.length };
  const about = subjectOfQuotedSentence(sentence.text, mentions);
  if (events.length === 0) {
    if (isQuestion(sentence.text) || about.length === 0) return [];
    return [
      {
        kind: "statement",
        cue: "transcript question",
        speakers: [],
        targets: about,
        text: whole,
        claimant: turn.label,
      },
    ];
  }
  return events.map((event) =>
    event.kind === "hearsay"
      ? afterLabel(event)
      : afterLabel({
          ...event,
          speakers: [],
          targets: [...new Set([...event.speakers, ...event.targets])],
          claimant: turn.label,
        }),
  );
}
