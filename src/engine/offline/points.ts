import type { Point, PointKind } from "../../briefing/schema";
import { leadingMarkerPattern } from "./lexicon";
import type { TextRange } from "./sentenceParts";

/** A wire dateline opening a story: "KYIV, Ukraine (AP) — ", "BRUSSELS (Reuters) - ". */
const datelinePattern = /^[A-Z][A-Z .'’-]{3,}(?:,\s*[\p{L} .'’-]+?)?\s*(?:\([^)]{1,40}\)\s*)?[-—–]+\s+/u;

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

export interface PointCandidate {
  kind: PointKind;
  text: string;
  citation: string;
}

const contentTokens = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((token) => token.length > 2),
  );

function nearlySame(left: Set<string>, right: Set<string>): boolean {
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  const smaller = Math.min(left.size, right.size);
  return smaller > 0 && shared / smaller >= 0.85;
}

/**
 * Points from candidates in reading order: a candidate nearly the same as an earlier point of the same kind
 * (articles often repeat a statement in a summary bullet) adds its citation to that point instead.
 */
export function mergePoints(candidates: readonly PointCandidate[], limit: number): Point[] {
  const points: { point: Point; tokens: Set<string> }[] = [];
  for (const candidate of candidates) {
    const tokens = contentTokens(candidate.text);
    const same = points.find(
      (existing) => existing.point.kind === candidate.kind && nearlySame(existing.tokens, tokens),
    );
    if (same) {
      if (!same.point.citations.includes(candidate.citation)) same.point.citations.push(candidate.citation);
      continue;
    }
    if (points.length >= limit) continue;
    points.push({
      point: { text: candidate.text, kind: candidate.kind, citations: [candidate.citation] },
      tokens,
    });
  }
  return points.map((entry) => entry.point);
}
