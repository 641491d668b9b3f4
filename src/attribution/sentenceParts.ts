/** A half-open character range [start, end) of a sentence. */
export interface TextRange {
  start: number;
  end: number;
}

const openingQuotes = new Set(["“", "«", "„"]);
const closingQuotes = new Set(["”", "»"]);

/** A straight or closing quotation mark right after a word or punctuation and before a space or the end. */
function closesQuotation(text: string, index: number): boolean {
  const character = text.charAt(index);
  if (character !== '"' && !closingQuotes.has(character)) return false;
  return (
    index > 0 &&
    /\S/u.test(text.charAt(index - 1)) &&
    /^(?:\s|$|[.,;:!?)])/u.test(text.slice(index + 1, index + 2))
  );
}

/**
 * Quoted stretches of a sentence. Straight quotes pair up in order; a quote left open runs to the end (a
 * quotation that continues into the next sentence); a first mark that can only close one starts the sentence
 * inside a quotation begun before.
 */
export function findQuotedRanges(text: string): TextRange[] {
  return scanQuotations(text).ranges;
}

/** Whether a quotation opened in the sentence is still open at its end (it runs on into the next one). */
export function leavesQuotationOpen(text: string): boolean {
  return scanQuotations(text).leftOpen;
}

/** Whether the sentence starts inside a quotation begun earlier and closes it (`... this," Zelenskiy said.`). */
export function closesEarlierQuotation(text: string): boolean {
  const first = scanQuotations(text).ranges[0];
  return first !== undefined && first.start === 0 && !/^["“«„]/u.test(text);
}

function scanQuotations(text: string): { ranges: TextRange[]; leftOpen: boolean } {
  const ranges: TextRange[] = [];
  let openAt = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    // A closing mark with none open ends a quotation begun in an earlier sentence: `... this," Zelenskiy said.`
    if (openAt < 0 && ranges.length === 0 && closesQuotation(text, index))
      ranges.push({ start: 0, end: index + 1 });
    else if (openAt < 0 && (character === '"' || openingQuotes.has(character))) openAt = index;
    else if (openAt >= 0 && (character === '"' || closingQuotes.has(character))) {
      ranges.push({ start: openAt, end: index + 1 });
      openAt = -1;
    }
  }
  if (openAt >= 0) ranges.push({ start: openAt, end: text.length });
  return { ranges, leftOpen: openAt >= 0 };
}

export function insideAny(ranges: readonly TextRange[], position: number): boolean {
  return ranges.some((range) => range.start <= position && position < range.end);
}

/** Clause breaks; a dash between two letters ("the EU–China summit") joins a compound instead. */
const segmentBreak = /[,;:]|(?<!\p{L})[—–]|[—–](?!\p{L})|\s-\s/gu;

/**
 * 'Russia is "a threat," the ministry said': the comma that closes a quoted phrase inside a clause, American
 * style, ends the clause as a comma after the quotation would. The quotation it closes, returned, ends there.
 */
function closingCommaOfPartialQuote(
  text: string,
  quoted: readonly TextRange[],
  match: RegExpMatchArray,
  segmentStart: number,
): TextRange | undefined {
  const at = match.index ?? 0;
  if (match[0] !== ",") return undefined;
  const quotation = quoted.find((range) => range.start <= at && at < range.end);
  if (!quotation || quotation.end !== at + 2 || !/["”’]/u.test(text.charAt(at + 1))) return undefined;
  // A quotation that opens its clause ('"China is arming Russia," Stoltenberg said') is the whole clause.
  if (/^[\s"“‘']*$/u.test(text.slice(segmentStart, quotation.start))) return undefined;
  return quotation;
}

/**
 * The comma-, semicolon-, colon- and dash-separated stretches of a sentence, outside quotations, trimmed of
 * spaces. A quotation stays inside one segment however many commas it holds, but for the comma closing a quoted
 * phrase inside a clause.
 */
export function splitSegments(text: string, quoted: readonly TextRange[]): TextRange[] {
  const segments: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(segmentBreak)) {
    const closing = closingCommaOfPartialQuote(text, quoted, match, start);
    if (insideAny(quoted, match.index) && !closing) continue;
    segments.push({ start, end: match.index });
    start = closing ? closing.end : match.index + match[0].length;
  }
  segments.push({ start, end: text.length });
  return segments.map((segment) => trimRange(text, segment)).filter((segment) => segment.end > segment.start);
}

export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

export interface Word extends TextRange {
  text: string;
  lower: string;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The words of a stretch of text, with absolute offsets; a trailing dot or possessive stays attached. */
export function wordsIn(text: string, range: TextRange = { start: 0, end: text.length }): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(range.start, range.end).matchAll(wordPattern)) {
    const word = match[0].replace(/[.'’-]+$/u, "");
    const start = range.start + match.index;
    words.push({ start, end: start + word.length, text: word, lower: word.toLowerCase() });
  }
  return words;
}
