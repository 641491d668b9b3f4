import type { ActorPosition, Point } from "../domain/briefing";
import { clauseOpeners } from "./lexicon";
import { findQuotedRanges, leavesQuotationOpen, splitSegments, wordsIn } from "./sentenceParts";

/** An actor's bottom line is at most this many words. */
export const maxGistWords = 25;
/** A main clause shorter than this is not worth losing the opening for ("As he said, it was."). */
const minimumMainClauseWords = 4;
/** A cut for length keeps at least this many words. */
const minimumCutWords = 8;

const wordCount = (text: string) => wordsIn(text).length;

/**
 * An actor's gist in a point's own words, never paraphrased: its main clause, that is without a leading
 * subordinate or adverbial opening ("Amid international unilateralism ..., Xi vows ..." → "Xi vows ..."), kept
 * only if `keepsMeaning` accepts the clause (the actor must still be named in it); then, if still over
 * `maxWords`, cut at its last clause break within them (or at the limit) and marked with "…".
 */
export function gistOf(
  text: string,
  options: { maxWords?: number; keepsMeaning?: (mainClause: string) => boolean } = {},
): string {
  const maxWords = options.maxWords ?? maxGistWords;
  const segments = splitSegments(text, findQuotedRanges(text));
  const opensWithOpener = (start: number, end: number) =>
    clauseOpeners.has(wordsIn(text, { start, end })[0]?.lower ?? "");
  let gist = text;
  const first = segments[0];
  if (first && opensWithOpener(first.start, first.end)) {
    const main = segments.find((segment) => !opensWithOpener(segment.start, segment.end));
    const mainClause = main ? text.slice(main.start) : "";
    if (wordCount(mainClause) >= minimumMainClauseWords && (options.keepsMeaning?.(mainClause) ?? true)) {
      gist = mainClause.charAt(0).toUpperCase() + mainClause.slice(1);
    }
  }
  const words = wordsIn(gist);
  if (words.length <= maxWords) return gist;
  const limit = (words[maxWords - 1] as (typeof words)[number]).end;
  const breaks = splitSegments(gist, findQuotedRanges(gist))
    .map((segment) => segment.end)
    .filter((end) => end <= limit && wordCount(gist.slice(0, end)) >= minimumCutWords);
  const cut = gist.slice(0, breaks.at(-1) ?? limit).replace(/[\s,;:—–-]+$/u, "");
  return `${cut}…${leavesQuotationOpen(cut) ? "”" : ""}`;
}

/**
 * The stated point an actor's bottom line is drawn from: its first one (articles lead with the news) whose
 * sentences no other actor is stated in, so a joint or shared sentence does not stand for this actor alone;
 * else its first stated point. Undefined when it has none.
 */
export function gistPoint(positions: readonly ActorPosition[], actor: string): Point | undefined {
  const stated = (position: ActorPosition) => position.points.filter((point) => point.kind === "stated");
  const othersStated = new Set(
    positions
      .filter((position) => position.actor !== actor)
      .flatMap((position) => stated(position).flatMap((point) => point.citations)),
  );
  const own = positions.find((position) => position.actor === actor);
  const candidates = own ? stated(own) : [];
  return candidates.find((point) => point.citations.every((id) => !othersStated.has(id))) ?? candidates[0];
}
