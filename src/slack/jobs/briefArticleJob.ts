import { z } from "zod";
import { slackMessages } from "../messages";
import { briefAndPost, briefingProgressOf, sayBriefingFailed, sayOnce } from "./postBriefing";
import type { SlackJobKind } from "./slackJobContext";

/** A briefing of a known article, as a "Brief …" click or a pasted article's submission records it. */
export const BriefArticlePayloadSchema = z.object({
  slug: z.string().min(1),
  actors: z.array(z.string()).optional(),
  channelId: z.string(),
  userId: z.string(),
  /** The click's; a form's submission has none (private answers then go as ephemeral messages). */
  responseUrl: z.string().optional(),
  /** A click replaces the private answer its button was in with "Preparing…". */
  replacesAnswer: z.boolean().optional(),
});
export type BriefArticlePayload = z.infer<typeof BriefArticlePayloadSchema>;

/**
 * Says "Preparing …" (replacing the private answer a "Brief …" button was in), then briefs and posts as `/brief`
 * does, in the same channel: for a button in one of `/brief`'s private answers (a near miss, one of several
 * articles, an actor, the list), and for an article just pasted into the form.
 */
export const briefArticleJob: SlackJobKind<BriefArticlePayload> = {
  kind: "slack.brief_article",
  payload: BriefArticlePayloadSchema,
  async run(payload, execution, context) {
    const progress = briefingProgressOf(execution);
    await sayOnce("preparing", payload, execution, context, progress, {
      ...(payload.replacesAnswer && { replace_original: true }),
      text: slackMessages.preparing(payload.slug),
    });
    return briefAndPost({ ...payload, actors: payload.actors }, execution, context, progress);
  },
  giveUp: (payload, execution, context, reason) => sayBriefingFailed(payload, execution, context, reason),
};
