import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { briefThisArticleJob } from "../../jobs/briefThisArticleJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { ShortcutMessageSchema } from "../../slackLinks";

/** The message shortcut's callback id, as in manifest.yml. */
export const briefThisArticleCallbackId = "brief_this_article";

/** The parts of a message_action payload this listener reads (Slack's "Shortcuts interaction payloads"). */
const MessageShortcutSchema = z.object({
  type: z.literal("message_action"),
  trigger_id: z.string(),
  response_url: z.string().optional(),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  message: ShortcutMessageSchema,
});

/**
 * "Brief this article" on a message: records its job (jobs/briefThisArticleJob.ts: the message's first link,
 * fetched and briefed in the message's thread), keyed by the shortcut's trigger_id, then acks.
 */
export function briefThisArticle(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = MessageShortcutSchema.safeParse(body);
    if (!parsed.success) {
      dependencies.logger.warn("slack.shortcut_unreadable", { issues: parsed.error.issues.length });
      await ack();
      return;
    }
    const { user, channel, message } = parsed.data;
    await dependencies.jobs
      .enqueue(briefThisArticleJob, `slack.shortcut:${parsed.data.trigger_id}`, {
        userId: user.id,
        channelId: channel.id,
        responseUrl: parsed.data.response_url,
        message,
      })
      .catch(() => undefined);
    await ack();
  };
}
