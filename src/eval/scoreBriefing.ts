import type { Sentence } from "../domain/article";
import type { ActorPosition, Briefing } from "../domain/briefing";
import { positionCitations } from "../domain/briefing";
import type { GoldActor, GoldFile, GoldPosition } from "./goldFile";
import { figuresFor, formatFigures, type MisfiledPoint, type ScoreFigures } from "./scoreFigures";

export interface CheckResult {
  /** The actor checked, or "article" for checks on the whole briefing. */
  subject: string;
  check: string;
  passed: boolean;
  detail?: string;
}

export interface Precision {
  /** Stated points citing at least one sentence the gold file lists as the actor's stated evidence. */
  supported: number;
  total: number;
  /** supported / total; 1 when there are no stated points. */
  ratio: number;
}

export interface BriefingScore {
  slug: string;
  passed: boolean;
  checks: CheckResult[];
  precision: Precision;
  /** Recall and misfiled points (`scoreFigures.ts`), to sum over a set of articles. */
  figures: ScoreFigures;
  /** The points the figures count as misfiled. */
  misfiled: MisfiledPoint[];
  /** The stated points outside the gold stated evidence, for a person to read. */
  unsupportedStatedPoints: { actor: string; text: string; citations: string[] }[];
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** Evidence shorter than this never matches as a piece of a longer gold sentence. */
const minimumPieceLength = 20;

/**
 * Sentence ids by text, so gold evidence (sentences, not ids) survives re-numbering. Exact text first; else
 * the sentences overlapping it, since a labeller's sentence may be split in two, or joined to its neighbour,
 * where the splitter reads it differently.
 */
export function idsForEvidence(
  evidence: readonly string[],
  idsByText: Map<string, string[]>,
): { ids: Set<string>; missing: string[] } {
  const ids = new Set<string>();
  const missing: string[] = [];
  for (const text of evidence) {
    const wanted = normalise(text);
    const found =
      idsByText.get(wanted) ??
      [...idsByText].flatMap(([sentence, sentenceIds]) =>
        sentence.includes(wanted) || (sentence.length >= minimumPieceLength && wanted.includes(sentence))
          ? sentenceIds
          : [],
      );
    if (found.length > 0) for (const id of found) ids.add(id);
    else missing.push(text);
  }
  return { ids, missing };
}

/** Sentence ids by their normalised text, for `idsForEvidence`. */
export function sentenceIdsByText(sentences: readonly Sentence[]): Map<string, string[]> {
  const idsByText = new Map<string, string[]>();
  for (const sentence of sentences) {
    const key = normalise(sentence.text);
    idsByText.set(key, [...(idsByText.get(key) ?? []), sentence.id]);
  }
  return idsByText;
}

function citesAny(position: ActorPosition, kind: "stated" | "attributed", ids: Set<string>): boolean {
  return position.points.some(
    (point) => point.kind === kind && point.citations.some((citation) => ids.has(citation)),
  );
}

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}...` : text);

/**
 * Scores a briefing against a gold file: every gold stated position covered by a stated point citing its
 * evidence; `no_stated_position` actors are `none` (`attributed_only` when others' claims are listed); absent
 * actors `not_mentioned`; gold attributed items
 * appear as attributed points and never alone support a stated point; every cited id exists and every source
 * quotes the article exactly. Precision counts stated points citing nothing of the gold stated evidence.
 */
export function scoreBriefing(
  gold: GoldFile,
  briefing: Briefing,
  sentences: readonly Sentence[],
): BriefingScore {
  const checks: CheckResult[] = [];
  const idsByText = sentenceIdsByText(sentences);
  const textById = new Map(sentences.map((sentence) => [sentence.id, sentence.text]));
  const unsupportedStatedPoints: BriefingScore["unsupportedStatedPoints"] = [];

  const cited = briefing.positions.flatMap(positionCitations);
  const unknown = [...new Set(cited.filter((id) => !textById.has(id)))];
  checks.push({
    subject: "article",
    check: "every cited id exists",
    passed: unknown.length === 0,
    ...(unknown.length > 0 && { detail: `unknown ids: ${unknown.join(", ")}` }),
  });
  const sourceIds = new Set(briefing.sources.map((source) => source.id));
  const misquoted = briefing.sources.filter((source) => textById.get(source.id) !== source.text);
  const unsourced = [...new Set(cited.filter((id) => textById.has(id) && !sourceIds.has(id)))];
  checks.push({
    subject: "article",
    check: "every cited sentence is a source quoting the article exactly",
    passed: misquoted.length === 0 && unsourced.length === 0,
    ...((misquoted.length > 0 || unsourced.length > 0) && {
      detail: `misquoted: ${misquoted.map((source) => source.id).join(", ") || "none"}; not in sources: ${unsourced.join(", ") || "none"}`,
    }),
  });

  for (const [actor, goldActor] of Object.entries(gold.actors)) {
    const position = briefing.positions.find((candidate) => candidate.actor === actor);
    if (!position) {
      checks.push({
        subject: actor,
        check: "has a position",
        passed: false,
        detail: "actor missing from briefing",
      });
      continue;
    }
    checks.push(...checkActor(actor, goldActor, position, idsByText));
    const statedIds = idsForEvidence(
      goldActor.stated.flatMap((item) => item.evidence),
      idsByText,
    ).ids;
    for (const point of position.points.filter((candidate) => candidate.kind === "stated")) {
      if (!point.citations.some((citation) => statedIds.has(citation))) {
        unsupportedStatedPoints.push({ actor, text: point.text, citations: point.citations });
      }
    }
  }
  const { figures, misfiled } = figuresFor(
    gold,
    briefing,
    (evidence) => idsForEvidence(evidence, idsByText).ids,
  );
  const { statedPointsSupported: supported, statedPoints: total } = figures;
  return {
    slug: gold.slug,
    passed: checks.every((check) => check.passed),
    checks,
    precision: { supported, total, ratio: total === 0 ? 1 : supported / total },
    figures,
    misfiled,
    unsupportedStatedPoints,
  };
}

function checkActor(
  actor: string,
  goldActor: GoldActor,
  position: ActorPosition,
  idsByText: Map<string, string[]>,
): CheckResult[] {
  const checks: CheckResult[] = [];
  const evidenceOf = (item: GoldPosition) => idsForEvidence(item.evidence, idsByText);
  // No stated position: `none`, or `attributed_only` when the gold file lists others' claims about it.
  const unstatedStatus = goldActor.attributed_by_others.length > 0 ? "attributed_only" : "none";
  const expectedStatus = goldActor.absent
    ? "not_mentioned"
    : goldActor.no_stated_position
      ? unstatedStatus
      : undefined;
  if (expectedStatus) {
    checks.push({
      subject: actor,
      check: `status is ${expectedStatus}`,
      passed: position.status === expectedStatus,
      ...(position.status !== expectedStatus && { detail: `status is ${position.status}` }),
    });
  } else if (goldActor.stated.length > 0) {
    checks.push({
      subject: actor,
      check: "status is stated",
      passed: position.status === "stated",
      ...(position.status !== "stated" && { detail: `status is ${position.status}` }),
    });
  }
  for (const [kind, items] of [
    ["stated", goldActor.stated],
    ["attributed", goldActor.attributed_by_others],
  ] as const) {
    for (const item of items) {
      const { ids, missing } = evidenceOf(item);
      const covered = citesAny(position, kind, ids);
      checks.push({
        subject: actor,
        check: `${kind} point: ${shorten(item.position)}`,
        passed: covered && missing.length === 0,
        ...(missing.length > 0
          ? { detail: `gold evidence not in the article: ${missing.map(shorten).join(" | ")}` }
          : !covered && { detail: `no ${kind} point cites ${[...ids].join(" or ")}` }),
      });
    }
  }
  // A sentence that is only evidence of others' claims must not be the whole support of a stated point.
  const statedIds = idsForEvidence(
    goldActor.stated.flatMap((item) => item.evidence),
    idsByText,
  ).ids;
  const claimOnlyIds = [
    ...idsForEvidence(
      goldActor.attributed_by_others.flatMap((item) => item.evidence),
      idsByText,
    ).ids,
  ].filter((id) => !statedIds.has(id));
  const misread = position.points.filter(
    (point) =>
      point.kind === "stated" && point.citations.every((citation) => claimOnlyIds.includes(citation)),
  );
  if (claimOnlyIds.length > 0) {
    checks.push({
      subject: actor,
      check: "others' claims are never presented as its own position",
      passed: misread.length === 0,
      ...(misread.length > 0 && { detail: misread.map((point) => shorten(point.text)).join(" | ") }),
    });
  }
  return checks;
}

/** A short text report: the figures, the failed checks, the stated points outside the gold evidence. */
export function formatScore(score: BriefingScore): string {
  const lines = [`${score.slug}: ${score.passed ? "PASS" : "FAIL"}`, `  ${formatFigures(score.figures)}`];
  const passedCount = score.checks.filter((check) => check.passed).length;
  lines.push(`  checks passed: ${passedCount}/${score.checks.length}`);
  for (const check of score.checks.filter((candidate) => !candidate.passed)) {
    lines.push(`  ✗ ${check.subject}: ${check.check}${check.detail ? ` (${check.detail})` : ""}`);
  }
  for (const { actor, why, point } of score.misfiled) {
    lines.push(`  ✗ ${why}: ${actor} ${point.kind} [${point.citations.join(",")}] ${shorten(point.text)}`);
  }
  for (const point of score.unsupportedStatedPoints) {
    lines.push(`    outside gold: ${point.actor} [${point.citations.join(",")}] ${shorten(point.text)}`);
  }
  return lines.join("\n");
}
