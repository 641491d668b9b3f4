import type { Sentence } from "../domain/article";
import type { ActorPosition, Briefing, Point, PositionStatus } from "../domain/briefing";
import type { GoldActor, GoldFile, GoldPosition } from "./goldFile";
import { idsForEvidence, sentenceIdsByText } from "./scoreBriefing";

/**
 * A second labeller's gold file read as if it were a briefing: each of its positions a point citing its
 * evidence. Scored against a first labeller's gold file, it gives the figures two careful people reach on the
 * same articles, the floor under any engine's figures on that gold.
 */
export function briefingFromGold(gold: GoldFile, sentences: readonly Sentence[]): Briefing {
  const idsByText = sentenceIdsByText(sentences);
  const pointsOf = (items: readonly GoldPosition[], kind: Point["kind"]): Point[] =>
    items.flatMap((item) => {
      const citations = [...idsForEvidence(item.evidence, idsByText).ids];
      return citations.length > 0 ? [{ text: item.position, kind, citations }] : [];
    });
  const positions: ActorPosition[] = Object.entries(gold.actors).map(([actor, goldActor]) => {
    const points = [
      ...pointsOf(goldActor.stated, "stated"),
      ...pointsOf(goldActor.attributed_by_others, "attributed"),
    ];
    return { actor, status: statusOf(goldActor, points), points };
  });
  const cited = new Set(positions.flatMap((position) => position.points.flatMap((point) => point.citations)));
  return {
    article: { slug: gold.slug, title: gold.slug, hash: "" },
    // Not an engine: the scorer reads only positions and sources.
    engine: "labeller",
    actors: Object.keys(gold.actors),
    positions,
    sources: sentences
      .filter((sentence) => cited.has(sentence.id))
      .map((sentence) => ({ id: sentence.id, text: sentence.text })),
  };
}

function statusOf(goldActor: GoldActor, points: readonly Point[]): PositionStatus {
  if (goldActor.absent) return "not_mentioned";
  if (points.some((point) => point.kind === "stated")) return "stated";
  return points.length > 0 ? "attributed_only" : "none";
}
