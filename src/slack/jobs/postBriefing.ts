import { z } from "zod";
import type { Briefing } from "../../domain/briefing";
import { isBriefError } from "../../domain/errors";
import type { JobExecution } from "../../jobs/jobRunner";
import { RetryLaterError } from "../../jobs/jobRunner";
import { renderBriefingMessages } from "../../render/briefingBlocks";
import { actorChoiceBlocks } from "../../render/commandBlocks";
import { fitSlackLimits } from "../../render/slackLimits";
import { actorsToOffer } from "../briefCommandPlan";
import { slackMessages } from "../messages";
import { type BriefingMetadata, briefingMetadataEventType } from "../payloads";
import { rateLimitRetryAfter, slackPlatformError } from "../slackWebApi";
import { DeliveryProgressSchema, deliverMessages } from "./deliverMessages";
import type { SlackJobContext } from "./slackJobContext";

/**
 * Who to answer privately, and how: through the command's or click's response_url, or, for a form's
 * submission (which has none), as an ephemeral message to the person in the channel.
 */
export interface PrivateTarget {
  responseUrl?: string | undefined;
  channelId: string;
  userId: string;
}

/** A briefing someone asked for in Slack (`/brief`, a button, a link, a pasted text): where to post it, who asked. */
export interface SlackBriefingRequest extends PrivateTarget {
  slug: string;
  /** Catalog actor names; the catalog's defaults when absent. */
  actors: string[] | undefined;
  /** Post in this thread (the message shortcut answers in the message's thread). */
  threadTs?: string | undefined;
}

/**
 * The checkpoint of a briefing job: what it has said ("Preparing…", "Fetching…"), the article a link gave, how
 * far its posting got, how many parts went privately. Not the briefing: a resumed job builds it again, which
 * costs a model nothing (its briefings are in the briefing cache) and the offline engine its time budget at
 * most, while keeping it would write tens of kilobytes per job into the table every ack writes to.
 */
export const BriefingProgressSchema = z.object({
  said: z.array(z.string()).optional(),
  linkedSlug: z.string().optional(),
  delivery: DeliveryProgressSchema.optional(),
  privateParts: z.number().int().nonnegative().optional(),
});
export type BriefingProgress = z.infer<typeof BriefingProgressSchema>;

export function briefingProgressOf(execution: JobExecution): BriefingProgress {
  const parsed = BriefingProgressSchema.safeParse(execution.progress ?? {});
  return parsed.success ? parsed.data : {};
}

/** Slack refuses to post here, but the person who asked can still get the briefing privately. */
const cannotPostErrors = new Set(["not_in_channel", "channel_not_found", "restricted_action", "is_archived"]);

/** Whether the briefing has anything the article says by or about the actors asked for. */
const hasAnyPoint = (briefing: Briefing) => briefing.positions.some((position) => position.points.length > 0);

/** A private answer (ephemeral; `replace_original` only through a response_url), within Slack's limits. */
export async function respondPrivately(
  to: PrivateTarget,
  context: SlackJobContext,
  message: { text: string; blocks?: readonly unknown[]; replace_original?: boolean },
): Promise<void> {
  const { text, blocks, ...rest } = message;
  for (const part of fitSlackLimits([{ text, blocks: [...(blocks ?? [])] }])) {
    if (to.responseUrl)
      await context.slack.respond(to.responseUrl, {
        response_type: "ephemeral",
        ...rest,
        text: part.text,
        ...(part.blocks.length > 0 && { blocks: part.blocks }),
      });
    else
      await context.slack.call("chat.postEphemeral", {
        channel: to.channelId,
        user: to.userId,
        text: part.text,
        ...(part.blocks.length > 0 && { blocks: JSON.stringify(part.blocks) }),
      });
  }
}

/** Says a line privately once per job: recorded with the job, so a resumed job does not repeat "Preparing…". */
export async function sayOnce(
  key: string,
  to: PrivateTarget,
  execution: JobExecution,
  context: SlackJobContext,
  progress: BriefingProgress,
  message: { text: string; replace_original?: boolean },
): Promise<void> {
  if (progress.said?.includes(key)) return;
  await respondPrivately(to, context, message);
  progress.said = [...(progress.said ?? []), key];
  await execution.saveProgress(progress);
}

/** Builds the briefing, or says privately why not: the article is gone, or it has nothing on these actors. */
async function buildBriefing(
  request: SlackBriefingRequest,
  execution: JobExecution,
  context: SlackJobContext,
): Promise<Briefing | undefined> {
  const { slug, actors } = request;
  let briefing: Briefing;
  try {
    briefing = await context.services.briefings.brief(slug, { actors });
  } catch (error) {
    if (isBriefError(error, "unknown_article")) {
      execution.logger.info("slack.unknown_article", { slug });
      await respondPrivately(request, context, {
        text: slackMessages.unknownArticle(slug, false),
      });
      return undefined;
    }
    throw error;
  }
  if (hasAnyPoint(briefing)) return briefing;
  execution.logger.info("slack.briefing_empty", { slug, actors: briefing.actors });
  const offer = await actorsToOffer(context.services, slug);
  const asked = new Set(briefing.actors);
  const text = slackMessages.nothingToBrief(briefing.actors);
  await respondPrivately(request, context, {
    text,
    blocks: actorChoiceBlocks(text, slug, [
      { heading: slackMessages.actorsNamedHere, actors: offer.mentioned.filter((name) => !asked.has(name)) },
    ]),
  });
  return undefined;
}

/**
 * Builds the briefing and posts it to the channel, exactly once however often the job is resumed; what cannot
 * be posted there is delivered privately. A briefing with no stated or attributed point for any actor asked
 * for is never posted: the person is told privately and offered the actors the article names. Returns the
 * job's result.
 */
export async function briefAndPost(
  request: SlackBriefingRequest,
  execution: JobExecution,
  context: SlackJobContext,
  progress: BriefingProgress,
): Promise<unknown> {
  const { logger } = execution;
  const save = (next: Partial<BriefingProgress>) => {
    Object.assign(progress, next);
    return execution.saveProgress(progress);
  };
  const briefing = await buildBriefing(request, execution, context);
  if (!briefing) return { outcome: "answered_privately" };
  const slug = briefing.article.slug;
  if (progress.privateParts === undefined) {
    const metadata: BriefingMetadata = {
      event_type: briefingMetadataEventType,
      event_payload: { slug, article_hash: briefing.article.hash },
    };
    try {
      const posted = await deliverMessages(
        { channel: request.channelId, threadTs: request.threadTs, metadata },
        renderBriefingMessages(briefing, { requestedBy: request.userId }),
        { execution, context, progress: progress.delivery, save: (delivery) => save({ delivery }) },
      );
      const ts = posted[0];
      // The thread link is what follow-ups need; parts after the first went into its thread.
      if (ts)
        await context.state.rememberBriefingThread({
          channel: request.channelId,
          // Follow-ups arrive under the thread's root: the briefing itself, or the message it answers.
          ts: request.threadTs ?? ts,
          slug,
          articleHash: briefing.article.hash,
          requestedBy: request.userId,
        });
      logger.info("slack.briefing_posted", { slug, ts, engine: briefing.engine, parts: posted.length });
      return { ts, parts: posted };
    } catch (error) {
      if (error instanceof RetryLaterError) throw error;
      const platformError = slackPlatformError(error);
      const retryAfterSeconds = rateLimitRetryAfter(error);
      if (!platformError || !cannotPostErrors.has(platformError)) {
        logger[retryAfterSeconds === undefined ? "error" : "warn"]("slack.briefing_post_failed", {
          slug,
          slackError: platformError,
          retryAfterSeconds,
          error,
        });
        await respondPrivately(request, context, {
          text: retryAfterSeconds === undefined ? slackMessages.slackFailed : slackMessages.slackBusy,
        });
        return { outcome: retryAfterSeconds === undefined ? "slack_refused" : "rate_limited" };
      }
      logger.warn("slack.briefing_delivered_privately", { slug, slackError: platformError });
      await save({ privateParts: 0 });
    }
  }
  const privateMessages = fitSlackLimits(
    renderBriefingMessages(briefing, {
      requestedBy: request.userId,
      preface: slackMessages.cannotPostHere,
      withFeedback: false,
    }),
  );
  for (let index = progress.privateParts ?? 0; index < privateMessages.length; index += 1) {
    await save({ privateParts: index });
    await respondPrivately(request, context, privateMessages[index] as { text: string });
  }
  return { outcome: "delivered_privately", parts: privateMessages.length };
}

/** The failure outcome of a briefing job, unless part of the briefing is out already (a second outcome). */
export async function sayBriefingFailed(
  to: PrivateTarget,
  execution: JobExecution,
  context: SlackJobContext,
  reason: unknown,
): Promise<void> {
  const progress = briefingProgressOf(execution);
  if ((progress.delivery?.posted.length ?? 0) > 0 || (progress.privateParts ?? 0) > 0) return;
  await respondPrivately(to, context, { text: slackMessages.failure(reason) });
}
