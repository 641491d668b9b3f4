import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { briefCommandJob } from "../../jobs/briefCommandJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { SlashCommandSchema } from "../../payloads";

/**
 * `/brief …`: records the job under the command's trigger_id (a replayed request finds it and is not run
 * again), then acks with nothing. The job (jobs/briefCommandJob.ts) decides what the command means, says
 * "Preparing …" privately for a briefing it will make, and posts it, or answers privately.
 */
export function briefCommand(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = SlashCommandSchema.safeParse(body);
    if (!parsed.success) {
      dependencies.logger.warn("slack.command_unreadable", { issues: parsed.error.issues.length });
      await ack({ response_type: "ephemeral", text: slackMessages.unreadableRequest });
      return;
    }
    const command = parsed.data;
    try {
      await dependencies.jobs.enqueue(briefCommandJob, `slack.command:${command.trigger_id}`, {
        text: command.text,
        userId: command.user_id,
        channelId: command.channel_id,
        responseUrl: command.response_url,
        triggerId: command.trigger_id,
      });
    } catch {
      await ack({ response_type: "ephemeral", text: slackMessages.notRecorded });
      return;
    }
    await ack();
  };
}
