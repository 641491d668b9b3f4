import type { Logger } from "../log";
import type { SlackMessage } from "../render/blocks";
import { callWithRateLimitRetry, type WebApiPolicy } from "./slackWebApi";
import type { WebApiThread } from "./webApiThread";

export interface PostTarget {
  channel: string;
  /** Reply in this thread; later parts of a long message always go into the first one's thread. */
  threadTs?: string | undefined;
  metadata?: { event_type: string; event_payload: Record<string, string> } | undefined;
}

/**
 * Posts one rendered message (one or more parts when it passed Block Kit's limits) and returns the first
 * part's ts. Links are never unfurled: a briefing is about the article, not a preview of whatever it links to.
 */
export async function postMessages(
  webApi: Pick<WebApiThread, "call">,
  target: PostTarget,
  messages: readonly SlackMessage[],
  context: { policy: WebApiPolicy; logger: Logger },
): Promise<string | undefined> {
  let firstTs: string | undefined;
  for (const [index, message] of messages.entries()) {
    const threadTs = target.threadTs ?? firstTs;
    const result = await callWithRateLimitRetry(
      () =>
        webApi.call("chat.postMessage", {
          channel: target.channel,
          text: message.text,
          // Slack reads `blocks` as a JSON string in the form body anyway. Serialising it here spares the SDK
          // a deep walk of every block (its debug-log redaction runs even when debug is off), and the worker
          // thread receives one string instead of cloning a tree of objects.
          blocks: JSON.stringify(message.blocks),
          unfurl_links: false,
          unfurl_media: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          ...(index === 0 && target.metadata ? { metadata: target.metadata } : {}),
        }),
      context.policy,
      (retryAfterSeconds, attempt) =>
        context.logger.warn("slack.rate_limited", {
          method: "chat.postMessage",
          channel: target.channel,
          retryAfterSeconds,
          attempt,
        }),
    );
    firstTs ??= typeof result.ts === "string" ? result.ts : undefined;
  }
  return firstTs;
}
