import type { Briefing } from "../../src/domain/briefing";

/**
 * A model's reply (the structured output the briefing prompt asks for) that says what a briefing says: each
 * actor's status, summary and points with their citations. From the offline briefing of an article it is a
 * realistic reply that passes verification, as long as a model's would be for that article.
 */
export function modelReplyOf(briefing: Pick<Briefing, "positions">) {
  return {
    positions: briefing.positions.map((position) => ({
      actor: position.actor,
      status: position.status,
      summary: position.summary ?? "",
      points: position.points.map((point) => ({
        text: point.text,
        kind: point.kind,
        citations: point.citations,
      })),
    })),
  };
}
