import { z } from "zod";
import { openPasteForm } from "./articleIntake";
import type { SlackJobKind } from "./slackJobContext";

/** *Paste an article* in the help, as its ack records it: the form's trigger, who, where. */
export const OpenPasteFormPayloadSchema = z.object({
  triggerId: z.string(),
  userId: z.string(),
  channelId: z.string(),
  responseUrl: z.string().optional(),
});
export type OpenPasteFormPayload = z.infer<typeof OpenPasteFormPayloadSchema>;

/** Opens the paste form at once, within the trigger's 3 seconds. */
export const openPasteFormJob: SlackJobKind<OpenPasteFormPayload> = {
  kind: "slack.open_paste_form",
  payload: OpenPasteFormPayloadSchema,
  run: (payload, execution, context) => openPasteForm(payload, execution, context),
  // A form that did not open has said why (openPasteForm); a failure past that shows nothing more.
  async giveUp() {},
};
