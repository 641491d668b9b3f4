// Interviews laid out as questions and answers: the answers are the interviewee's, with no attribution of their own.
import type { Sentence } from "../domain/article";
import { agentNouns, nonGovernmentNouns } from "./lexicon";
import type { SentenceMention } from "./sentenceAnalysis";

const interviewHeadline = /\binterview(?:ed)?\b/iu;
const firstPerson = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b/u;
const isQuestion = (text: string) => text.trimEnd().endsWith("?");

/**
 * The actor an interview headline names its one official interviewee for ("Ukraine's foreign minister in an
 * interview with ..."), or undefined: no interview, several actors, no role or leader named, or a voice that is
 * not the government's ("a Chinese analyst in an interview").
 */
export function intervieweeOf(headline: string, mentions: readonly SentenceMention[]): string | undefined {
  if (!interviewHeadline.test(headline)) return undefined;
  const actors = new Set(mentions.map((mention) => mention.actor));
  const words = headline.toLowerCase().split(/[^\p{L}-]+/u);
  if (actors.size !== 1 || words.some((word) => nonGovernmentNouns.has(word))) return undefined;
  const official = mentions.some((mention) => mention.person) || words.some((word) => agentNouns.has(word));
  return official ? [...actors][0] : undefined;
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
 * A sentence of an answer the interviewee states: not a question of its own, and in the first person or naming an
 * actor ("The Ukrainian position is $30."), so asides such as "This requires a G7 solution." make no point.
 */
export const answersForInterviewee = (
  sentence: Sentence,
  mentions: readonly SentenceMention[],
  answers: ReadonlySet<number>,
) =>
  answers.has(sentence.paragraph) &&
  !isQuestion(sentence.text) &&
  (firstPerson.test(sentence.text) || mentions.length > 0);
