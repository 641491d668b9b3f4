import type { Briefing, Point } from "../domain/briefing";
import type { GoldFile } from "./goldFile";

/**
 * The figures a gold file gives, summed over articles. A point is counted against the gold evidence it cites
 * (sentence ids by the evidence's exact text).
 */
export interface ScoreFigures {
  /** Gold stated positions of actors that state something. */
  statedPositions: number;
  /** Those with a stated point citing one of their evidence sentences (stated recall = covered / positions). */
  statedCovered: number;
  /** Stated points (any actor) citing only sentences the gold lists as others' claims about that actor. */
  claimsAsStated: number;
  /** Stated points of actors the gold says state nothing (`no_stated_position` or `absent`). */
  falseStated: number;
  /** How many such actors got a stated point. */
  falseStatedActors: number;
  /**
   * Points of actors that do state something, filed the wrong way: a stated point citing none of the actor's
   * stated evidence and only sentences the gold lists as others' claims about it, as its mere mentions, or as
   * another actor's statements; or an attributed point citing only the actor's own stated evidence.
   */
  attributionErrors: number;
  /** Stated points, and those citing some of the actor's gold stated evidence (precision = supported / all). */
  statedPoints: number;
  statedPointsSupported: number;
}

export const noFigures: ScoreFigures = {
  statedPositions: 0,
  statedCovered: 0,
  claimsAsStated: 0,
  falseStated: 0,
  falseStatedActors: 0,
  attributionErrors: 0,
  statedPoints: 0,
  statedPointsSupported: 0,
};

export function addFigures(left: ScoreFigures, right: ScoreFigures): ScoreFigures {
  const sum = { ...left };
  for (const key of Object.keys(sum) as (keyof ScoreFigures)[]) sum[key] += right[key];
  return sum;
}

/** Sentence ids of exact evidence texts. */
export type EvidenceIds = (evidence: readonly string[]) => Set<string>;

/** A point the figures count as misfiled, for a person to read. */
export interface MisfiledPoint {
  actor: string;
  why: "claim as stated" | "false stated" | "misattributed stated" | "statement as claim";
  point: Point;
}

export function figuresFor(
  gold: GoldFile,
  briefing: Briefing,
  evidenceIds: EvidenceIds,
): { figures: ScoreFigures; misfiled: MisfiledPoint[] } {
  const figures = { ...noFigures };
  const misfiled: MisfiledPoint[] = [];
  const statedIdsOf = new Map(
    Object.entries(gold.actors).map(([actor, goldActor]) => [
      actor,
      evidenceIds(goldActor.stated.flatMap((item) => item.evidence)),
    ]),
  );
  for (const [actor, goldActor] of Object.entries(gold.actors)) {
    const points = briefing.positions.find((position) => position.actor === actor)?.points ?? [];
    const stated = points.filter((point) => point.kind === "stated");
    const ownStated = statedIdsOf.get(actor) ?? new Set<string>();
    const claims = without(
      evidenceIds(goldActor.attributed_by_others.flatMap((item) => item.evidence)),
      ownStated,
    );
    const claimed = stated.filter((point) => citesOnly(point, claims));
    figures.claimsAsStated += claimed.length;
    figures.statedPoints += stated.length;
    figures.statedPointsSupported += stated.filter((point) => citesAny(point, ownStated)).length;
    if (goldActor.absent || goldActor.no_stated_position) {
      figures.falseStated += stated.length;
      if (stated.length > 0) figures.falseStatedActors += 1;
      misfiled.push(...stated.map((point) => ({ actor, why: "false stated" as const, point })));
      continue;
    }
    for (const item of goldActor.stated) {
      figures.statedPositions += 1;
      const ids = evidenceIds(item.evidence);
      if (stated.some((point) => citesAny(point, ids))) figures.statedCovered += 1;
    }
    const othersStated = new Set(
      [...statedIdsOf].filter(([other]) => other !== actor).flatMap(([, ids]) => [...ids]),
    );
    const notOwnStatements = new Set([...claims, ...evidenceIds(goldActor.mentioned_only), ...othersStated]);
    const ownClaims = evidenceIds(goldActor.attributed_by_others.flatMap((item) => item.evidence));
    for (const point of stated) {
      if (citesAny(point, ownStated) || !citesOnly(point, notOwnStatements)) continue;
      misfiled.push({
        actor,
        why: claimed.includes(point) ? "claim as stated" : "misattributed stated",
        point,
      });
    }
    for (const point of points.filter((candidate) => candidate.kind === "attributed")) {
      if (citesOnly(point, without(ownStated, ownClaims)))
        misfiled.push({ actor, why: "statement as claim", point });
    }
  }
  figures.attributionErrors = misfiled.filter((entry) => entry.why !== "false stated").length;
  return { figures, misfiled };
}

const without = (ids: Set<string>, removed: Set<string>) =>
  new Set([...ids].filter((id) => !removed.has(id)));

const citesAny = (point: Point, ids: Set<string>) => point.citations.some((id) => ids.has(id));

const citesOnly = (point: Point, ids: Set<string>) =>
  point.citations.length > 0 && point.citations.every((id) => ids.has(id));

const ratio = (part: number, whole: number) => (whole === 0 ? "–" : (part / whole).toFixed(2));

/** One line of figures: recall, the two misfilings the acceptance counts, attribution errors, precision. */
export function formatFigures(figures: ScoreFigures): string {
  return [
    `stated recall ${figures.statedCovered}/${figures.statedPositions} (${ratio(figures.statedCovered, figures.statedPositions)})`,
    `claims as stated ${figures.claimsAsStated}`,
    `false stated ${figures.falseStated} (${figures.falseStatedActors} actors)`,
    `attribution errors ${figures.attributionErrors}`,
    `precision ${figures.statedPointsSupported}/${figures.statedPoints} (${ratio(figures.statedPointsSupported, figures.statedPoints)})`,
  ].join(" · ");
}
