import { mentionsActor } from "../../actors/mentions";
import {
  type ActorEvidence,
  collectActorEvidence,
  collectActorEvidenceUntil,
} from "../../attribution/actorEvidence";
import { gistOf, gistPoint } from "../../attribution/gist";
import type { Actor } from "../../domain/actor";
import type { Article } from "../../domain/article";
import type { ActorPosition } from "../../domain/briefing";
import type { BriefingEngine, BriefingRequest } from "../../domain/engine";
import { attributedOnlySummary, noStatementSummary, notMentionedSummary } from "../../domain/statusLines";
import { mergePoints } from "./points";

/** Bounds per actor, so a long article still gives a readable briefing. */
const maxStatedPoints = 12;
const maxAttributedPoints = 6;
/** Mention sentences cited in a `none` summary. */
const maxSummaryCitations = 3;

function positionFor(actor: Actor, evidence: ActorEvidence): ActorPosition {
  const stated = mergePoints(
    evidence.candidates.filter((candidate) => candidate.kind === "stated"),
    maxStatedPoints,
  );
  const attributed = mergePoints(
    evidence.candidates.filter((candidate) => candidate.kind === "attributed"),
    maxAttributedPoints,
  );
  const name = actor.name;
  if (stated.length > 0) return { actor: name, status: "stated", points: [...stated, ...attributed] };
  if (attributed.length > 0) {
    return {
      actor: name,
      status: "attributed_only",
      summary: attributedOnlySummary(actor),
      points: attributed,
    };
  }
  if (evidence.mentionedIn.length > 0) {
    return {
      actor: name,
      status: "none",
      summary: noStatementSummary(actor, evidence.mentionedIn.slice(0, maxSummaryCitations)),
      points: [],
    };
  }
  return { actor: name, status: "not_mentioned", summary: notMentionedSummary, points: [] };
}

/**
 * A stated actor's summary is its gist: its best stated point cut to the main clause, which must still name
 * the actor, never paraphrased, and cited by the point's sentences.
 */
function withGist(position: ActorPosition, positions: readonly ActorPosition[], actor: Actor): ActorPosition {
  const point = position.status === "stated" ? gistPoint(positions, position.actor) : undefined;
  if (!point) return position;
  const summary = gistOf(point.text, { keepsMeaning: (mainClause) => mentionsActor(mainClause, actor) });
  return { ...position, summary, gistCitations: point.citations };
}

/** The offline briefing: rule-based stance reading of the article's own sentences, no network. */
/** What the offline reading needs of a request: the sentences, the actors, and where the article comes from. */
type OfflineRequest = Pick<BriefingRequest, "sentences" | "actors"> & {
  article?: Pick<Article, "url" | "title">;
};

export function buildOfflinePositions(request: OfflineRequest): ActorPosition[] {
  return readOfflinePositions(request, undefined).positions;
}

/** The positions from the sentences read before `deadline` (a performance.now() time), and how many that was. */
function readOfflinePositions(
  request: OfflineRequest,
  deadline: number | undefined,
): { positions: ActorPosition[]; sentencesRead: number } {
  // Without a deadline the whole article is read, and a reading verify/ made already is reused.
  const { evidence, sentencesRead } =
    deadline === undefined
      ? {
          evidence: collectActorEvidence(request.sentences, request.actors, request.article),
          sentencesRead: request.sentences.length,
        }
      : collectActorEvidenceUntil(request.sentences, request.actors, deadline, request.article);
  const positions = request.actors.map((actor) =>
    positionFor(actor, evidence.get(actor.name) ?? { mentionedIn: [], candidates: [] }),
  );
  return {
    positions: positions.map((position, index) =>
      withGist(position, positions, request.actors[index] as Actor),
    ),
    sentencesRead,
  };
}

/**
 * The offline engine reads within a time budget: an article too long to read in it (a few megabytes) is
 * briefed on the part read, with a note saying how much that was, instead of holding its worker for a minute.
 */
export function createOfflineBriefingEngine(options: { timeBudgetMs?: number } = {}): BriefingEngine {
  return {
    id: "offline",
    async brief(request) {
      const deadline =
        options.timeBudgetMs === undefined ? undefined : performance.now() + options.timeBudgetMs;
      const { positions, sentencesRead } = readOfflinePositions(request, deadline);
      const total = request.sentences.length;
      // What the reading saw is what verification may accept citations of.
      const shownSentenceIds = request.sentences.slice(0, sentencesRead).map((sentence) => sentence.id);
      if (sentencesRead >= total) return { engine: "offline", positions, shownSentenceIds };
      const count = (value: number) => value.toLocaleString("en-US");
      return {
        engine: "offline",
        positions,
        shownSentenceIds,
        notes: [
          `This article is long: the offline reading covered its first ${count(sentencesRead)} of ${count(total)} sentences in its time limit, so what comes later is not in this briefing.`,
        ],
      };
    },
  };
}
