import { split } from "sentence-splitter";
import type { Paragraph, Sentence } from "../domain/article";

// sentence-splitter breaks after a dotted initialism ("the E.U. foreign policy chief"); a fragment that
// starts in lower case continues the previous sentence.
const continuesPrevious = /^[a-z]/;

// Nor does a title abbreviation end one: "met with H.E. Celso Amorim", "Amb. Fu Cong said".
const endsInTitle = /(?:^|\s)(?:H\.\s?E|Amb|Adm|Gen|Lt|Col|Capt|Maj|Sen|Rep|Gov|Prof|Hon)\.$/u;

// Nor does a dotted initialism before the name of one of its bodies or officials: "the U.N. Security Council",
// "the U.N. Charter", "U.S. President Donald Trump", "the E.U. Commission".
const endsInUnitedNations = /(?:^|\s)(?:U\.N|U\.S|U\.K|E\.U)\.$/u;
const unitedNationsBody =
  /^(?:Security|General|Charter|Human|Secretary|Special|High|Office|Mission|Convention|Peacekeeping|Children|Refugee|Food|Development|Atomic|Nuclear|President|Vice|Treasury|State|Senate|Congress|House|Ambassador|Envoy|Trade|Commerce|Defen[cs]e|Department|Embassy|Representative|Foreign|Prime|Commission|Council|Parliament|Administration|Government|Army|Navy|Air|National|Federal|Justice)\b/u;

// Nor does a clock time before its zone: "at 8.00 a.m. Moscow time on January 1", "at 5 p.m. GMT".
const endsInClockTime = /\b[ap]\.m\.$/iu;
const timeZone = /^(?:\p{Lu}[\p{L}-]+\s+time\b|(?:GMT|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|BST)\b)/u;

// sentence-splitter keeps "... on May 15. He said ..." together (it reads "15." as an ordinal, as German writes
// it); in English a number, a full stop and a capitalised word after a few words of a sentence end it.
const afterNumberEnd = /(?<=\b\d{1,4}\.)\s+(?=\p{Lu}\p{Ll})/gu;

// sentence-splitter keeps a quotation in straight quotes whole however many sentences it holds (`"We will
// fight. We will win," he said.`), though it splits the same in curly quotes. A full stop after a lower-case
// word inside one, or after its closing mark, followed by a capital, ends a sentence there too.
function splitInsideStraightQuotes(piece: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let open = false;
  for (let index = 0; index < piece.length; index += 1) {
    const character = piece.charAt(index);
    if (character === '"') open = !open;
    if (!/[.!?]/u.test(character) || !/\p{Ll}{2}$|\d$/u.test(piece.slice(Math.max(start, index - 2), index)))
      continue;
    const closing = piece.charAt(index + 1) === '"' && open;
    const end = closing ? index + 2 : index + 1;
    if ((open || closing) && /^\s+\p{Lu}/u.test(piece.slice(end))) {
      parts.push(piece.slice(start, end).trim());
      start = end;
      if (closing) {
        open = false;
        index += 1;
      }
    }
  }
  parts.push(piece.slice(start).trim());
  return parts.filter((part) => part !== "");
}

// sentence-splitter also keeps a sentence that ends in a quotation opened inside it together with the next one
// ('It was "a direct challenge." She added ...' in curly quotes): a full stop, a closing mark and a capital
// end it.
const afterClosingQuote = /(?<=[.!?…]["”’»])\s+(?=["“‘«]?\p{Lu})/gu;

/** The piece cut wherever `boundary` matches, without empty parts. */
function splitAt(piece: string, boundary: RegExp): string[] {
  return piece
    .split(boundary)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

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

// Copied pages lose the space after a full stop ("... a full investigation.Wang also said ..."), which
// sentence-splitter then reads as one sentence: a stop after a lower-case word, right before a capitalised word
// of three letters or more, ends one ("News.Az" and "U.S.Army" are names).
const runOnStop = /(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll}{2,}\b)/gu;

function splitParagraph(text: string): string[] {
  const pieces: string[] = [];
  let pendingStart = -1;
  let pendingEnd = -1;
  for (const node of split(text)) {
    if (node.type !== "Sentence") continue;
    const [start, end] = node.range;
    const piece = text.slice(start, end).trim();
    if (piece === "") continue;
    const pending = text.slice(Math.max(pendingStart, 0), pendingEnd).trim();
    const unitedNations = endsInUnitedNations.test(pending) && unitedNationsBody.test(piece);
    const clockTime = endsInClockTime.test(pending) && timeZone.test(piece);
    if (
      pendingStart >= 0 &&
      (continuesPrevious.test(piece) || endsInTitle.test(pending) || unitedNations || clockTime)
    ) {
      pendingEnd = end;
      continue;
    }
    if (pendingStart >= 0) pieces.push(text.slice(pendingStart, pendingEnd).trim());
    pendingStart = start;
    pendingEnd = end;
  }
  if (pendingStart >= 0) pieces.push(text.slice(pendingStart, pendingEnd).trim());
  return pieces
    .flatMap(splitInsideStraightQuotes)
    .flatMap((piece) => splitAt(piece, afterClosingQuote))
    .flatMap(splitAfterNumbers)
    .flatMap((piece) => splitAt(piece, runOnStop));
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
