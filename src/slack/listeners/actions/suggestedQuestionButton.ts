import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { suggestedQuestionJob } from "../../jobs/suggestedQuestionJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { readButtonValue, SuggestedQuestionBodySchema, SuggestedQuestionValueSchema } from "../../payloads";

/**
 * A suggested question under a briefing: records the job that asks it in the briefing's thread
 * (jobs/suggestedQuestionJob.ts), keyed by the click, so a replayed click is asked once; then acks.
 */
export function suggestedQuestionButton(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = SuggestedQuestionBodySchema.safeParse(body);
    const action = parsed.success ? parsed.data.actions[0] : undefined;
    const value = readButtonValue(SuggestedQuestionValueSchema, action?.value);
    const channel = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    const message = parsed.data?.message;
    if (!parsed.success || !value.success || !channel || !message) {
      dependencies.logger.warn("slack.suggested_question_unreadable");
      await ack();
      return;
    }
    const clickId = parsed.data.trigger_id ?? `${parsed.data.user.id}:${action?.action_ts ?? message.ts}`;
    // A click that cannot be recorded is logged by the intake; Slack only needs the ack.
    await dependencies.jobs
      .enqueue(suggestedQuestionJob, `slack.action:${clickId}`, {
        channel,
        threadTs: message.thread_ts ?? message.ts,
        userId: parsed.data.user.id,
        question: value.data.question,
        responseUrl: parsed.data.response_url,
      })
      .catch(() => undefined);
    await ack();
  };
}
