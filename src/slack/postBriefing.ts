import type { RespondFn } from "@slack/bolt";
import type { Briefing } from "../domain/briefing";
import { isBriefError } from "../domain/errors";
import { renderBriefingMessages } from "../render/briefingBlocks";
import { actorChoiceBlocks } from "../render/commandBlocks";
import { actorsToOffer } from "./briefCommandPlan";
import type { ListenerDependencies } from "./listenerDependencies";
import { slackMessages } from "./messages";
import { type BriefingMetadata, briefingMetadataEventType } from "./payloads";
import { postMessages } from "./postMessages";
import { rateLimitRetryAfter, slackPlatformError } from "./slackWebApi";

/** A briefing someone asked for in Slack, by `/brief` or a "Brief …" button: where to post it, who asked. */
export interface SlackBriefingRequest {
  slug: string;
  /** Catalog actor names; the catalog's defaults when absent. */
  actors: string[] | undefined;
  channelId: string;
  userId: string;
  /** Post in this thread (the message shortcut answers in the message's thread). */
  threadTs?: string | undefined;
}

/** Slack refuses to post here, but the person who asked can still get the briefing privately. */
const cannotPostErrors = new Set(["not_in_channel", "channel_not_found", "restricted_action", "is_archived"]);

/** Whether the briefing has anything the article says by or about the actors asked for. */
const hasAnyPoint = (briefing: Briefing) => briefing.positions.some((position) => position.points.length > 0);

/**
 * Builds the briefing and posts it to the channel; what cannot be posted there is delivered privately. A
 * briefing with no stated or attributed point for any actor asked for is never posted: the person is told
 * privately and offered the actors the article names.
 */
export async function briefAndPost(
  request: SlackBriefingRequest,
  dependencies: ListenerDependencies,
  respond: RespondFn,
): Promise<void> {
  const { logger } = dependencies;
  const { slug, actors } = request;
  let briefing: Briefing;
  try {
    briefing = await dependencies.services.briefings.brief(slug, { actors });
  } catch (error) {
    if (isBriefError(error, "unknown_article")) {
      logger.info("slack.unknown_article", { slug });
      await respond({ response_type: "ephemeral", text: slackMessages.unknownArticle(slug, false) });
      return;
    }
    throw error;
  }
  if (!hasAnyPoint(briefing)) {
    logger.info("slack.briefing_empty", { slug, actors: briefing.actors });
    const offer = await actorsToOffer(dependencies.services, slug);
    const asked = new Set(briefing.actors);
    await respond({
      response_type: "ephemeral",
      text: slackMessages.nothingToBrief(briefing.actors),
      blocks: actorChoiceBlocks(slackMessages.nothingToBrief(briefing.actors), slug, [
        {
          heading: slackMessages.actorsNamedHere,
          actors: offer.mentioned.filter((name) => !asked.has(name)),
        },
      ]),
    });
    return;
  }
  const messages = renderBriefingMessages(briefing, { requestedBy: request.userId });
  const metadata: BriefingMetadata = {
    event_type: briefingMetadataEventType,
    event_payload: { slug: briefing.article.slug, article_hash: briefing.article.hash },
  };
  try {
    const target = { channel: request.channelId, threadTs: request.threadTs, metadata };
    const ts = await postMessages(dependencies.webApi, target, messages, {
      policy: dependencies.webApiPolicy,
      logger,
    });
    if (ts) {
      await dependencies.state.rememberBriefingThread({
        channel: request.channelId,
        // Follow-ups arrive under the thread's root: the briefing itself, or the message it answers.
        ts: request.threadTs ?? ts,
        slug: briefing.article.slug,
        articleHash: briefing.article.hash,
        requestedBy: request.userId,
      });
    }
    logger.info("slack.briefing_posted", { slug, ts, engine: briefing.engine, parts: messages.length });
  } catch (error) {
    const platformError = slackPlatformError(error);
    if (platformError && cannotPostErrors.has(platformError)) {
      logger.warn("slack.briefing_delivered_privately", { slug, slackError: platformError });
      const privateMessages = renderBriefingMessages(briefing, {
        requestedBy: request.userId,
        preface: slackMessages.cannotPostHere,
        withFeedback: false,
      });
      for (const message of privateMessages) await respond({ response_type: "ephemeral", ...message });
      return;
    }
    const retryAfterSeconds = rateLimitRetryAfter(error);
    logger.error("slack.briefing_post_failed", { slug, slackError: platformError, retryAfterSeconds, error });
    await respond({
      response_type: "ephemeral",
      text: retryAfterSeconds === undefined ? slackMessages.slackFailed : slackMessages.slackBusy,
    });
  }
}
