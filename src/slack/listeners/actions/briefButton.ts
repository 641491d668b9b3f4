import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { briefArticleJob } from "../../jobs/briefArticleJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { BriefButtonBodySchema, BriefButtonValueSchema, readButtonValue } from "../../payloads";

/** A "Brief …" button in one of `/brief`'s private answers: records its job (jobs/briefArticleJob.ts), acks. */
export function briefButton(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = BriefButtonBodySchema.safeParse(body);
    const value = parsed.success
      ? readButtonValue(BriefButtonValueSchema, parsed.data.actions[0]?.value)
      : undefined;
    const channelId = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    if (!parsed.success || !value?.success || !channelId) {
      dependencies.logger.warn("slack.brief_button_unreadable");
      await ack();
      return;
    }
    const clickId = parsed.data.trigger_id ?? `${parsed.data.user.id}:${parsed.data.actions[0]?.action_ts}`;
    // A click that cannot be recorded is logged by the intake; Slack only needs the ack.
    await dependencies.jobs
      .enqueue(briefArticleJob, `slack.action:${clickId}`, {
        slug: value.data.slug,
        actors: value.data.actors,
        channelId,
        userId: parsed.data.user.id,
        responseUrl: parsed.data.response_url,
        replacesAnswer: true,
      })
      .catch(() => undefined);
    await ack();
  };
}
