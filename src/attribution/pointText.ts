import { leadingMarkerPattern } from "./lexicon";
import type { TextRange } from "./sentenceParts";

/** A wire dateline opening a story: "KYIV, Ukraine (AP) — ", "MOSCOW, May 7 (Reuters) - ". */
const datelinePattern = /^[A-Z][A-Z .'’-]{3,}(?:,\s*[\p{L}\p{N} .'’-]+?)?\s*(?:\([^)]{1,40}\)\s*)?[-—–]+\s+/u;

const subjectPronoun = /^(?:he|she|it|they)\b/iu;

/** A point's text stays short enough for a Slack line. */
export const maxPointLength = 300;

/**
 * A point's text: the stretch of the sentence that carries the statement, with discourse markers ("However,")
 * and dangling punctuation trimmed, capitalised, cut at a clause boundary when too long. Nothing is added that
 * the sentence does not say, except a resolved pronoun subject named in brackets ("[Russia] denied ...").
 */
export function pointTextFrom(
  sentence: string,
  range: TextRange,
  options: { keepOpening?: boolean; subjectName?: string } = {},
): string {
  let text = sentence.slice(range.start, range.end).trim().replace(datelinePattern, "");
  // A whole sentence quoted for a phrase inside it keeps its opening ("Amid ..., Putin had ordered ...").
  if (!options.keepOpening) text = text.replace(leadingMarkerPattern, "");
  // "It denied targeting ...": the pronoun is named in brackets, the way quotations mark an editor's insertion.
  if (options.subjectName) text = text.replace(subjectPronoun, `[${options.subjectName}]`);
  text = text.replace(/[\s,;:—–-]+$/u, "");
  if (text.length > maxPointLength) {
    const window = text.slice(0, maxPointLength - 1);
    const clauseBreak = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
    const cut = clauseBreak > maxPointLength / 2 ? clauseBreak : window.lastIndexOf(" ");
    text = `${window.slice(0, cut > 0 ? cut : window.length).replace(/[\s,;:]+$/u, "")}…`;
  }
  if (!/[.!?…"”’)]$/u.test(text)) text = `${text}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
