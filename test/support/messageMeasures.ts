import type { Sentence } from "../../src/domain/article";
import { blockTexts } from "../../src/render/blocks";
import { readTextDirective, type TextDirective } from "../../src/render/citationLinks";

/**
 * Measures of a posted Slack message, as a reader meets it: its text strings, the sentences of the article it
 * links to, and how often each article sentence appears in it. Shared by the acceptance tests and
 * bench/briefingLayout.ts, which writes the figures in docs/briefing-layout.md.
 */

/** A message's blocks as posted: an array, or the JSON string a form-encoded call carries. */
const parsedBlocks = (blocks: unknown) =>
  typeof blocks === "string" ? (JSON.parse(blocks) as unknown) : blocks;

/** Characters as slack-preview counts them: the blocks' text strings, markup and link URLs included. */
export function markupCharacters(blocks: unknown): number {
  return blockTexts(parsedBlocks(blocks)).join("").length;
}

const linkPattern = /<(https?:[^<>|]+)\|[^<>]*>/g;
const decodeEntities = (text: string) =>
  text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The text directives of every link in the text (`#:~:text=`), decoded. */
export function textFragmentDirectives(text: string): TextDirective[] {
  return [...text.matchAll(linkPattern)].flatMap((match) => {
    const directive = readTextDirective(decodeEntities(match[1] ?? ""));
    return directive ? [directive] : [];
  });
}

/** The sentence a directive picks out: its start opens the sentence's words and its end closes them. */
export function sentenceOfDirective(
  directive: TextDirective,
  sentences: readonly Sentence[],
): Sentence | undefined {
  const bare = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  return sentences.find((sentence) => {
    const words = bare(sentence.text);
    return directive.end === undefined
      ? words === directive.start
      : words.startsWith(directive.start) &&
          words.endsWith(directive.end) &&
          words.length >= directive.start.length + directive.end.length;
  });
}

/**
 * A run of this many words of a sentence in a line shows (part of) it; fewer would match stock phrases two
 * sentences share ("a united front against the West").
 */
const quotedRunWords = 8;

const wordsOf = (text: string) =>
  decodeEntities(text)
    .toLowerCase()
    .replace(/<[^<>|]*\|([^<>]*)>/g, "$1")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * How many lines of the message show each sentence: by a link to it, or by quoting a run of eight of its words
 * (a point is a clause of its sentence, a source quotes it whole). Sentences shown once or never are left out.
 */
export function sentencesShownMoreThanOnce(
  blocks: unknown,
  sentences: readonly Sentence[],
): Map<string, number> {
  const lines = blockTexts(parsedBlocks(blocks)).flatMap((text) => text.split("\n"));
  const runsOf = (words: readonly string[]) => {
    const runs = new Set<string>();
    for (let start = 0; start + quotedRunWords <= words.length; start += 1)
      runs.add(words.slice(start, start + quotedRunWords).join(" "));
    return runs;
  };
  const sentenceRuns = sentences.map((sentence) => ({ sentence, runs: runsOf(wordsOf(sentence.text)) }));
  const counts = new Map<string, number>();
  for (const line of lines) {
    const lineRuns = runsOf(wordsOf(line));
    const linked = new Set(
      textFragmentDirectives(line).flatMap(
        (directive) => sentenceOfDirective(directive, sentences)?.id ?? [],
      ),
    );
    for (const { sentence, runs } of sentenceRuns) {
      const quoted = [...runs].some((run) => lineRuns.has(run));
      if (quoted || linked.has(sentence.id)) counts.set(sentence.id, (counts.get(sentence.id) ?? 0) + 1);
    }
  }
  return new Map([...counts].filter(([, count]) => count > 1));
}
