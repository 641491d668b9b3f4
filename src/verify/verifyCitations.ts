import { mentionsActor } from "../actors/mentions";
import type { ClaimantReading, OwnStatementCheck } from "../attribution/ownStatementCheck";
import type { Actor } from "../domain/actor";
import type { AnswerPart } from "../domain/answer";
import type { Sentence } from "../domain/article";
import type { ActorPosition, Point, PositionStatus, Verification } from "../domain/briefing";
import { isStatusAnswerLine, isStatusSummary } from "../domain/statusLines";
import { actorVocabulary, contentStems, supportRatioOfStems } from "./contentOverlap";

/**
 * Below this share of its content words found in the cited sentences, a point is not carried by them.
 * Calibrated on faithful paraphrases of xi-putin (lowest 0.33) against points citing unrelated sentences (0).
 */
export const minimumSupportRatio = 0.3;

interface CheckedClaim {
  citations: string[];
  problem?: "no_valid_citation" | "unsupported";
}

/** The content stems of a citable sentence, worked out once however many claims cite it. */
type StemsOf = (id: string) => ReadonlySet<string>;

function stemReader(citable: ReadonlyMap<string, Sentence>): StemsOf {
  const stems = new Map<string, ReadonlySet<string>>();
  return (id) => {
    const known = stems.get(id);
    if (known) return known;
    const computed = contentStems(citable.get(id)?.text ?? "");
    stems.set(id, computed);
    return computed;
  };
}

/** Keeps the citations that name sentences the engine was shown; then asks whether they carry the text. */
function checkClaim(
  text: string,
  citations: readonly string[],
  citable: ReadonlyMap<string, Sentence>,
  stemsOf: StemsOf,
  actorWords: ReadonlySet<string>,
): CheckedClaim {
  const valid = [...new Set(citations)].filter((id) => citable.has(id));
  if (valid.length === 0) return { citations: valid, problem: "no_valid_citation" };
  if (supportRatioOfStems(text, valid.map(stemsOf), actorWords) < minimumSupportRatio)
    return { citations: valid, problem: "unsupported" };
  return { citations: valid };
}

function byId(sentences: readonly Sentence[]): Map<string, Sentence> {
  return new Map(sentences.map((sentence) => [sentence.id, sentence]));
}

function honestEmptyPosition(actor: Actor, sentences: readonly Sentence[]): ActorPosition {
  if (!sentences.some((sentence) => mentionsActor(sentence.text, actor)))
    return {
      actor: actor.name,
      status: "not_mentioned",
      summary: `The article does not mention ${actor.name}.`,
      points: [],
    };
  return {
    actor: actor.name,
    status: "none",
    summary: `The article mentions ${actor.name} but reports no position of it.`,
    points: [],
  };
}

/** The requested actor a position names, by name or alias. */
export function findRequestedActor(name: string, actors: readonly Actor[]): Actor | undefined {
  const lowered = name.trim().toLowerCase();
  return (
    actors.find((actor) => actor.name.toLowerCase() === lowered) ??
    actors.find((actor) => actor.aliases.some((alias) => alias.toLowerCase() === lowered))
  );
}

export interface VerifiedPositions {
  positions: ActorPosition[];
  verification: Verification;
  /** Why each dropped point went, for the log. */
  dropped: Array<{ actor: string; text: string; problem: string }>;
}

/**
 * The code's last word on a model briefing: unknown ids dropped, points left without a valid citation or
 * barely carried by their sentences dropped, `stated` points resting only on others' claims re-labelled
 * `attributed`, statuses recomputed from what is left, and an honest line for an actor left with nothing.
 * An engine's fixed status line (src/domain/statusLines.ts) stays when it is true of the verified position.
 * `citable` is what the engine was shown; `sentences` the whole article (for the honest lines).
 */
export function verifyPositions(input: {
  positions: readonly ActorPosition[];
  actors: readonly Actor[];
  citable: readonly Sentence[];
  sentences: readonly Sentence[];
  carriesOwnStatement: OwnStatementCheck;
  /** Names the claimant of an attributed point from the attribution reading; without it, none is named. */
  claimantOf?: ClaimantReading;
}): VerifiedPositions {
  const citable = byId(input.citable);
  const stemsOf = stemReader(citable);
  const shownIds = new Set(citable.keys());
  const actorWords = actorVocabulary(input.actors);
  const verification: Verification = { kept: 0, dropped: 0, relabelled: 0 };
  const dropped: VerifiedPositions["dropped"] = [];
  const pointsByActor = new Map<
    string,
    {
      points: Point[];
      summary: string | undefined;
      gistCitations: string[] | undefined;
      status: PositionStatus;
    }
  >();

  for (const position of input.positions) {
    const actor = findRequestedActor(position.actor, input.actors);
    if (!actor) {
      verification.dropped += position.points.length;
      for (const point of position.points)
        dropped.push({ actor: position.actor, text: point.text, problem: "unknown_actor" });
      continue;
    }
    const entry = pointsByActor.get(actor.name) ?? {
      points: [],
      summary: position.summary,
      gistCitations: position.gistCitations,
      status: position.status,
    };
    pointsByActor.set(actor.name, entry);
    for (const point of position.points) {
      const checked = checkClaim(point.text, point.citations, citable, stemsOf, actorWords);
      if (checked.problem) {
        verification.dropped += 1;
        dropped.push({ actor: actor.name, text: point.text, problem: checked.problem });
        continue;
      }
      let kind = point.kind;
      const citedSentences = checked.citations.flatMap((id) => citable.get(id) ?? []);
      if (
        kind === "stated" &&
        !citedSentences.some((sentence) => input.carriesOwnStatement(sentence, actor))
      ) {
        kind = "attributed";
        verification.relabelled += 1;
      }
      verification.kept += 1;
      const claimant = kind === "attributed" ? input.claimantOf?.(actor, checked.citations) : undefined;
      entry.points.push({
        text: point.text,
        kind,
        citations: checked.citations,
        ...(claimant !== undefined && { claimant }),
      });
    }
  }

  const positions = input.actors.map((actor): ActorPosition => {
    const entry = pointsByActor.get(actor.name);
    if (!entry || entry.points.length === 0) {
      const honest = honestEmptyPosition(actor, input.sentences);
      // The engine's own status line stands where it says what verification found (and cites shown sentences).
      const engineLine = entry?.summary;
      return engineLine !== undefined && isStatusSummary(engineLine, actor, honest.status, shownIds)
        ? { ...honest, summary: engineLine }
        : honest;
    }
    const status = entry.points.some((point) => point.kind === "stated") ? "stated" : "attributed_only";
    if (status === "stated") {
      const gist = verifiedGist(entry, {
        actor,
        citable,
        actorWords,
        carriesOwnStatement: input.carriesOwnStatement,
      });
      return { actor: actor.name, status, ...gist, points: entry.points };
    }
    // A summary other than a true status line carries no citations of its own: it stays only if the kept
    // points' sentences carry it.
    const keptStems = entry.points.flatMap((point) => point.citations.map(stemsOf));
    const summaryHolds =
      entry.summary !== undefined &&
      entry.summary.trim() !== "" &&
      (isStatusSummary(entry.summary, actor, status, shownIds) ||
        supportRatioOfStems(entry.summary, keptStems, actorWords) >= minimumSupportRatio);
    return {
      actor: actor.name,
      status,
      ...(summaryHolds ? { summary: entry.summary } : {}),
      points: entry.points,
    };
  });
  return { positions, verification, dropped };
}

/** A gist rests on at most this many sentences. */
const maxGistSentences = 3;

/**
 * A stated actor's summary is its gist, the bottom line, and is checked like a point: it stays, with the
 * sentences that carry it, only if they carry the actor's own statement or act. Without citations (a model
 * summary), they are the fewest of its kept stated points' sentences, best first, that carry it together.
 * Otherwise the summary is dropped and the bottom line falls back to the best stated point.
 */
function verifiedGist(
  entry: { points: readonly Point[]; summary: string | undefined; gistCitations: string[] | undefined },
  context: {
    actor: Actor;
    citable: ReadonlyMap<string, Sentence>;
    actorWords: ReadonlySet<string>;
    carriesOwnStatement: OwnStatementCheck;
  },
): Pick<ActorPosition, "summary" | "gistCitations"> {
  const { summary } = entry;
  if (summary === undefined || summary.trim() === "") return {};
  const { actor, citable, actorWords, carriesOwnStatement } = context;
  const stemsOf = stemReader(citable);
  const own = (id: string) => {
    const sentence = citable.get(id);
    return sentence !== undefined && carriesOwnStatement(sentence, actor);
  };
  const holds = (citations: readonly string[]) =>
    citations.length > 0 &&
    citations.some(own) &&
    checkClaim(summary, citations, citable, stemsOf, actorWords).problem === undefined;
  if (entry.gistCitations) {
    const citations = [...new Set(entry.gistCitations)].filter((id) => citable.has(id));
    return holds(citations) ? { summary, gistCitations: citations } : {};
  }
  const stated = [
    ...new Set(entry.points.filter((point) => point.kind === "stated").flatMap((point) => point.citations)),
  ];
  const ranked = stated
    .map((id) => ({ id, support: supportRatioOfStems(summary, [stemsOf(id)], actorWords) }))
    .sort((left, right) => right.support - left.support)
    .map((candidate) => candidate.id);
  for (let count = 1; count <= Math.min(maxGistSentences, ranked.length); count += 1) {
    const citations = ranked.slice(0, count);
    if (holds(citations)) return { summary, gistCitations: citations };
  }
  return {};
}

export const notFoundAnswerText = "The article does not say.";

export interface VerifiedAnswer {
  found: boolean;
  answer: AnswerPart[];
  verification: Verification;
  dropped: Array<{ text: string; problem: string }>;
}

/**
 * The same checks for a follow-up answer, against the passages the engine was shown. A `found: false` answer,
 * or one left with no supported part, becomes the fixed "does not say" line (or the engine's own status line
 * when that is all it said): no uncited engine text survives.
 */
export function verifyAnswer(input: {
  found: boolean;
  answer: readonly AnswerPart[];
  actors: readonly Actor[];
  citable: readonly Sentence[];
}): VerifiedAnswer {
  const citable = byId(input.citable);
  const stemsOf = stemReader(citable);
  const actorWords = actorVocabulary(input.actors);
  const verification: Verification = { kept: 0, dropped: 0, relabelled: 0 };
  const dropped: VerifiedAnswer["dropped"] = [];
  const kept: AnswerPart[] = [];
  const statusLine = (part: AnswerPart): AnswerPart | undefined => {
    const citations = [...new Set(part.citations)].filter((id) => citable.has(id));
    return isStatusAnswerLine(part.text, input.actors, citations)
      ? { text: part.text, citations }
      : undefined;
  };
  for (const part of input.found ? input.answer : []) {
    // A fixed status line ("The article does not say anything about Japan.") claims nothing to check.
    const line = statusLine(part);
    if (line) {
      kept.push(line);
      continue;
    }
    const checked = checkClaim(part.text, part.citations, citable, stemsOf, actorWords);
    if (checked.problem) {
      verification.dropped += 1;
      dropped.push({ text: part.text, problem: checked.problem });
      continue;
    }
    verification.kept += 1;
    kept.push({
      text: part.text,
      citations: checked.citations,
      ...(part.speaker !== undefined ? { speaker: part.speaker } : {}),
    });
  }
  if (kept.length === 0) {
    const [only] = input.answer;
    const engineLine = !input.found && input.answer.length === 1 && only ? statusLine(only) : undefined;
    const answer = [engineLine ?? { text: notFoundAnswerText, citations: [] }];
    return { found: false, answer, verification, dropped };
  }
  return { found: true, answer: kept, verification, dropped };
}
