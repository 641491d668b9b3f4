import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { sourcesViewJob } from "../../jobs/sourcesViewJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { BriefingRefSchema, readButtonValue, SourcesActionBodySchema } from "../../payloads";

/** "Sources and more" under a briefing: records the modal's job (jobs/sourcesViewJob.ts), keyed by the click. */
export function sourcesButton(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = SourcesActionBodySchema.safeParse(body);
    const ref = parsed.success
      ? readButtonValue(BriefingRefSchema, parsed.data.actions[0]?.value)
      : undefined;
    if (!parsed.success || !ref?.success) {
      dependencies.logger.warn("slack.sources_unreadable");
      await ack();
      return;
    }
    // A click that cannot be recorded is logged by the intake; Slack only needs the ack.
    await dependencies.jobs
      .enqueue(sourcesViewJob, `slack.action:${parsed.data.trigger_id}`, {
        triggerId: parsed.data.trigger_id,
        user: parsed.data.user.id,
        briefing: ref.data,
      })
      .catch(() => undefined);
    await ack();
  };
}
