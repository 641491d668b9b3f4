// Points an official sets out as a numbered list: "Wang Yi expounded China's position, which can be summarised as
// the following five points: 1. ... 2. ...", or below "She said:". What follows is the speaker's own words.
import type { Sentence } from "../domain/article";

const countWords = new Map(
  ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map(
    (word, index) => [word, index + 2],
  ),
);

/** "the following five points:" / "the following points: 1." at a sentence's end, with the count if given. */
const listOpening =
  /\bthe\s+following\s+(?:(\d{1,2}|[a-z]+)\s+)?(?:points|proposals|principles|positions|elements)\s*:\s*(?:1\.)?\s*$/iu;
/** A numbered item's opening: "2. China advocates ...". */
const itemNumber = /^\s*(\d{1,2})\.\s+\S/u;

/** "She said:", "Zelenskiy added:": a speaker and a verb, then the colon that opens their words below. */
const blockOpening =
  /^\s*(?:[\p{L}.’'-]+\s+){1,6}?(?:said|says|added|stated|noted|wrote|declared|stressed|emphasi[sz]ed)\s*:\s*$/iu;
/** A block quotation runs over at most this many paragraphs after its opening. */
const maxBlockParagraphs = 3;

/** A list under way: whose points, how many, and the highest item number met so far. */
export interface EnumeratedPoints {
  speaker: string;
  count: number | undefined;
  lastItem: number;
  paragraph: number;
  /** For a block quotation ("She said:"), the paragraph that opened it: its words are the paragraphs below. */
  blockOpenedIn?: number;
}

/**
 * The list a sentence opens, when its one speaker announces numbered points at its end ("... the following five
 * points: 1."), or undefined.
 */
export function pointsOpenedBy(
  sentence: Sentence,
  speakers: readonly string[],
): EnumeratedPoints | undefined {
  if (speakers.length === 1 && blockOpening.test(sentence.text))
    return {
      speaker: speakers[0] as string,
      count: undefined,
      lastItem: 0,
      paragraph: sentence.paragraph,
      blockOpenedIn: sentence.paragraph,
    };
  const opening = listOpening.exec(sentence.text);
  if (!opening || speakers.length !== 1) return undefined;
  const countText = opening[1]?.toLowerCase();
  const count = countText === undefined ? undefined : (countWords.get(countText) ?? Number(countText));
  return {
    speaker: speakers[0] as string,
    count: Number.isFinite(count) ? count : undefined,
    lastItem: /1\.\s*$/u.test(sentence.text) ? 1 : 0,
    paragraph: sentence.paragraph,
  };
}

/**
 * Whether the list goes on into this sentence (and records the item it opens): up to the end of the paragraph
 * holding the last item, or, when no count was given, while each new paragraph opens with the next item.
 */
export function continuesPoints(points: EnumeratedPoints, sentence: Sentence): boolean {
  // A block quotation: the paragraphs right below its opening (the reading ends it at a sentence with a speaker).
  if (points.blockOpenedIn !== undefined)
    return (
      sentence.paragraph > points.blockOpenedIn &&
      sentence.paragraph <= points.blockOpenedIn + maxBlockParagraphs
    );
  const item = Number(itemNumber.exec(sentence.text)?.[1] ?? Number.NaN);
  const opensItem = item === points.lastItem + 1;
  if (sentence.paragraph !== points.paragraph) {
    const listDone = points.count !== undefined ? points.lastItem >= points.count : !opensItem;
    if (listDone) return false;
    points.paragraph = sentence.paragraph;
  }
  if (opensItem) points.lastItem = item;
  return true;
}
