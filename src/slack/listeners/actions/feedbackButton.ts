import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { feedbackActionIds } from "../../../render/blocks";
import { feedbackJob } from "../../jobs/feedbackJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { FeedbackActionBodySchema } from "../../payloads";

/** 👍/👎 on a briefing: records the vote's job (keyed by the click's trigger_id), then acks. */
export function feedbackButton(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = FeedbackActionBodySchema.safeParse(body);
    const action = parsed.success ? parsed.data.actions[0] : undefined;
    const channel = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    const messageTs = parsed.data?.message?.ts ?? parsed.data?.container?.message_ts;
    if (!parsed.success || !action || !channel || !messageTs) {
      dependencies.logger.warn("slack.feedback_unreadable");
      await ack();
      return;
    }
    const clickId = parsed.data.trigger_id ?? `${parsed.data.user.id}:${action.action_ts ?? messageTs}`;
    // A vote that cannot be recorded is logged by the intake; the click is acked either way.
    await dependencies.jobs
      .enqueue(feedbackJob, `slack.action:${clickId}`, {
        channel,
        messageTs,
        user: parsed.data.user.id,
        vote: action.action_id === feedbackActionIds.up ? "up" : "down",
        slug: action.value?.split(":")[0],
        responseUrl: parsed.data.response_url,
      })
      .catch(() => undefined);
    await ack();
  };
}
