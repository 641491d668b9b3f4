import { placeBriefing } from "../attribution/sentencePlacement";
import type { Actor } from "../domain/actor";
import type { Article, Sentence } from "../domain/article";
import type { ActorPosition } from "../domain/briefing";
import { buildOfflinePositions } from "../engine/offline/offlineBriefingEngine";
import { verifyBriefingResult } from "../verify/verifyEngineResults";

/**
 * The actors' positions read from the whole article, as the offline briefing reads and verify checks them
 * (claimants named): what a follow-up answer rests on, so a thread says what its briefing says.
 */
export function readStance(
  article: Article,
  sentences: readonly Sentence[],
  actors: readonly Actor[],
): ActorPosition[] {
  if (actors.length === 0) return [];
  const request = { article, sentences, actors };
  return verifyBriefingResult(request, {
    engine: "offline",
    positions: buildOfflinePositions(request),
    shownSentenceIds: sentences.map((sentence) => sentence.id),
  }).positions;
}

/** At most this many of an actor's own sentences join the passages of a question about it. */
const stanceSentencesPerActor = 3;

/** Each asked actor's own sentences, its bottom line's first (as the briefing places it), a few per actor. */
export function stanceSentenceIds(stance: readonly ActorPosition[], asked: readonly string[]): string[] {
  const { bottomLines } = placeBriefing(stance);
  return stance
    .filter((position) => asked.includes(position.actor))
    .flatMap((position) => {
      const stated = position.points.filter((point) => point.kind === "stated");
      const gist = bottomLines.get(position.actor);
      const ids = [...(gist?.citations ?? []), ...stated.flatMap((point) => point.citations)];
      return [...new Set(ids)].slice(0, stanceSentencesPerActor);
    });
}
