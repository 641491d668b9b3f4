import { maxActorsPerBriefing } from "../actors/actors";
import { type ErrorCode, isBriefError, quotedInput } from "../domain/errors";
import { escapeSlackText } from "../render/blocks";
import type { IngestRefusal } from "./ingestAccess";

/** Every sentence the Slack app says to a person, in one place. Inputs are escaped here. */

/** Text a person typed, quoted back: shortened and made harmless, then escaped, in backticks. */
const code = (text: string) => `\`${escapeSlackText(quotedInput(text))}\``;

/** "China", "China and Russia", "China, Russia and the EU", escaped. */
function names(list: readonly string[]): string {
  const escaped = list.map(escapeSlackText);
  return escaped.length <= 1
    ? (escaped[0] ?? "")
    : `${escaped.slice(0, -1).join(", ")} and ${escaped.at(-1)}`;
}

/**
 * Core errors whose own message is meant for the person asking. The rest (config, internal, a bad article
 * file, the model's errors, ...) name files, settings, validation problems or code; the person gets a plain
 * line and the log gets the detail.
 */
const userFacingErrorCodes: ReadonlySet<ErrorCode> = new Set([
  "unknown_article",
  "bad_input",
  "fetch_refused",
  "fetch_failed",
  "not_an_article",
]);
const modelErrorCodes: ReadonlySet<ErrorCode> = new Set([
  "model_unavailable",
  "model_auth",
  "model_invalid_output",
]);
const modelFailed = "The model could not answer just now. It has been logged; please try again in a moment.";

const somethingWentWrong = "Something went wrong on our side. It has been logged; please try again.";

export const slackMessages = {
  usage: [
    `*Usage:* ${code("/brief <article>")} posts a cited briefing of a stored article in this channel: the positions of China, Russia, Ukraine and the EU. ${code("<article>")} is its name, or a word of its title.`,
    `${code("/brief <article> China, Iran")} briefs on the actors you name instead.`,
    `${code("/brief <link>")} fetches a news page, stores its article and briefs it; ${code("/brief paste")} opens a form for an article's text.`,
    "On a message with a link: *More actions* (⋯) → *Brief this article* briefs it in the message's thread.",
    `${code("/brief list")} lists the stored articles; ${code("/brief help")} shows this.`,
    "Reply in a briefing's thread to ask about its article.",
  ].join("\n"),

  noArticles: `No articles are stored yet. Add one with ${code("/brief <link>")} or ${code("/brief paste")}.`,

  listHeading: (count: number) => `*Stored articles* (${count}), newest first`,

  listMore: (count: number) =>
    `…and ${count} more. ${code("/brief <words>")} finds an article by words of its title.`,

  storedOn: (day: string) => `stored ${escapeSlackText(day)}`,

  preparing: (slug: string) => `Preparing the briefing on ${code(slug)}…`,

  unknownArticle: (words: string, withNearMisses: boolean) =>
    `No stored article is called ${code(words)} or has it in its title.${withNearMisses ? " Did you mean one of these?" : ""}`,

  tryList: `${code("/brief list")} shows every stored article.`,

  severalArticles: (words: string) =>
    `Several stored articles have ${code(words)} in their name or title. Which one?`,

  unknownActors: (unknown: readonly string[], slug: string) =>
    `I don't know ${names(unknown.map((name) => `“${name}”`))} as ${unknown.length === 1 ? "an actor" : "actors"}, so I posted nothing. Brief ${code(slug)} on one of these:`,

  actorsNamedHere: "Named in this article",

  otherKnownActors: "Other actors I know",

  nothingToBrief: (actors: readonly string[]) =>
    `The article reports nothing said by or about ${names(actors)}, so I posted no briefing.`,

  tooManyActors: `At most ${maxActorsPerBriefing} actors per briefing.`,

  fetching: (url: string) => `Fetching ${code(url)}…`,

  noLinkInMessage:
    "That message has no link to brief. Use *Brief this article* on a message with a link to a news article, or paste the text with `/brief paste`.",

  ingestRefused: (refusal: IngestRefusal) =>
    refusal.reason === "user"
      ? "Adding articles from Slack is limited to some people here; ask whoever runs brief-bot. Stored articles can still be briefed (`/brief list`)."
      : refusal.reason === "channel"
        ? "Articles can't be added from this channel; try one where brief-bot takes new articles. Stored articles can still be briefed (`/brief list`)."
        : `You have had many links fetched in the last hour. Please try again in ${refusal.retryAfterMinutes} minute${refusal.retryAfterMinutes === 1 ? "" : "s"}, or paste the text with \`/brief paste\`.`,

  /** A link that could not be fetched or a page or text that is no article: the core's one line, and what to do. */
  ingestFailed: (error: unknown) =>
    isBriefError(error)
      ? `${escapeSlackText(error.message)}${error.details.pasteInstead === true ? " Paste the text with `/brief paste` instead." : ""}`
      : somethingWentWrong,

  pasteFormExpired: "The form took too long to open. Please try `/brief paste` again.",
  unreadableRequest: "I could not read that request. Please try again; `/brief help` shows the usage.",

  notRecorded: "I could not take that request just now. Please try again in a moment.",

  tooManyArguments: "`help` and `list` take nothing after them. `/brief help` shows the usage.",

  cannotPostHere:
    "I can't post in this conversation, so here is the briefing just for you. To share briefings here, " +
    "invite me with `/invite @brief-bot` (in a DM with someone else, use a channel instead).",

  slackBusy:
    "Slack is rate-limiting me right now, so the briefing could not be posted. Please try again in a minute.",

  slackFailed: "Slack refused the briefing message. It has been logged; please try again.",

  answerFailed: "I could not answer that just now. It has been logged; please ask again in a moment.",

  /** What a placeholder that could not be replaced by its answer says instead (the answer follows it). */
  answerPostedBelow: "The answer could not be shown here, so it is in the next message.",

  /** A suggested question clicked under a briefing whose thread is no longer known. */
  briefingThreadGone:
    "I no longer know which article that briefing is about, so I cannot answer its questions. Run `/brief` again.",

  mentionOutsideBriefing: `I answer questions in the thread of a briefing. Start one with ${code("/brief <article>")} (${code("/brief list")} shows the articles).`,

  emptyQuestion:
    "What would you like to know about the article? Reply in this thread with a question, e.g. " +
    "_What did Ukraine say about the truce?_ (no need to mention me).",

  articleChanged: `This article has changed since the briefing was posted, so its sources no longer match. Run ${code("/brief")} again for a fresh briefing.`,

  articleGone: "This article is no longer stored, so its sources cannot be shown.",

  feedbackThanks: (vote: "up" | "down") =>
    vote === "up"
      ? "Thanks, noted as useful."
      : "Thanks, noted as not useful. We use this to improve briefings.",

  /** A failure from the core: its own message when meant for people (unknown article, ...), else a plain line. */
  failure: (error: unknown, fallback: string = somethingWentWrong) => {
    if (!isBriefError(error)) return fallback;
    if (userFacingErrorCodes.has(error.code)) return escapeSlackText(error.message);
    return modelErrorCodes.has(error.code) ? modelFailed : fallback;
  },
} as const;
