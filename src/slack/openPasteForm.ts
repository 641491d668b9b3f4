import type { RespondFn } from "@slack/bolt";
import { pasteArticleModal } from "../render/pasteArticleForm";
import { ingestRefusalMessage } from "./articleIntake";
import type { ListenerDependencies } from "./listenerDependencies";
import { slackMessages } from "./messages";
import { encodePasteFormTarget } from "./pasteFormTarget";
import { slackPlatformError } from "./slackWebApi";

/**
 * Opens the paste form for this person. Called right after the ack: a trigger_id is good for 3 seconds, so
 * nothing slow comes before views.open. A person who may not add articles here is told so instead.
 */
export async function openPasteForm(
  request: { triggerId: string; userId: string; channelId: string },
  dependencies: Pick<ListenerDependencies, "ingestAccess" | "webApi" | "logger">,
  respond: RespondFn,
): Promise<void> {
  const refusal = ingestRefusalMessage(request, dependencies);
  if (refusal) {
    dependencies.logger.info("slack.paste_form_refused", {
      user: request.userId,
      channel: request.channelId,
    });
    await respond({ response_type: "ephemeral", text: refusal });
    return;
  }
  const view = pasteArticleModal(encodePasteFormTarget({ channelId: request.channelId }));
  try {
    await dependencies.webApi.call("views.open", {
      trigger_id: request.triggerId,
      view: JSON.stringify(view),
    });
    dependencies.logger.info("slack.paste_form_opened", { user: request.userId, channel: request.channelId });
  } catch (error) {
    const platformError = slackPlatformError(error);
    // expired_trigger_id: the 3 seconds passed (a slow network, a busy process); the person can simply retry.
    dependencies.logger.warn("slack.paste_form_not_opened", { slackError: platformError, error });
    await respond({
      response_type: "ephemeral",
      text:
        platformError === "expired_trigger_id" ? slackMessages.pasteFormExpired : slackMessages.slackFailed,
    });
  }
}
