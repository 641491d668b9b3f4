import { gistOf, gistPoint, maxGistWords } from "../attribution/gist";
import { wordsIn } from "../attribution/sentenceParts";
import {
  type ActorPosition,
  type Briefing,
  type Point,
  type PositionStatus,
  summaryCitations,
} from "../domain/briefing";

/**
 * What a briefing shows, decided once for every edge (Slack, terminal): each actor's bottom line, then what it
 * says and what others say about it, each article sentence at most once. A sentence several actors are read in
 * is shown under its speaker (stated before attributed, then in the actors' order) with the others named; what
 * does not fit the limits, or repeats a sentence already shown, waits in `more`.
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

/** At most this many "says" and "others say" lines per actor in a channel message. */
export const channelPointsPerList = 3;

function words(text: string): number {
  return wordsIn(text).length;
}

/** The actor's bottom line: a summary carried by its own cited sentences, else its best stated point's gist. */
function bottomLineOf(position: ActorPosition, positions: readonly ActorPosition[]): BottomLine {
  if (position.status === "stated") {
    if (position.summary && position.gistCitations && position.gistCitations.length > 0) {
      const text = words(position.summary) <= maxGistWords ? position.summary : gistOf(position.summary);
      return { kind: "gist", text, citations: position.gistCitations };
    }
    const point = gistPoint(positions, position.actor);
    if (point) return { kind: "gist", text: gistOf(point.text), citations: point.citations };
  }
  const claims = position.points.filter((point) => point.kind === "attributed");
  if (claims.length > 0)
    return {
      kind: "others_only",
      claimants: [...new Set(claims.map((point) => point.claimant ?? unsourcedLabel.toLowerCase()))],
    };
  if (position.status === "not_mentioned") return { kind: "not_mentioned" };
  return { kind: "no_position", mentionedIn: summaryCitations(position.summary) };
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

const shownPoint = (point: Point, alsoSaidBy: string[] = []): ShownPoint => ({
  text: point.text,
  citations: point.citations,
  ...(point.claimant !== undefined && { claimant: point.claimant }),
  alsoSaidBy,
});

const sameText = (left: string, right: string) =>
  left.toLowerCase().replace(/\W+/gu, " ").trim() === right.toLowerCase().replace(/\W+/gu, " ").trim();

/**
 * Digests a briefing. `pointsPerList` bounds each actor's "says" and "others say" lists (a channel message
 * shows three; the terminal shows all). A point whose sentence is shown goes to `more` only if it reads the
 * sentence differently ("Western nations have accused China ..." where "China maintains ..." is shown).
 */
export function digestBriefing(
  briefing: Pick<Briefing, "positions">,
  pointsPerList: number = Number.POSITIVE_INFINITY,
): BriefingDigest {
  const { positions } = briefing;
  /** Sentence id → the texts shown for it so far (in the lists, then in `more`). */
  const shown = new Map<string, string[]>();
  const show = (citations: readonly string[], ...texts: string[]) => {
    for (const id of citations) shown.set(id, [...(shown.get(id) ?? []), ...texts]);
  };
  const isShown = (point: Pick<Point, "citations">) => point.citations.some((id) => shown.has(id));
  const readsAsShown = (point: Point) =>
    point.citations.some((id) => (shown.get(id) ?? []).some((text) => sameText(text, point.text)));
  const digests: ActorDigest[] = positions.map((position) => ({
    actor: position.actor,
    status: position.status,
    bottomLine: bottomLineOf(position, positions),
    says: [],
    othersSay: [],
    more: { says: [], othersSay: [] },
  }));
  // The points a bottom line stands for (those resting only on its sentences) are not listed again.
  const inBottomLine = new Set<Point>();
  positions.forEach((position, index) => {
    const { bottomLine } = digests[index] as ActorDigest;
    if (bottomLine.kind !== "gist") return;
    const covered = position.points.filter(
      (point) => point.kind === "stated" && point.citations.every((id) => bottomLine.citations.includes(id)),
    );
    for (const point of covered) inBottomLine.add(point);
    show(bottomLine.citations, bottomLine.text, ...covered.map((point) => point.text));
  });
  // Mention sentences of a `none` actor are shown unless already cited above.
  for (const digest of digests) {
    if (digest.bottomLine.kind !== "no_position") continue;
    digest.bottomLine.mentionedIn = digest.bottomLine.mentionedIn.filter((id) => !shown.has(id));
    show(digest.bottomLine.mentionedIn);
  }
  // A joint statement: other actors read as saying the very same words of the sentence.
  const alsoSaidBy = (point: Point, actor: string) =>
    positions
      .filter(
        (position) =>
          position.actor !== actor &&
          position.points.some(
            (other) =>
              other.kind === "stated" &&
              sameText(other.text, point.text) &&
              other.citations.some((id) => point.citations.includes(id)),
          ),
      )
      .map((position) => position.actor);
  const more: Array<{ digest: ActorDigest; kind: "says" | "othersSay"; point: Point }> = [];
  for (const kind of ["stated", "attributed"] as const) {
    positions.forEach((position, index) => {
      const digest = digests[index] as ActorDigest;
      const list = kind === "stated" ? digest.says : digest.othersSay;
      for (const point of position.points.filter((candidate) => candidate.kind === kind)) {
        if (inBottomLine.has(point)) continue;
        if (isShown(point) || list.length >= pointsPerList) {
          more.push({ digest, kind: kind === "stated" ? "says" : "othersSay", point });
          continue;
        }
        list.push(shownPoint(point, kind === "stated" ? alsoSaidBy(point, position.actor) : []));
        show(point.citations, point.text);
      }
    });
  }
  // The rest, once each, in the order of the lists above.
  for (const { digest, kind, point } of more) {
    if (readsAsShown(point)) continue;
    digest.more[kind].push(shownPoint(point, kind === "says" ? alsoSaidBy(point, digest.actor) : []));
    show(point.citations, point.text);
  }
  const moreCount = digests.reduce(
    (total, digest) => total + digest.more.says.length + digest.more.othersSay.length,
    0,
  );
  return { actors: digests, moreCount };
}
