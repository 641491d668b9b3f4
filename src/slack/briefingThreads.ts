import { RetryLaterError } from "../jobs/jobRunner";
import type { Logger } from "../log";
import { BriefingMetadataSchema, ThreadRepliesSchema } from "./payloads";
import type { BriefingThread, SlackState } from "./slackState";
import {
  callWithRateLimitRetry,
  type SlackWebApi,
  slackPlatformError,
  type WebApiPolicy,
} from "./slackWebApi";

/**
 * The article a thread is about. Our table answers at once. When it has no row (the database was reset or
 * moved) but the thread's parent was written by us, the parent may still be a briefing: it carries the
 * article in its message metadata, read back with one `conversations.replies` call (the history scopes the
 * manifest already asks for) and remembered again, so later messages in that thread cost no call. Threads
 * under anyone else's message are never looked up: the bot sees every thread reply in its channels.
 */
export async function findBriefingThread(
  message: { channel: string; threadTs: string; parentIsOurs: boolean },
  context: {
    slack: Pick<SlackWebApi, "call">;
    state: SlackState;
    policy: WebApiPolicy;
    logger: Logger;
  },
): Promise<BriefingThread | undefined> {
  const stored = await context.state.findBriefingThread(message.channel, message.threadTs);
  if (stored || !message.parentIsOurs) return stored;
  const { logger } = context;
  try {
    const replies = await callWithRateLimitRetry(
      () =>
        context.slack.call("conversations.replies", {
          channel: message.channel,
          ts: message.threadTs,
          limit: 1,
          include_all_metadata: true,
        }),
      context.policy,
    );
    const parent = ThreadRepliesSchema.parse(replies).messages.find((reply) => reply.ts === message.threadTs);
    const metadata = BriefingMetadataSchema.safeParse(parent?.metadata);
    if (!metadata.success) {
      logger.info("slack.thread_not_a_briefing", { threadTs: message.threadTs });
      return undefined;
    }
    const thread: BriefingThread = {
      channel: message.channel,
      ts: message.threadTs,
      slug: metadata.data.event_payload.slug,
      articleHash: metadata.data.event_payload.article_hash,
      requestedBy: undefined,
      briefingCitations: metadata.data.event_payload.cited?.split(",").filter(Boolean),
    };
    await context.state.rememberBriefingThread(thread);
    logger.info("slack.briefing_thread_recovered", { threadTs: message.threadTs, slug: thread.slug });
    return thread;
  } catch (error) {
    // Slack did not answer: the question's job tries again later rather than leave it unanswered.
    if (error instanceof RetryLaterError) throw error;
    logger.warn("slack.briefing_thread_lookup_failed", {
      threadTs: message.threadTs,
      slackError: slackPlatformError(error),
      error,
    });
    return undefined;
  }
}
