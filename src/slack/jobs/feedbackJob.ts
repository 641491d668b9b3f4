import { z } from "zod";
import { slackMessages } from "../messages";
import type { SlackJobKind } from "./slackJobContext";

/** A 👍/👎 click as its ack records it. */
export const FeedbackPayloadSchema = z.object({
  channel: z.string(),
  messageTs: z.string(),
  user: z.string(),
  vote: z.enum(["up", "down"]),
  slug: z.string().optional(),
  responseUrl: z.string().optional(),
});
export type FeedbackPayload = z.infer<typeof FeedbackPayloadSchema>;

/** One vote per person per briefing (a second click changes it), thanked privately. */
export const feedbackJob: SlackJobKind<FeedbackPayload> = {
  kind: "slack.feedback",
  payload: FeedbackPayloadSchema,
  async run(payload, execution, context) {
    await context.state.recordFeedback({ ...payload, slug: payload.slug });
    execution.logger.info("slack.feedback", {
      channel: payload.channel,
      messageTs: payload.messageTs,
      vote: payload.vote,
      slug: payload.slug,
    });
    if (payload.responseUrl)
      await context.slack.respond(payload.responseUrl, {
        response_type: "ephemeral",
        replace_original: false,
        text: slackMessages.feedbackThanks(payload.vote),
      });
    return { outcome: "recorded" };
  },
  // The vote is a click, not a request: nobody waits for an answer, so a failure is only logged.
  async giveUp() {},
};
