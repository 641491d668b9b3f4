import { z } from "zod";
import { type JobExecution, RetryLaterError } from "../../jobs/jobRunner";
import { fitSlackLimits } from "../../render/slackLimits";
import { callWithRateLimitRetry, slackPlatformError } from "../slackWebApi";
import type { OutgoingMessage, SlackJobContext } from "./slackJobContext";

/**
 * Posts a job's reply exactly once, even when the job is resumed after a crash. Each part posted is
 * recorded with the job (its ts), so a resumed job posts only what is missing. The one gap is a crash after
 * Slack took a post but before its ts was recorded: each part carries the job's id in its message metadata,
 * and a resumed job whose last checkpoint says "posting part n" first looks for that part in the channel's
 * history (or the thread's replies) and only posts it when it is not there.
 */

/** Metadata of every part that is not a briefing's first message (which says `brief_bot_briefing`). */
export const replyMetadataEventType = "brief_bot_reply";

export const DeliveryProgressSchema = z.object({
  /** The ts of each part Slack confirmed, in order. */
  posted: z.array(z.string()).default([]),
  /** The part sent to Slack last, whose answer may not have been recorded (it may be in Slack already). */
  posting: z.number().int().nonnegative().optional(),
});
export type DeliveryProgress = z.infer<typeof DeliveryProgressSchema>;

export interface DeliveryTarget {
  channel: string;
  /** Reply in this thread; without it the first part goes to the channel and the rest into its thread. */
  threadTs?: string | undefined;
  /** Metadata of the first part; every part also carries `job_id` and `part`. */
  metadata?: { event_type: string; event_payload: Record<string, string> } | undefined;
}

const JobMetadataSchema = z.object({
  event_payload: z.object({ job_id: z.string(), part: z.string() }),
});

const MessagePageSchema = z.object({
  messages: z.array(z.object({ ts: z.string(), metadata: z.unknown().optional() }).nullable()).default([]),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

/** Slack's ts for a time in milliseconds. */
const slackTs = (milliseconds: number) => (milliseconds / 1000).toFixed(6);

/** Pages of history read when looking for a part (200 messages each) before concluding it was not posted. */
const lookupPages = 5;

async function findPostedPart(
  context: SlackJobContext,
  target: { channel: string; threadTs: string | undefined },
  execution: JobExecution,
  part: number,
): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < lookupPages; page += 1) {
    const method = target.threadTs ? "conversations.replies" : "conversations.history";
    const response = await callWithRateLimitRetry(
      () =>
        context.slack.call(method, {
          channel: target.channel,
          ...(target.threadTs ? { ts: target.threadTs } : {}),
          // A minute of slack for clock skew between this host and Slack.
          oldest: slackTs(execution.createdAt - 60_000),
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        }),
      context.webApiPolicy,
    );
    const messages = MessagePageSchema.parse(response);
    const match = messages.messages.find((message) => {
      const metadata = JobMetadataSchema.safeParse(message?.metadata);
      return (
        metadata.success &&
        metadata.data.event_payload.job_id === execution.id &&
        metadata.data.event_payload.part === String(part)
      );
    });
    if (match) return match.ts;
    cursor = messages.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}

async function postOrRetryLater<Result>(retryAfterMs: number, post: () => Promise<Result>): Promise<Result> {
  try {
    return await post();
  } catch (error) {
    if (error instanceof RetryLaterError)
      throw new RetryLaterError(error.message, { retryAfterMs, cause: error });
    throw error;
  }
}

/** The metadata part `index` of a job's reply carries: the target's on the first part, and the job and part. */
export function partMetadata(
  target: Pick<DeliveryTarget, "metadata">,
  execution: JobExecution,
  index: number,
) {
  const first = index === 0 ? target.metadata : undefined;
  return {
    event_type: first?.event_type ?? replyMetadataEventType,
    event_payload: { ...first?.event_payload, job_id: execution.id, part: String(index) },
  };
}

/** The messages as they are posted: fitted to Slack's limits, so one may have become several parts. */
export function partsWithinLimits(messages: readonly OutgoingMessage[]) {
  return fitSlackLimits(messages.map((message) => ({ ...message, blocks: [...message.blocks] })));
}

/**
 * Posts the parts not yet posted (after fitting them to Slack's limits) and returns every part's ts. `save`
 * stores the delivery progress with the job; it fails once the job's lease is lost, so a worker that lost
 * its job never posts.
 */
export async function deliverMessages(
  target: DeliveryTarget,
  messages: readonly OutgoingMessage[],
  delivery: {
    execution: JobExecution;
    context: SlackJobContext;
    progress: DeliveryProgress | undefined;
    save(progress: DeliveryProgress): Promise<void>;
  },
): Promise<string[]> {
  const { execution, context } = delivery;
  const parts = partsWithinLimits(messages);
  const posted = [...(delivery.progress?.posted ?? [])];
  for (let index = posted.length; index < parts.length; index += 1) {
    const part = parts[index] as (typeof parts)[number];
    const threadTs = target.threadTs ?? posted[0];
    if (delivery.progress?.posting === index) {
      const found = await findPostedPart(
        context,
        { channel: target.channel, threadTs },
        execution,
        index,
      ).catch((error: unknown) => {
        // Unknown whether it was posted: posting again risks a duplicate, not posting risks no reply at all.
        execution.logger.warn("slack.resume_lookup_failed", { slackError: slackPlatformError(error), error });
        return undefined;
      });
      if (found) {
        execution.logger.info("slack.resume_found_post", { part: index, ts: found });
        posted.push(found);
        continue;
      }
    }
    await delivery.save({ posted, posting: index });
    // A post that got no answer may still land in Slack: the next attempt looks for it only after the time
    // such a request could still be on its way, so it finds it rather than posting it again.
    const landingMs = 2 * context.webApiPolicy.timeoutMs;
    const metadata = partMetadata(target, execution, index);
    const result = await callWithRateLimitRetry(
      () =>
        postOrRetryLater(landingMs, () =>
          context.slack.call("chat.postMessage", {
            channel: target.channel,
            text: part.text,
            // Slack reads `blocks` and `metadata` as JSON strings in the form body anyway; serialising them here
            // spares the SDK a deep walk of every block.
            blocks: JSON.stringify(part.blocks),
            metadata: JSON.stringify(metadata),
            // A briefing is about the article, not a preview of whatever it links to.
            unfurl_links: false,
            unfurl_media: false,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          }),
        ),
      context.webApiPolicy,
      (retryAfterSeconds, attempt) =>
        execution.logger.warn("slack.rate_limited", {
          method: "chat.postMessage",
          channel: target.channel,
          retryAfterSeconds,
          attempt,
        }),
    );
    posted.push(typeof result.ts === "string" ? result.ts : "");
  }
  // Recorded with the job, found parts included: what the caller does next (replace a placeholder in place)
  // reads the posted ts from the progress, also in a job resumed by another worker.
  if (posted.length > (delivery.progress?.posted.length ?? 0)) await delivery.save({ posted });
  return posted;
}
