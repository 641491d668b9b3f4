import { mentionsActor } from "../actors/mentions";
import type { Actor } from "../domain/actor";
import type { Sentence } from "../domain/article";
import { estimateTokens } from "./countTokens";

// Text inside a delimited block must not be able to close it: "</article>" in an article becomes "‹/article>".
const delimiterPattern = /<(\/?)(article|history|question)/gi;

/** Makes outside text safe to place between our delimiters, on one line. */
export function neutraliseDelimiters(text: string): string {
  return text.replace(delimiterPattern, "‹$1$2");
}

function sentenceLine(sentence: Sentence): string {
  return `[${sentence.id}] ${neutraliseDelimiters(sentence.text.replace(/\s+/g, " ").trim())}`;
}

/** `[S1] ...` one sentence a line, in reading order; `[…]` marks sentences left out between two sent ones. */
export function formatNumberedSentences(sentences: readonly Sentence[]): string {
  const lines: string[] = [];
  let previousIndex: number | undefined;
  for (const sentence of sentences) {
    if (previousIndex !== undefined && sentence.index > previousIndex + 1) lines.push("[…]");
    lines.push(sentenceLine(sentence));
    previousIndex = sentence.index;
  }
  return lines.join("\n");
}

export interface ArticleExcerpt {
  sentences: Sentence[];
  /** How many of the article's sentences were left out to stay within the token budget. */
  omitted: number;
}

/**
 * The sentences to send for a briefing. Within the budget: all of them. Past it: the sentences that mention
 * an actor plus their neighbours; then without neighbours; then the first of those that fit. Ids are kept.
 */
export function selectSentencesWithinBudget(
  sentences: readonly Sentence[],
  actors: readonly Actor[],
  tokenBudget: number,
): ArticleExcerpt {
  const lineTokens = new Map(
    sentences.map((sentence) => [sentence.id, estimateTokens(sentenceLine(sentence)) + 1]),
  );
  const cost = (chosen: readonly Sentence[]) =>
    chosen.reduce((total, sentence) => total + (lineTokens.get(sentence.id) ?? 0), 0);
  const result = (chosen: Sentence[]): ArticleExcerpt => ({
    sentences: chosen,
    omitted: sentences.length - chosen.length,
  });
  if (cost(sentences) <= tokenBudget) return result([...sentences]);

  const mentioning = new Set(
    sentences
      .filter((sentence) => actors.some((actor) => mentionsActor(sentence.text, actor)))
      .map((sentence) => sentence.index),
  );
  const withNeighbours = sentences.filter(
    (sentence) =>
      mentioning.has(sentence.index) ||
      mentioning.has(sentence.index - 1) ||
      mentioning.has(sentence.index + 1),
  );
  if (cost(withNeighbours) <= tokenBudget) return result(withNeighbours);
  const mentionsOnly = sentences.filter((sentence) => mentioning.has(sentence.index));
  const fitting: Sentence[] = [];
  let spent = 0;
  for (const sentence of mentionsOnly) {
    const lineCost = lineTokens.get(sentence.id) ?? 0;
    if (spent + lineCost > tokenBudget) break;
    fitting.push(sentence);
    spent += lineCost;
  }
  return result(fitting);
}
