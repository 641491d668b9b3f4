import type { Actor } from "./actor";
import type { PositionStatus } from "./briefing";
import { summaryCitations } from "./briefing";

// The fixed lines code writes where an engine has nothing of the actor's own to cite: they say only what the
// reading found (a status, the sentences that mention the actor), never what the article says. verify/ keeps
// such a line as written when it is true of the verified result; every other text must be carried by its
// cited sentences.

/** A position whose points are all others' claims about the actor. */
export const attributedOnlySummary = (actor: Actor) =>
  `The article reports nothing said or done by ${actor.referredToAs}'s leaders or officials; below is only what others say about it.`;

/** A position with no points: the actor is mentioned, in the cited sentences, but neither speaks nor acts. */
export const noStatementSummary = (actor: Actor, mentionIds: readonly string[]) =>
  `The article reports no statement or act by ${actor.referredToAs}'s leaders or officials; it only mentions ${actor.referredToAs} ${mentionIds.map((id) => `[${id}]`).join("")}.`;

export const notMentionedSummary = "Not mentioned in this article.";

/** Whether a summary is the status line for this actor and verified status, citing only shown sentences. */
export function isStatusSummary(
  summary: string,
  actor: Actor,
  status: PositionStatus,
  shown: ReadonlySet<string>,
): boolean {
  if (status === "attributed_only") return summary === attributedOnlySummary(actor);
  if (status === "not_mentioned") return summary === notMentionedSummary;
  if (status !== "none") return false;
  const cited = summaryCitations(summary);
  return (
    cited.length > 0 && cited.every((id) => shown.has(id)) && summary === noStatementSummary(actor, cited)
  );
}

/** "the EU", "the US", but "China", "NATO". */
export function actorLabel(actor: Pick<Actor, "name">): string {
  return /^[A-Z.]{1,4}$/.test(actor.name) && actor.name.replace(/\./g, "").length <= 2
    ? `the ${actor.name}`
    : actor.name;
}

/** An answer line for asked actors that no passage (or best match) mentions. */
export const nothingAboutAnswer = (actors: readonly Actor[]) =>
  `The article does not say anything about ${actors.map(actorLabel).join(" or ")}.`;

export const nothingAnswersQuestion = "The article does not say anything that answers this question.";

/** An answer line for an asked actor that is mentioned, in the cited sentences, but never speaks or acts. */
export const noStatementAnswer = (actor: Actor) =>
  `The article reports no statement by ${actorLabel(actor)}; it mentions ${actorLabel(actor)} in the cited sentences.`;

/** Whether an answer line is one of the fixed lines above for the asked actors. */
export function isStatusAnswerLine(
  text: string,
  actors: readonly Actor[],
  citations: readonly string[],
): boolean {
  if (text === nothingAnswersQuestion) return citations.length === 0;
  const about = /^The article does not say anything about (.+)\.$/.exec(text)?.[1];
  if (about !== undefined) {
    const labels = new Set(actors.map(actorLabel));
    return citations.length === 0 && about.split(" or ").every((label) => labels.has(label));
  }
  return citations.length > 0 && actors.some((actor) => text === noStatementAnswer(actor));
}
