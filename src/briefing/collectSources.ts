import type { Sentence } from "../sentences/splitSentences";
import type { ActorPosition, Source } from "./schema";

/** A sentence id cited inside a summary, written "[S12]" (how a `none` position cites the mentions). */
export const summaryCitationPattern = /\[(S[1-9]\d*)\]/g;

/** The ids a position's summary cites, in order. */
export function summaryCitations(summary: string | undefined): string[] {
  return [...(summary ?? "").matchAll(summaryCitationPattern)].map((match) => match[1] as string);
}

/** Every sentence cited by any point or summary, once each, in reading order. */
export function collectSources(
  positions: readonly ActorPosition[],
  sentences: readonly Sentence[],
): Source[] {
  const cited = new Set(
    positions.flatMap((position) => [
      ...position.points.flatMap((point) => point.citations),
      ...summaryCitations(position.summary),
    ]),
  );
  return sentences.filter((sentence) => cited.has(sentence.id)).map(({ id, text }) => ({ id, text }));
}
