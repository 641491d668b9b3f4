import type { Sentence } from "../sentences/splitSentences";
import type { ActorPosition, Source } from "./schema";

/** Every sentence cited by any point, once each, in reading order. */
export function collectSources(
  positions: readonly ActorPosition[],
  sentences: readonly Sentence[],
): Source[] {
  const cited = new Set(positions.flatMap((position) => position.points.flatMap((point) => point.citations)));
  return sentences.filter((sentence) => cited.has(sentence.id)).map(({ id, text }) => ({ id, text }));
}
