import { type ErrorCode, isBriefError } from "../domain/errors";
import { escapeSlackText } from "../render/blocks";
import type { ArticleSummary } from "../store/articleStore";

/** Every sentence the Slack app says to a person, in one place. Inputs are escaped here. */

const code = (text: string) => `\`${escapeSlackText(text)}\``;

function articleLines(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return "No articles are stored yet. Add one with `npm run ingest -- <file>`.";
  return articles
    .map(
      (article) =>
        `• ${code(article.slug)} — ${escapeSlackText(article.title)} (${article.sentenceCount} sentences)`,
    )
    .join("\n");
}

/**
 * Core errors whose own message is meant for the person asking. The rest (config, internal, a bad article
 * file, the model's errors, ...) name files, settings, validation problems or code; the person gets a plain
 * line and the log gets the detail.
 */
const userFacingErrorCodes: ReadonlySet<ErrorCode> = new Set(["unknown_article", "bad_input"]);
const modelErrorCodes: ReadonlySet<ErrorCode> = new Set([
  "model_unavailable",
  "model_auth",
  "model_invalid_output",
]);
const modelFailed = "The model could not answer just now. It has been logged; please try again in a moment.";

const somethingWentWrong = "Something went wrong on our side. It has been logged; please try again.";

export const slackMessages = {
  usage: (articles: readonly ArticleSummary[]) =>
    [
      "*Usage:* `/brief <article>` posts a cited briefing of a stored article in this channel: the positions of China, Russia, Ukraine and the EU.",
      "`/brief <article> China, Iran` briefs on the actors you name instead.",
      "`/brief list` lists the stored articles; `/brief help` shows this.",
      "Reply in a briefing's thread to ask about its article.",
      "",
      "*Stored articles*",
      articleLines(articles),
    ].join("\n"),

  list: (articles: readonly ArticleSummary[]) => `*Stored articles*\n${articleLines(articles)}`,

  preparing: (slug: string) => `Preparing the briefing on ${code(slug)}…`,

  unknownArticle: (slug: string, suggestions: readonly string[]) =>
    `No stored article ${code(slug)}.${
      suggestions.length > 0 ? ` Closest: ${suggestions.slice(0, 5).map(code).join(", ")}.` : ""
    } Try \`/brief list\`.`,

  tooManyArguments: "`help` and `list` take nothing after them. `/brief help` shows the usage.",

  cannotPostHere:
    "I can't post in this conversation, so here is the briefing just for you. To share briefings here, " +
    "invite me with `/invite @brief-bot` (in a DM with someone else, use a channel instead).",

  slackBusy:
    "Slack is rate-limiting me right now, so the briefing could not be posted. Please try again in a minute.",

  slackFailed: "Slack refused the briefing message. It has been logged; please try again.",

  answerFailed: "I could not answer that just now. It has been logged; please ask again in a moment.",

  mentionOutsideBriefing:
    "I answer questions in the thread of a briefing. Start one with `/brief <article>` (`/brief list` shows the articles).",

  emptyQuestion:
    "What would you like to know about the article? Reply in this thread with a question, e.g. " +
    "_What did Ukraine say about the truce?_ (no need to mention me).",

  articleChanged:
    "This article has changed since the briefing was posted, so its sources no longer match. Run `/brief` again for a fresh briefing.",

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
