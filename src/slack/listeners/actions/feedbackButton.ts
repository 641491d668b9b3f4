import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { feedbackActionIds } from "../../../render/blocks";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { FeedbackActionBodySchema } from "../../payloads";

/** 👍/👎 on a briefing: one vote per person per briefing (a second click changes it), thanked privately. */
export function feedbackButton(dependencies: ListenerDependencies) {
  return async ({ ack, body, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const parsed = FeedbackActionBodySchema.safeParse(body);
    const action = parsed.success ? parsed.data.actions[0] : undefined;
    const channel = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    const messageTs = parsed.data?.message?.ts ?? parsed.data?.container?.message_ts;
    if (!parsed.success || !action || !channel || !messageTs) {
      dependencies.logger.warn("slack.feedback_unreadable");
      return;
    }
    const vote = action.action_id === feedbackActionIds.up ? "up" : "down";
    const slug = action.value?.split(":")[0];
    await dependencies.state.recordFeedback({ channel, messageTs, user: parsed.data.user.id, vote, slug });
    dependencies.logger.info("slack.feedback", { channel, messageTs, vote, slug });
    await dependencies.background.run("feedback_thanks", () =>
      respond({
        response_type: "ephemeral",
        replace_original: false,
        text: slackMessages.feedbackThanks(vote),
      }).then(() => undefined),
    );
  };
}
