import { z } from "zod";
import type { Briefing, BriefingDraft } from "../../domain/briefing";
import { isBriefError } from "../../domain/errors";
import type { JobExecution } from "../../jobs/jobRunner";
import { LeaseLostError, RetryLaterError } from "../../jobs/jobRunner";
import { section } from "../../render/blocks";
import { renderBriefingDraftMessages, renderBriefingMessages } from "../../render/briefingBlocks";
import { actorChoiceBlocks } from "../../render/commandBlocks";
import { fitSlackLimits } from "../../render/slackLimits";
import { actorsToOffer } from "../briefCommandPlan";
import { slackMessages } from "../messages";
import { type BriefingMetadata, briefingMetadataEventType } from "../payloads";
import { callWithRateLimitRetry, rateLimitRetryAfter, slackPlatformError } from "../slackWebApi";
import {
  type DeliveryProgress,
  DeliveryProgressSchema,
  deliverMessages,
  partMetadata,
  partsWithinLimits,
} from "./deliverMessages";
import { createPacedUpdates } from "./pacedUpdates";
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
  /**
   * The first message posted is (or was) a draft while the model read the article: the briefing replaces
   * it in place, also in a job resumed after a crash.
   */
  framed: z.boolean().optional(),
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
  onDraft: ((draft: BriefingDraft) => void) | undefined,
): Promise<Briefing | undefined> {
  const { slug, actors } = request;
  let briefing: Briefing;
  try {
    briefing = await context.services.briefings.brief(slug, { actors, onDraft });
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

/** Slack allows about one chat.update a second per channel: drafts of one briefing are shown no faster. */
export const draftUpdateIntervalMs = 1_000;

const briefingMetadataOf = (briefing: Briefing): BriefingMetadata => ({
  event_type: briefingMetadataEventType,
  event_payload: {
    slug: briefing.article.slug,
    article_hash: briefing.article.hash,
    // Its "[n]" numbers, for a thread recovered from the metadata.
    cited: briefing.sources.map((source) => source.id).join(","),
  },
});

/** Replaces a posted message's text and blocks, and its metadata if given (a resumed job may simply repeat it). */
export function updateMessage(
  context: SlackJobContext,
  at: { channel: string; ts: string },
  message: { text: string; blocks: readonly unknown[] },
  metadata?: { event_type: string; event_payload: Record<string, string> },
) {
  return callWithRateLimitRetry(
    () =>
      context.slack.call("chat.update", {
        channel: at.channel,
        ts: at.ts,
        text: message.text,
        blocks: JSON.stringify(message.blocks),
        ...(metadata && { metadata: JSON.stringify(metadata) }),
      }),
    context.webApiPolicy,
  );
}

/**
 * The briefing's frame while a model reads the article: the first draft is posted as the briefing's message
 * (once, as deliverMessages posts, with the briefing's metadata), later drafts update it in place at most once
 * a second. A draft that cannot be shown is logged and skipped: the finished briefing is what must land.
 * The thread is linked to the article at once, so questions asked meanwhile are answered.
 */
function briefingFrame(
  request: SlackBriefingRequest,
  execution: JobExecution,
  context: SlackJobContext,
  progress: BriefingProgress,
  saveDelivery: (delivery: DeliveryProgress) => Promise<void>,
) {
  const { logger } = execution;
  let broken = false;
  /** A frame post Slack did not answer: it may still land, so the briefing must not be posted beside it now. */
  let unsettledPost: RetryLaterError | undefined;
  const show = async (draft: BriefingDraft) => {
    if (broken) return;
    const [message] = partsWithinLimits(renderBriefingDraftMessages(draft, { requestedBy: request.userId }));
    if (!message) return;
    try {
      const frameTs = progress.delivery?.posted[0];
      if (frameTs) {
        await updateMessage(context, { channel: request.channelId, ts: frameTs }, message);
        return;
      }
      progress.framed = true;
      const [ts] = await deliverMessages(
        {
          channel: request.channelId,
          threadTs: request.threadTs,
          metadata: briefingMetadataOf(draft.briefing),
        },
        [message],
        { execution, context, progress: progress.delivery, save: saveDelivery },
      );
      if (ts)
        await context.state.rememberBriefingThread({
          channel: request.channelId,
          ts: request.threadTs ?? ts,
          slug: draft.briefing.article.slug,
          articleHash: draft.briefing.article.hash,
          requestedBy: request.userId,
        });
      logger.info("slack.briefing_frame_posted", { slug: draft.briefing.article.slug, ts });
    } catch (error) {
      // Not posted or not updated: the finished briefing goes the usual way (and says why, if it cannot).
      broken = progress.delivery?.posted[0] === undefined;
      if (broken && error instanceof RetryLaterError) unsettledPost = error;
      logger.warn("slack.briefing_draft_failed", { slackError: slackPlatformError(error), error });
    }
  };
  const updates = createPacedUpdates(show, draftUpdateIntervalMs);
  return {
    /** A draft with nothing to show is not posted: a briefing of nothing is answered privately. */
    offer(draft: BriefingDraft) {
      if (progress.delivery?.posted[0] || hasAnyPoint(draft.briefing)) updates.offer(draft);
    },
    finish: () => updates.finish(),
    /** Thrown by the caller once the briefing is ready: the next attempt looks for the frame first. */
    get unsettledPost() {
      return unsettledPost;
    },
    get updates() {
      return updates.shown;
    },
  };
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
  const saveDelivery = (delivery: DeliveryProgress) => save({ delivery });
  const frame =
    progress.privateParts === undefined
      ? briefingFrame(request, execution, context, progress, saveDelivery)
      : undefined;
  let briefing: Briefing | undefined;
  try {
    briefing = await buildBriefing(request, execution, context, frame && ((draft) => frame.offer(draft)));
  } finally {
    await frame?.finish();
  }
  if (frame?.unsettledPost) throw frame.unsettledPost;
  const frameTs = progress.framed ? progress.delivery?.posted[0] : undefined;
  if (!briefing) {
    // A frame went out before the model found nothing to brief: it goes, as a briefing of nothing would.
    if (frameTs) await context.slack.call("chat.delete", { channel: request.channelId, ts: frameTs });
    return { outcome: "answered_privately" };
  }
  const slug = briefing.article.slug;
  if (progress.privateParts === undefined) {
    try {
      const messages = renderBriefingMessages(briefing, { requestedBy: request.userId });
      const target = {
        channel: request.channelId,
        threadTs: request.threadTs,
        metadata: briefingMetadataOf(briefing),
      };
      const posted = await deliverMessages(target, messages, {
        execution,
        context,
        progress: progress.delivery,
        save: saveDelivery,
      });
      const ts = posted[0];
      // The frame's message becomes the briefing (parts after the first went into its thread just now).
      const [first] = partsWithinLimits(messages);
      // Its metadata too: the frame's was the draft's (the job and part stay, for a resumed job to find it).
      if (progress.framed && ts && first) {
        await execution.holdLease();
        await updateMessage(
          context,
          { channel: request.channelId, ts },
          first,
          partMetadata(target, execution, 0),
        );
      }
      // The thread link is what follow-ups need; parts after the first went into its thread.
      if (ts)
        await context.state.rememberBriefingThread({
          channel: request.channelId,
          // Follow-ups arrive under the thread's root: the briefing itself, or the message it answers.
          ts: request.threadTs ?? ts,
          slug,
          articleHash: briefing.article.hash,
          requestedBy: request.userId,
          // Its "[n]" numbers, which answers in its thread keep.
          briefingCitations: briefing.sources.map((source) => source.id),
        });
      logger.info("slack.briefing_posted", {
        slug,
        ts,
        engine: briefing.engine,
        parts: posted.length,
        ...(frame && { draftUpdates: frame.updates }),
      });
      return { ts, parts: posted };
    } catch (error) {
      // A lost lease is not Slack refusing: the worker that has the job now delivers it, this one says nothing.
      if (error instanceof RetryLaterError || error instanceof LeaseLostError) throw error;
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
  const frameTs = progress.framed ? progress.delivery?.posted[0] : undefined;
  // A frame alone in the channel would promise a briefing that is not coming: it says so instead.
  if (frameTs && progress.delivery?.posted.length === 1) {
    const text = slackMessages.failure(reason);
    await updateMessage(context, { channel: to.channelId, ts: frameTs }, { text, blocks: [section(text)] });
    return;
  }
  if ((progress.delivery?.posted.length ?? 0) > 0 || (progress.privateParts ?? 0) > 0) return;
  await respondPrivately(to, context, { text: slackMessages.failure(reason) });
}
