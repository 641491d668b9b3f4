import { split } from "sentence-splitter";

/** A paragraph of an article as stored: its text and whether it was a "- " bullet. */
export interface Paragraph {
  text: string;
  bullet: boolean;
}

/** A citable sentence. `text` is exactly the article's text, character for character. */
export interface Sentence {
  id: string;
  /** 1-based position in reading order (S{index}). */
  index: number;
  /** 0-based paragraph the sentence belongs to. */
  paragraph: number;
  text: string;
}

// sentence-splitter breaks after a dotted initialism ("the E.U. foreign policy chief"); a fragment that
// starts in lower case continues the previous sentence.
const continuesPrevious = /^[a-z]/;

// sentence-splitter keeps "... on May 15. He said ..." together (it reads "15." as an ordinal, as German writes
// it); in English a number, a full stop and a capitalised word after a few words of a sentence end it.
const afterNumberEnd = /(?<=\b\d{1,4}\.)\s+(?=\p{Lu}\p{Ll})/gu;

function splitAfterNumbers(piece: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of piece.matchAll(afterNumberEnd)) {
    const before = piece.slice(start, match.index);
    if (before.trim().split(/\s+/).length < 3) continue;
    parts.push(before.trim());
    start = match.index + match[0].length;
  }
  parts.push(piece.slice(start).trim());
  return parts;
}

function splitParagraph(text: string): string[] {
  const pieces: string[] = [];
  let pendingStart = -1;
  let pendingEnd = -1;
  for (const node of split(text)) {
    if (node.type !== "Sentence") continue;
    const [start, end] = node.range;
    const piece = text.slice(start, end).trim();
    if (piece === "") continue;
    if (pendingStart >= 0 && continuesPrevious.test(piece)) {
      pendingEnd = end;
      continue;
    }
    if (pendingStart >= 0) pieces.push(text.slice(pendingStart, pendingEnd).trim());
    pendingStart = start;
    pendingEnd = end;
  }
  if (pendingStart >= 0) pieces.push(text.slice(pendingStart, pendingEnd).trim());
  return pieces.flatMap(splitAfterNumbers);
}

/** Splits paragraphs into sentences with ids S1..Sn in reading order. */
export function splitSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const text of splitParagraph(paragraph.text)) {
      const index = sentences.length + 1;
      sentences.push({ id: `S${index}`, index, paragraph: paragraphIndex, text });
    }
  });
  return sentences;
}
