import { isBriefError } from "../errors";
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

export const slackMessages = {
  usage: (articles: readonly ArticleSummary[]) =>
    [
      "*Usage:* `/brief <article>` posts a cited briefing of a stored article in this channel.",
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

  tooManyArguments: "Give one article, e.g. `/brief xi-putin`. `/brief help` shows the usage.",

  cannotPostHere:
    "I can't post in this conversation, so here is the briefing just for you. To share briefings here, " +
    "invite me with `/invite @brief-bot` (in a DM with someone else, use a channel instead).",

  slackBusy:
    "Slack is rate-limiting me right now, so the briefing could not be posted. Please try again in a minute.",

  slackFailed: "Slack refused the briefing message. It has been logged; please try again.",

  answerFailed: "I could not answer that just now. It has been logged; please ask again in a moment.",

  mentionOutsideBriefing:
    "I answer questions in the thread of a briefing. Start one with `/brief <article>` (`/brief list` shows the articles).",

  feedbackThanks: (vote: "up" | "down") =>
    vote === "up"
      ? "Thanks, noted as useful."
      : "Thanks, noted as not useful. We use this to improve briefings.",

  /** A failure from the core (bad article, model down, ...): its own user message, or a generic line. */
  failure: (error: unknown) =>
    isBriefError(error)
      ? escapeSlackText(error.message)
      : "Something went wrong on our side. It has been logged; please try again.",
} as const;
