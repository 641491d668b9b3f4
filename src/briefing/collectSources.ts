import type { Sentence } from "../domain/article";
import { type ActorPosition, positionCitations, type Source } from "../domain/briefing";

/** Every sentence cited by any point or summary, once each, in reading order. */
export function collectSources(
  positions: readonly ActorPosition[],
  sentences: readonly Sentence[],
): Source[] {
  const cited = new Set(positions.flatMap(positionCitations));
  return sentences.filter((sentence) => cited.has(sentence.id)).map(({ id, text }) => ({ id, text }));
}
