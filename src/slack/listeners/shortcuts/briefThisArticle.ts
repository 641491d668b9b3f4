import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { articleFromLink, tellAboutUnexpectedFailure } from "../../articleIntake";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { briefAndPost } from "../../postBriefing";
import { firstLinkInMessage, ShortcutMessageSchema } from "../../slackLinks";

/** The message shortcut's callback id, as in manifest.yml. */
export const briefThisArticleCallbackId = "brief_this_article";

/** The parts of a message_action payload this listener reads (Slack's "Shortcuts interaction payloads"). */
const MessageShortcutSchema = z.object({
  type: z.literal("message_action"),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  message: ShortcutMessageSchema,
});

/**
 * "Brief this article" on a message: acks, then fetches the message's first link and posts the briefing in
 * that message's thread. The person is told privately what is happening and why, when it cannot.
 */
export function briefThisArticle(dependencies: ListenerDependencies) {
  return async ({ ack, body, respond }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const parsed = MessageShortcutSchema.safeParse(body);
    if (!parsed.success) {
      dependencies.logger.warn("slack.shortcut_unreadable", { issues: parsed.error.issues.length });
      return;
    }
    const { user, channel, message } = parsed.data;
    const logger = dependencies.logger.child({
      shortcut: briefThisArticleCallbackId,
      user: user.id,
      channel: channel.id,
    });
    await dependencies.background.run("brief_this_article", async () => {
      try {
        const url = firstLinkInMessage(message);
        if (!url) {
          logger.info("slack.shortcut_without_link", { messageTs: message.ts });
          await respond({ response_type: "ephemeral", text: slackMessages.noLinkInMessage });
          return;
        }
        await respond({ response_type: "ephemeral", text: slackMessages.fetching(url) });
        const request = { userId: user.id, channelId: channel.id };
        const slug = await articleFromLink(url, request, { ...dependencies, logger }, respond);
        if (!slug) return;
        const target = { channelId: channel.id, userId: user.id, threadTs: message.thread_ts ?? message.ts };
        await briefAndPost({ slug, actors: undefined, ...target }, { ...dependencies, logger }, respond);
      } catch (error) {
        await tellAboutUnexpectedFailure(error, respond, logger, "slack.shortcut_failed");
      }
    });
  };
}
