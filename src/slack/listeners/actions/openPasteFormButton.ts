import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { ListenerDependencies } from "../../listenerDependencies";
import { openPasteForm } from "../../openPasteForm";

const ButtonBodySchema = z.object({
  trigger_id: z.string(),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional() }).optional(),
});

/** *Paste an article* in the help: opens the paste form at once, within the trigger's 3 seconds. */
export function openPasteFormButton(dependencies: ListenerDependencies) {
  return async ({ ack, body, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const parsed = ButtonBodySchema.safeParse(body);
    const channelId = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    if (!parsed.success || !channelId) {
      dependencies.logger.warn("slack.paste_button_unreadable");
      return;
    }
    await openPasteForm(
      { triggerId: parsed.data.trigger_id, userId: parsed.data.user.id, channelId },
      dependencies,
      respond,
    );
  };
}
