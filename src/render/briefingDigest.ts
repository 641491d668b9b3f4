import { type BriefingPlacement, placeBriefing } from "../attribution/sentencePlacement";
import type { ActorPosition, Briefing, Point, PositionStatus } from "../domain/briefing";

/**
 * What a briefing shows, decided once for every edge (Slack, terminal): each actor's bottom line, then what it
 * says and what others say about it, each article sentence at most once. A sentence several actors are read in
 * is shown under the actor `placeBriefing` places it under (attribution/sentencePlacement.ts) with the others
 * named; what does not fit the limits, or reads a sentence placed elsewhere differently, waits in `more`.
 */

export type BottomLine =
  /** The actor's gist in at most 25 words: its verified summary, or its best stated point's main clause. */
  | { kind: "gist"; text: string; citations: string[] }
  /** Nothing of its own: only what others claim, and who they are ("Western officials", "Ukraine"). */
  | { kind: "others_only"; claimants: string[] }
  /** Mentioned, with no position of its own or about it; the sentences that mention it. */
  | { kind: "no_position"; mentionedIn: string[] }
  | { kind: "not_mentioned" };

export interface ShownPoint {
  text: string;
  citations: string[];
  /** Attributed points: who claims it; undefined when the article does not say. */
  claimant?: string | undefined;
  /** Other actors read as saying the same sentence (a joint statement), shown once under the first. */
  alsoSaidBy: string[];
}

export interface ActorDigest {
  actor: string;
  status: PositionStatus;
  bottomLine: BottomLine;
  says: ShownPoint[];
  othersSay: ShownPoint[];
  /** Points left out of the lists above: past the limit, or whose sentence is shown elsewhere. */
  more: { says: ShownPoint[]; othersSay: ShownPoint[] };
}

export interface BriefingDigest {
  actors: ActorDigest[];
  /** How many points wait in `more`, over all actors. */
  moreCount: number;
}

/** The actor's bottom line: its own words' gist as placed, else who claims things about it, else a mention. */
function bottomLineOf(position: ActorPosition, placement: BriefingPlacement): BottomLine {
  const source = placement.bottomLines.get(position.actor);
  if (source) return { kind: "gist", text: source.text, citations: source.citations };
  const claims = position.points.filter((point) => point.kind === "attributed");
  if (claims.length > 0)
    return {
      kind: "others_only",
      claimants: [...new Set(claims.map((point) => point.claimant ?? unsourcedLabel.toLowerCase()))],
    };
  if (position.status === "not_mentioned") return { kind: "not_mentioned" };
  return { kind: "no_position", mentionedIn: placement.mentions.get(position.actor) ?? [] };
}

/** A bottom line in words every edge shows alike: a status (set in italics in Slack), a text, its citations. */
export function bottomLineParts(bottomLine: BottomLine): {
  status?: string;
  text?: string;
  citations: string[];
} {
  switch (bottomLine.kind) {
    case "gist":
      return { text: bottomLine.text, citations: bottomLine.citations };
    case "others_only":
      return { status: "only others' claims:", text: bottomLine.claimants.join(", "), citations: [] };
    case "no_position":
      return { status: "no stated position", citations: bottomLine.mentionedIn };
    case "not_mentioned":
      return { status: "not mentioned", citations: [] };
  }
}

/** How a claim names its claimant: in its own opening words ("Western nations have accused ..."), or not. */
export function claimantOpensText(point: Pick<ShownPoint, "text" | "claimant">): boolean {
  return (
    point.claimant !== undefined &&
    point.text.slice(0, point.claimant.length).toLowerCase() === point.claimant.toLowerCase()
  );
}

/** Claims the article does not source ("reportedly") are labelled so. */
export const unsourcedLabel = "Unsourced";

const shownPoint = (point: Point, alsoSaidBy: string[]): ShownPoint => ({
  text: point.text,
  citations: point.citations,
  ...(point.claimant !== undefined && { claimant: point.claimant }),
  alsoSaidBy,
});

/**
 * Digests a briefing, its points placed by `placeBriefing` (the rule thread answers name speakers by), so a
 * sentence is under the same actor in every message and edge. `pointsPerList` bounds each actor's "says" and
 * "others say" lists (a channel message shows `channelPointsPerList`, fewer for a long one; the terminal all);
 * a point past it waits in `more`.
 */
export function digestBriefing(
  briefing: Pick<Briefing, "positions">,
  pointsPerList: number = Number.POSITIVE_INFINITY,
): BriefingDigest {
  const { positions } = briefing;
  const placement = placeBriefing(positions);
  const digests: ActorDigest[] = positions.map((position) => ({
    actor: position.actor,
    status: position.status,
    bottomLine: bottomLineOf(position, placement),
    says: [],
    othersSay: [],
    more: { says: [], othersSay: [] },
  }));
  const more: Array<{ digest: ActorDigest; kind: "says" | "othersSay"; point: Point }> = [];
  for (const kind of ["stated", "attributed"] as const) {
    positions.forEach((position, index) => {
      const digest = digests[index] as ActorDigest;
      const list = kind === "stated" ? digest.says : digest.othersSay;
      for (const point of position.points.filter((candidate) => candidate.kind === kind)) {
        const place = placement.placeOf(point);
        if (place === "listed" && list.length < pointsPerList)
          list.push(shownPoint(point, placement.alsoSaidBy(point)));
        else if (place === "listed" || place === "more")
          more.push({ digest, kind: kind === "stated" ? "says" : "othersSay", point });
      }
    });
  }
  // The rest, once each, in the order of the lists above.
  for (const { digest, kind, point } of more)
    digest.more[kind].push(shownPoint(point, placement.alsoSaidBy(point)));
  const moreCount = digests.reduce(
    (total, digest) => total + digest.more.says.length + digest.more.othersSay.length,
    0,
  );
  return { actors: digests, moreCount };
}
