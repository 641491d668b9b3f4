import type { Source } from "../domain/briefing";

/**
 * Citation numbers and links shared by every renderer of a briefing or of an answer in its thread, so "[3]"
 * means the same sentence in the channel message, its thread and the terminal.
 */

/**
 * The numbers of a briefing's sources: their place in its sources list (reading order), 1-based. Sentences an
 * answer cites that the briefing did not get the next numbers, in the order given, so an answer in the
 * briefing's thread never gives a briefing's number to another sentence.
 */
export function citationNumbering(
  briefingSources: readonly Pick<Source, "id">[],
  laterIds: readonly string[] = [],
): ReadonlyMap<string, number> {
  const numbers = new Map(briefingSources.map((source, index) => [source.id, index + 1]));
  for (const id of laterIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** Longer sentences are linked by their first and last words (textStart,textEnd), which keeps links short. */
const wholeSentenceWordLimit = 8;
const edgeWords = 4;

/**
 * Percent-encodes a text directive's term. encodeURIComponent already encodes `,` and `&`; `-` is left alone by
 * it but marks a prefix or suffix in the directive, so it is encoded too.
 */
export function encodeTextDirectiveTerm(text: string): string {
  return encodeURIComponent(text).replaceAll("-", "%2D");
}

/**
 * The article URL with a text fragment (`#:~:text=`, URL Fragment Text Directives) that makes the browser
 * scroll to and highlight the sentence. Quotes and punctuation at the sentence's edges are left out, since the
 * page may typeset them differently. A long sentence is linked by its first and last words; its opening grows
 * until none of `otherSentences` holds it, since the browser highlights from the first place it occurs.
 * Undefined for a missing or non-http(s) URL, or a sentence with no words.
 */
export function textFragmentUrl(
  articleUrl: string | undefined,
  sentence: string,
  otherSentences: readonly string[] = [],
): string | undefined {
  if (!articleUrl) return undefined;
  let url: URL;
  try {
    url = new URL(articleUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const words = sentence
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  let startWords = edgeWords;
  const others = otherSentences.filter((other) => other !== sentence);
  const opening = () => words.slice(0, startWords).join(" ");
  while (startWords < words.length - edgeWords && others.some((other) => other.includes(opening())))
    startWords += 1;
  const directive =
    words.length <= Math.max(wholeSentenceWordLimit, startWords + edgeWords)
      ? encodeTextDirectiveTerm(words.join(" "))
      : `${encodeTextDirectiveTerm(opening())},${encodeTextDirectiveTerm(words.slice(-edgeWords).join(" "))}`;
  url.hash = "";
  return `${url.href}#:~:text=${directive}`;
}

/** A text directive read back: its start and (for a range) end terms, decoded. */
export interface TextDirective {
  start: string;
  end?: string;
}

/** Reads the `#:~:text=` directive of a URL back (the inverse of textFragmentUrl, for checks and tests). */
export function readTextDirective(url: string): TextDirective | undefined {
  const match = /#:~:text=([^&]*)/.exec(url);
  if (!match?.[1]) return undefined;
  const [start, end] = match[1].split(",").map((term) => decodeURIComponent(term));
  if (start === undefined) return undefined;
  return end === undefined ? { start } : { start, end };
}
