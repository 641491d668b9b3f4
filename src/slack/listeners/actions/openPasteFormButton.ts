import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { openPasteFormJob } from "../../jobs/openPasteFormJob";
import type { ListenerDependencies } from "../../listenerDependencies";

const ButtonBodySchema = z.object({
  trigger_id: z.string(),
  response_url: z.string().optional(),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional() }).optional(),
});

/** *Paste an article* in the help: records the job that opens the form (jobs/openPasteFormJob.ts), acks. */
export function openPasteFormButton(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = ButtonBodySchema.safeParse(body);
    const channelId = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    if (!parsed.success || !channelId) {
      dependencies.logger.warn("slack.paste_button_unreadable");
      await ack();
      return;
    }
    await dependencies.jobs
      .enqueue(openPasteFormJob, `slack.action:${parsed.data.trigger_id}`, {
        triggerId: parsed.data.trigger_id,
        userId: parsed.data.user.id,
        channelId,
        responseUrl: parsed.data.response_url,
      })
      .catch(() => undefined);
    await ack();
  };
}
