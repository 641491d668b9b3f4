import type { PointCandidate } from "../../attribution/actorEvidence";
import type { Point } from "../../domain/briefing";

const contentTokens = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((token) => token.length > 2),
  );

function nearlySame(left: Set<string>, right: Set<string>): boolean {
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  const smaller = Math.min(left.size, right.size);
  return smaller > 0 && shared / smaller >= 0.85;
}

/** "S17" right after "S16": the next sentence of the article. */
const followsDirectly = (earlier: string | undefined, later: string) =>
  earlier !== undefined && Number(later.slice(1)) === Number(earlier.slice(1)) + 1;

/**
 * Points from candidates in reading order: a candidate nearly the same as an earlier point of the same kind
 * (articles often repeat a statement in a summary bullet) adds its citation to that point instead. Past `limit`,
 * a candidate from the sentence right after the last point's goes on citing in it (a statement quoted sentence
 * by sentence keeps its later sentences as evidence); others are left out.
 */
export function mergePoints(candidates: readonly PointCandidate[], limit: number): Point[] {
  const points: { point: Point; tokens: Set<string> }[] = [];
  for (const candidate of candidates) {
    const tokens = contentTokens(candidate.text);
    const same = points.find(
      (existing) => existing.point.kind === candidate.kind && nearlySame(existing.tokens, tokens),
    );
    if (same) {
      if (!same.point.citations.includes(candidate.citation)) same.point.citations.push(candidate.citation);
      continue;
    }
    if (points.length >= limit) {
      const last = points.at(-1)?.point;
      if (last?.kind === candidate.kind && followsDirectly(last.citations.at(-1), candidate.citation))
        last.citations.push(candidate.citation);
      continue;
    }
    points.push({
      point: {
        text: candidate.text,
        kind: candidate.kind,
        citations: [candidate.citation],
        ...(candidate.claimant && { claimant: candidate.claimant }),
      },
      tokens,
    });
  }
  return points.map((entry) => entry.point);
}
