import type { RespondFn } from "@slack/bolt";
import { type ErrorCode, isBriefError } from "../domain/errors";
import type { Logger } from "../log";
import type { ListenerDependencies } from "./listenerDependencies";
import { slackMessages } from "./messages";

/**
 * Adding an article from Slack, before it is briefed: who may, how often, and what the person is told when a
 * link cannot be fetched. The listeners (the command's link branch, the message shortcut, the paste form)
 * call these, then the usual briefing flow.
 */

export interface IntakeRequest {
  userId: string;
  channelId: string;
}

/** Failures the person caused or can act on: told in one line, logged at info. */
const personsProblems: ReadonlySet<ErrorCode> = new Set([
  "fetch_refused",
  "fetch_failed",
  "not_an_article",
  "bad_input",
]);

/** The refusal for this person here, as a message, or undefined when they may add articles. */
export function ingestRefusalMessage(
  request: IntakeRequest,
  dependencies: Pick<ListenerDependencies, "ingestAccess">,
): string | undefined {
  const refusal = dependencies.ingestAccess.refusal(request.userId, request.channelId);
  return refusal && slackMessages.ingestRefused(refusal);
}

/** Work after the ack failed on our side: logged as an error, and the person told in one plain line. */
export async function tellAboutUnexpectedFailure(
  error: unknown,
  respond: RespondFn,
  logger: Logger,
  event: string,
): Promise<void> {
  logger.error(event, { error });
  await respond({ response_type: "ephemeral", text: slackMessages.failure(error) }).catch(
    (respondError: unknown) => logger.error("slack.respond_failed", { error: respondError }),
  );
}

async function tellAboutFailure(error: unknown, respond: RespondFn, logger: Logger): Promise<boolean> {
  if (!isBriefError(error) || !personsProblems.has(error.code)) return false;
  logger.info("slack.ingest_refused", { code: error.code, reason: error.message, ...error.details });
  await respond({ response_type: "ephemeral", text: slackMessages.ingestFailed(error) });
  return true;
}

/**
 * Fetches and stores the article at `url` for this person, or tells them why not. Returns its slug, or
 * undefined when they were told.
 */
export async function articleFromLink(
  url: string,
  request: IntakeRequest,
  dependencies: Pick<ListenerDependencies, "ingestAccess" | "services" | "logger">,
  respond: RespondFn,
): Promise<string | undefined> {
  const { logger } = dependencies;
  const refusal =
    dependencies.ingestAccess.refusal(request.userId, request.channelId) ??
    dependencies.ingestAccess.takeFetch(request.userId);
  if (refusal) {
    logger.info("slack.ingest_not_allowed", { reason: refusal.reason, url });
    await respond({ response_type: "ephemeral", text: slackMessages.ingestRefused(refusal) });
    return undefined;
  }
  try {
    const result = await dependencies.services.ingest.ingestFromUrl(url);
    logger.info("slack.article_from_link", { url, slug: result.article.slug, status: result.status });
    return result.article.slug;
  } catch (error) {
    if (await tellAboutFailure(error, respond, logger)) return undefined;
    throw error;
  }
}
