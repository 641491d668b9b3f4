import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { isBriefError } from "../../../domain/errors";
import { pasteArticleForm } from "../../../render/pasteArticleForm";
import { briefArticleJob } from "../../jobs/briefArticleJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { decodePasteFormTarget } from "../../pasteFormTarget";

/** The parts of a view_submission payload this listener reads (Slack's "View interaction payloads"). */
const InputValueSchema = z.object({ value: z.string().nullish() }).loose();
const PasteSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  trigger_id: z.string().optional(),
  user: z.object({ id: z.string() }),
  view: z.object({
    id: z.string().optional(),
    hash: z.string().optional(),
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

/**
 * The paste form's submission. The article is stored before the ack, because only the ack can show a
 * problem (no title, too little text, a bad link) in the form itself; storing pasted text takes milliseconds
 * (the form's fields are bounded). Then its briefing's job is recorded (jobs/briefArticleJob.ts, for the
 * channel the form was opened from), the form closes, and the job says "Preparing…" and posts it.
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
    const refusal = dependencies.pasteIntake.access.refusal(userId, target.channelId);
    if (refusal) {
      logger.info("slack.ingest_not_allowed", { reason: "paste" });
      await ack({
        response_action: "errors",
        errors: { [pasteArticleForm.textBlocks[0]]: slackMessages.ingestRefused(refusal) },
      });
      return;
    }
    let slug: string;
    try {
      const result = await dependencies.pasteIntake.ingest.ingestPastedText({
        title: field(pasteArticleForm.blocks.title),
        url: field(pasteArticleForm.blocks.url),
        text: pasteArticleForm.textBlocks.map(field).join("\n"),
      });
      slug = result.article.slug;
      logger.info("slack.article_from_paste", { slug, status: result.status });
    } catch (error) {
      const personsMistake = ["bad_input", "not_an_article", "bad_article_file"] as const;
      if (isBriefError(error) && personsMistake.some((code) => code === error.code)) {
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
    const trigger = parsed.data.trigger_id ?? `${parsed.data.view.id}:${parsed.data.view.hash}`;
    try {
      await dependencies.jobs.enqueue(briefArticleJob, `slack.view:${trigger}`, {
        slug,
        channelId: target.channelId,
        userId,
      });
    } catch {
      await ack({
        response_action: "errors",
        errors: { [pasteArticleForm.textBlocks[0]]: slackMessages.notRecorded },
      });
      return;
    }
    await ack();
  };
}
