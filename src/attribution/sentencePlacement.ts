import { type ActorPosition, type Point, summaryCitations } from "../domain/briefing";
import { gistOf, gistPoint, maxGistWords } from "./gist";
import { wordsIn } from "./sentenceParts";

/**
 * Where a briefing shows each of its points and so each article sentence, decided once for the briefing (its
 * lists and "more", on every edge) and for the answers in its thread (who says a sentence), so the two never
 * disagree. Each sentence is placed under one actor, the first in this order to show it: the bottom lines, the
 * mentions of an actor with no position, then the stated points and then the claims, each in the actors'
 * order, at most `channelPointsPerList` per list (as a channel message lists them). A point on a sentence
 * placed elsewhere, or past its list's limit, is kept for "more" unless it reads a shown sentence alike.
 */

/** At most this many "says" and "others say" lines per actor in a channel message; more wait in "more". */
export const channelPointsPerList = 3;

/** An actor's bottom line drawn from its own words: the text, its sentences, the stated points it stands for. */
export interface BottomLineSource {
  text: string;
  citations: string[];
  covered: Point[];
}

/** One way the briefing shows a sentence. */
export interface SentenceReading {
  actor: string;
  /** The actor's own words, a claim about it (by `claimant`, when the article names one), or a mention. */
  kind: "stated" | "attributed" | "mentioned";
  claimant?: string | undefined;
  /** Other actors read as saying the very same words (a joint statement), shown once under `actor`. */
  alsoSaidBy: string[];
}

/** Where a point is shown: in its actor's bottom line or lists, in "more", or nowhere (it repeats one shown). */
export type PointPlace = "bottomLine" | "listed" | "more" | "omitted";

export interface BriefingPlacement {
  /** Actors with a bottom line in their own words. */
  bottomLines: ReadonlyMap<string, BottomLineSource>;
  /** Actors mentioned with no position: the mention sentences shown nowhere above. */
  mentions: ReadonlyMap<string, string[]>;
  placeOf(point: Point): PointPlace;
  alsoSaidBy(point: Point): string[];
  /** A sentence's readings in the order the briefing shows them: where it is placed first. */
  readingsOf(sentenceId: string): readonly SentenceReading[];
}

const sameText = (left: string, right: string) =>
  left.toLowerCase().replace(/\W+/gu, " ").trim() === right.toLowerCase().replace(/\W+/gu, " ").trim();

/** The actor's bottom line in its own words: a summary carried by its cited sentences, else its gist point's. */
function bottomLineSource(
  position: ActorPosition,
  positions: readonly ActorPosition[],
): Omit<BottomLineSource, "covered"> | undefined {
  if (position.status !== "stated") return undefined;
  if (position.summary && position.gistCitations && position.gistCitations.length > 0) {
    const text =
      wordsIn(position.summary).length <= maxGistWords ? position.summary : gistOf(position.summary);
    return { text, citations: position.gistCitations };
  }
  const point = gistPoint(positions, position.actor);
  return point ? { text: gistOf(point.text), citations: point.citations } : undefined;
}

/** Places a briefing's points and sentences (see above); a renderer may list fewer, the rest in "more". */
export function placeBriefing(positions: readonly ActorPosition[]): BriefingPlacement {
  /** Sentence id → the texts shown for it so far. */
  const shown = new Map<string, string[]>();
  const readings = new Map<string, SentenceReading[]>();
  const show = (citations: readonly string[], reading: SentenceReading, ...texts: string[]) => {
    for (const id of citations) {
      shown.set(id, [...(shown.get(id) ?? []), ...texts]);
      readings.set(id, [...(readings.get(id) ?? []), reading]);
    }
  };
  const isShown = (point: Point) => point.citations.some((id) => shown.has(id));
  const readsAsShown = (point: Point) =>
    point.citations.some((id) => (shown.get(id) ?? []).some((text) => sameText(text, point.text)));
  const places = new Map<Point, PointPlace>();
  const bottomLines = new Map<string, BottomLineSource>();
  for (const position of positions) {
    const source = bottomLineSource(position, positions);
    if (!source) continue;
    // The points a bottom line stands for (those resting only on its sentences) are not listed again.
    const covered = position.points.filter(
      (point) => point.kind === "stated" && point.citations.every((id) => source.citations.includes(id)),
    );
    for (const point of covered) places.set(point, "bottomLine");
    bottomLines.set(position.actor, { ...source, covered });
    show(
      source.citations,
      { actor: position.actor, kind: "stated", alsoSaidBy: [] },
      source.text,
      ...covered.map((point) => point.text),
    );
  }
  // Mention sentences of an actor with nothing of its own nor claimed about it, unless already shown above.
  const mentions = new Map<string, string[]>();
  for (const position of positions) {
    const hasClaims = position.points.some((point) => point.kind === "attributed");
    if (bottomLines.has(position.actor) || hasClaims || position.status === "not_mentioned") continue;
    const mentionedIn = summaryCitations(position.summary).filter((id) => !shown.has(id));
    mentions.set(position.actor, mentionedIn);
    show(mentionedIn, { actor: position.actor, kind: "mentioned", alsoSaidBy: [] });
  }
  // A joint statement: other actors read as saying the very same words of the sentence.
  const jointSpeakers = new Map<Point, string[]>();
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
  const readingOf = (point: Point, actor: string): SentenceReading => {
    const joint = point.kind === "stated" ? alsoSaidBy(point, actor) : [];
    jointSpeakers.set(point, joint);
    return { actor, kind: point.kind, claimant: point.claimant, alsoSaidBy: joint };
  };
  const rest: Array<{ point: Point; actor: string }> = [];
  for (const kind of ["stated", "attributed"] as const) {
    for (const position of positions) {
      let listed = 0;
      for (const point of position.points.filter((candidate) => candidate.kind === kind)) {
        if (places.has(point)) continue;
        if (isShown(point) || listed >= channelPointsPerList) {
          rest.push({ point, actor: position.actor });
          continue;
        }
        places.set(point, "listed");
        listed += 1;
        show(point.citations, readingOf(point, position.actor), point.text);
      }
    }
  }
  // The rest, once each, in the order of the lists above.
  for (const { point, actor } of rest) {
    if (readsAsShown(point)) {
      places.set(point, "omitted");
      continue;
    }
    places.set(point, "more");
    show(point.citations, readingOf(point, actor), point.text);
  }
  return {
    bottomLines,
    mentions,
    placeOf: (point) => places.get(point) ?? "omitted",
    alsoSaidBy: (point) => jointSpeakers.get(point) ?? [],
    readingsOf: (sentenceId) => readings.get(sentenceId) ?? [],
  };
}
