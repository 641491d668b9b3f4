import { type ErrorCode, isBriefError } from "../../domain/errors";
import type { JobExecution } from "../../jobs/jobRunner";
import { pasteArticleModal } from "../../render/pasteArticleForm";
import { slackMessages } from "../messages";
import { encodePasteFormTarget } from "../pasteFormTarget";
import { slackPlatformError } from "../slackWebApi";
import { type PrivateTarget, respondPrivately } from "./postBriefing";
import type { SlackJobContext } from "./slackJobContext";

/**
 * Adding an article from Slack, before it is briefed: who may, how often, and what the person is told when a
 * link cannot be fetched or the paste form cannot open. The jobs of the command's link, the message shortcut
 * and the paste form call these, then the usual briefing flow.
 */

/** Failures the person caused or can act on: told in one line, logged at info. */
const personsProblems: ReadonlySet<ErrorCode> = new Set([
  "fetch_refused",
  "fetch_failed",
  "not_an_article",
  "bad_input",
]);

/**
 * Fetches and stores the article at `url` for this person, or tells them why not. Returns its slug, or
 * undefined when they were told. `beforeFetching` runs once the person may (it says "Fetching…").
 */
export async function articleFromLink(
  url: string,
  to: PrivateTarget,
  execution: JobExecution,
  context: SlackJobContext,
  beforeFetching: () => Promise<void>,
): Promise<string | undefined> {
  const { logger } = execution;
  const refusal =
    context.ingestAccess.refusal(to.userId, to.channelId) ?? context.ingestAccess.takeFetch(to.userId);
  if (refusal) {
    logger.info("slack.ingest_not_allowed", { reason: refusal.reason, url });
    await respondPrivately(to, context, { text: slackMessages.ingestRefused(refusal) });
    return undefined;
  }
  await beforeFetching();
  try {
    const result = await context.services.ingest.ingestFromUrl(url);
    logger.info("slack.article_from_link", { url, slug: result.article.slug, status: result.status });
    return result.article.slug;
  } catch (error) {
    if (!isBriefError(error) || !personsProblems.has(error.code)) throw error;
    logger.info("slack.ingest_refused", { code: error.code, reason: error.message, ...error.details });
    await respondPrivately(to, context, { text: slackMessages.ingestFailed(error) });
    return undefined;
  }
}

/**
 * Opens the paste form for this person: a trigger_id is good for 3 seconds, so nothing slow comes before
 * views.open (and the job threads take the job the moment it is recorded). A person who may not add articles
 * here is told so instead.
 */
export async function openPasteForm(
  request: PrivateTarget & { triggerId: string },
  execution: JobExecution,
  context: SlackJobContext,
): Promise<unknown> {
  const { logger } = execution;
  const refusal = context.ingestAccess.refusal(request.userId, request.channelId);
  if (refusal) {
    logger.info("slack.paste_form_refused", { user: request.userId, channel: request.channelId });
    await respondPrivately(request, context, { text: slackMessages.ingestRefused(refusal) });
    return { outcome: "refused" };
  }
  const view = pasteArticleModal(encodePasteFormTarget({ channelId: request.channelId }));
  try {
    await context.slack.call("views.open", { trigger_id: request.triggerId, view: JSON.stringify(view) });
    logger.info("slack.paste_form_opened", { user: request.userId, channel: request.channelId });
    return { outcome: "opened" };
  } catch (error) {
    const platformError = slackPlatformError(error);
    // expired_trigger_id: the 3 seconds passed (a slow network, a busy process); the person can simply retry.
    logger.warn("slack.paste_form_not_opened", { slackError: platformError, error });
    await respondPrivately(request, context, {
      text:
        platformError === "expired_trigger_id" ? slackMessages.pasteFormExpired : slackMessages.slackFailed,
    });
    return { outcome: "not_opened" };
  }
}
