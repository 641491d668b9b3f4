import { z } from "zod";
import { slackMessages } from "../messages";
import { firstLinkInMessage, ShortcutMessageSchema } from "../slackLinks";
import { articleFromLink } from "./articleIntake";
import {
  briefAndPost,
  briefingProgressOf,
  respondPrivately,
  sayBriefingFailed,
  sayOnce,
} from "./postBriefing";
import type { SlackJobKind } from "./slackJobContext";

/** "Brief this article" on a message, as its ack records it: who, where, the message, where to answer. */
export const BriefThisArticlePayloadSchema = z.object({
  userId: z.string(),
  channelId: z.string(),
  responseUrl: z.string().optional(),
  message: ShortcutMessageSchema,
});
export type BriefThisArticlePayload = z.infer<typeof BriefThisArticlePayloadSchema>;

/**
 * Fetches the message's first link and posts the briefing in that message's thread (follow-ups are answered
 * there). The person is told privately what is happening and why, when it cannot.
 */
export const briefThisArticleJob: SlackJobKind<BriefThisArticlePayload> = {
  kind: "slack.brief_this_article",
  payload: BriefThisArticlePayloadSchema,
  async run(payload, execution, context) {
    const { message } = payload;
    const url = firstLinkInMessage(message);
    if (!url) {
      execution.logger.info("slack.shortcut_without_link", { messageTs: message.ts });
      await respondPrivately(payload, context, { text: slackMessages.noLinkInMessage });
      return { outcome: "no_link" };
    }
    const progress = briefingProgressOf(execution);
    let slug = progress.linkedSlug;
    if (!slug) {
      slug = await articleFromLink(url, payload, execution, context, () =>
        sayOnce("fetching", payload, execution, context, progress, { text: slackMessages.fetching(url) }),
      );
      if (!slug) return { outcome: "link_refused" };
      progress.linkedSlug = slug;
      await execution.saveProgress(progress);
    }
    const threadTs = message.thread_ts ?? message.ts;
    return briefAndPost({ ...payload, slug, actors: undefined, threadTs }, execution, context, progress);
  },
  giveUp: (payload, execution, context, reason) => sayBriefingFailed(payload, execution, context, reason),
};
