import type { AllMiddlewareArgs, RespondArguments, RespondFn, SlackViewMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { isBriefError } from "../../../domain/errors";
import { pasteArticleForm } from "../../../render/pasteArticleForm";
import { ingestRefusalMessage, tellAboutUnexpectedFailure } from "../../articleIntake";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { decodePasteFormTarget } from "../../pasteFormTarget";
import { briefAndPost } from "../../postBriefing";

/** The parts of a view_submission payload this listener reads (Slack's "View interaction payloads"). */
const InputValueSchema = z.object({ value: z.string().nullish() }).loose();
const PasteSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string() }),
  view: z.object({
    private_metadata: z.string().optional(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), InputValueSchema)) }),
  }),
});

/** Which form field a core refusal is about, so the form can show it in place. */
const fieldBlocks: Record<string, string> = {
  title: pasteArticleForm.blocks.title,
  url: pasteArticleForm.blocks.url,
  text: pasteArticleForm.textBlocks[0],
};

/** Private answers after the form has closed: a submission has no response_url, so they go as ephemerals. */
function ephemeralResponder(
  dependencies: Pick<ListenerDependencies, "webApi">,
  channel: string,
  user: string,
): RespondFn {
  return async (message) => {
    const { text, blocks } = (
      typeof message === "string" ? { text: message } : message
    ) as RespondArguments & {
      text?: string;
      blocks?: unknown[];
    };
    return dependencies.webApi.call("chat.postEphemeral", {
      channel,
      user,
      text: text ?? "",
      ...(blocks ? { blocks: JSON.stringify(blocks) } : {}),
    }) as never;
  };
}

/**
 * The paste form's submission. The article is stored before the ack, because only the ack can show a
 * problem (no title, too little text, a bad link) in the form itself; storing pasted text takes milliseconds.
 * Then the form closes and the briefing is posted in the channel the form was opened from.
 */
export function pasteArticleSubmission(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = PasteSubmissionSchema.safeParse(body);
    const target = parsed.success ? decodePasteFormTarget(parsed.data.view.private_metadata) : undefined;
    if (!parsed.success || !target) {
      await ack();
      dependencies.logger.warn("slack.paste_form_unreadable");
      return;
    }
    const userId = parsed.data.user.id;
    const logger = dependencies.logger.child({
      view: pasteArticleForm.callbackId,
      user: userId,
      channel: target.channelId,
    });
    const values = parsed.data.view.state.values;
    const field = (blockId: string) =>
      values[blockId]?.[Object.keys(values[blockId] ?? {})[0] ?? ""]?.value ?? "";
    const request = { userId, channelId: target.channelId };
    const refusal = ingestRefusalMessage(request, dependencies);
    if (refusal) {
      logger.info("slack.ingest_not_allowed", { reason: "paste" });
      await ack({ response_action: "errors", errors: { [pasteArticleForm.textBlocks[0]]: refusal } });
      return;
    }
    let slug: string;
    try {
      const result = await dependencies.services.ingest.ingestPastedText({
        title: field(pasteArticleForm.blocks.title),
        url: field(pasteArticleForm.blocks.url),
        text: pasteArticleForm.textBlocks.map(field).join("\n"),
      });
      slug = result.article.slug;
      logger.info("slack.article_from_paste", { slug, status: result.status });
    } catch (error) {
      if (isBriefError(error) && (error.code === "bad_input" || error.code === "not_an_article")) {
        logger.info("slack.paste_refused", { code: error.code, reason: error.message });
        const blockId = fieldBlocks[String(error.details.field)] ?? pasteArticleForm.textBlocks[0];
        await ack({ response_action: "errors", errors: { [blockId]: error.message } });
        return;
      }
      logger.error("slack.paste_failed", { error });
      await ack({
        response_action: "errors",
        errors: { [pasteArticleForm.textBlocks[0]]: slackMessages.failure(error) },
      });
      return;
    }
    await ack();
    const respond = ephemeralResponder(dependencies, target.channelId, userId);
    await dependencies.background.run("brief_pasted_article", async () => {
      try {
        await respond({ response_type: "ephemeral", text: slackMessages.preparing(slug) });
        const briefing = { slug, actors: undefined, channelId: target.channelId, userId };
        await briefAndPost(briefing, { ...dependencies, logger }, respond);
      } catch (error) {
        await tellAboutUnexpectedFailure(error, respond, logger, "slack.paste_briefing_failed");
      }
    });
  };
}
