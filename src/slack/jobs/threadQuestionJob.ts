import { z } from "zod";
import { AnswerSchema } from "../../domain/answer";
import type { JobExecution } from "../../jobs/jobRunner";
import { renderAnswerMessages, renderAnswerPlaceholder } from "../../render/blocks";
import { fitSlackLimits } from "../../render/slackLimits";
import { findBriefingThread } from "../briefingThreads";
import { slackMessages } from "../messages";
import { slackMarkupToPlainText } from "../slackText";
import { callWithRateLimitRetry } from "../slackWebApi";
import { type DeliveryProgress, DeliveryProgressSchema, deliverMessages } from "./deliverMessages";
import type { OutgoingMessage, SlackJobContext, SlackJobKind } from "./slackJobContext";

/** What the ack of a thread message or @mention records. */
export const ThreadQuestionPayloadSchema = z.object({
  channel: z.string(),
  ts: z.string(),
  threadTs: z.string().optional(),
  parentUserId: z.string().optional(),
  text: z.string(),
  /** An @mention of the bot (as `app_mention`, or its `<@U…>` in the text): answered with a hint outside a briefing. */
  mentionsBot: z.boolean(),
  botUserId: z.string().optional(),
  eventId: z.string().optional(),
});
export type ThreadQuestionPayload = z.infer<typeof ThreadQuestionPayloadSchema>;

/**
 * The checkpoint: the "Reading the article…" placeholder once posted, the answer once built (so a resumed job
 * does not ask, and record the turn, twice), and the posting of what did not fit the placeholder.
 */
const ThreadQuestionProgressSchema = z.object({
  placeholder: DeliveryProgressSchema.optional(),
  answer: AnswerSchema.optional(),
  delivery: DeliveryProgressSchema.optional(),
});
type ThreadQuestionProgress = z.infer<typeof ThreadQuestionProgressSchema>;

function progressOf(execution: JobExecution): ThreadQuestionProgress {
  const parsed = ThreadQuestionProgressSchema.safeParse(execution.progress ?? {});
  return parsed.success ? parsed.data : {};
}

const textMessage = (text: string): OutgoingMessage => ({ text, blocks: [] });

/** Posts in the question's thread, once (see deliverMessages), under one of the checkpoint's delivery slots. */
function postInThread(
  slot: "placeholder" | "delivery",
  payload: ThreadQuestionPayload,
  messages: readonly OutgoingMessage[],
  execution: JobExecution,
  context: SlackJobContext,
  progress: ThreadQuestionProgress,
): Promise<string[]> {
  return deliverMessages({ channel: payload.channel, threadTs: payload.threadTs ?? payload.ts }, messages, {
    execution,
    context,
    progress: progress[slot],
    save: (delivery: DeliveryProgress) => {
      progress[slot] = delivery;
      return execution.saveProgress(progress);
    },
  });
}

/**
 * The reply: its first message replaces the placeholder in place (chat.update, which a resumed job can simply
 * repeat), the rest follow in the thread; without a placeholder everything is posted.
 */
async function reply(
  payload: ThreadQuestionPayload,
  messages: readonly OutgoingMessage[],
  execution: JobExecution,
  context: SlackJobContext,
  progress: ThreadQuestionProgress,
): Promise<string[]> {
  const placeholderTs = progress.placeholder?.posted[0];
  const [first, ...rest] = fitSlackLimits(
    messages.map((message) => ({ ...message, blocks: [...message.blocks] })),
  );
  if (!placeholderTs || !first)
    return postInThread("delivery", payload, messages, execution, context, progress);
  await execution.holdLease();
  await callWithRateLimitRetry(
    () =>
      context.slack.call("chat.update", {
        channel: payload.channel,
        ts: placeholderTs,
        text: first.text,
        blocks: JSON.stringify(first.blocks),
      }),
    context.webApiPolicy,
  );
  const more =
    rest.length > 0 ? await postInThread("delivery", payload, rest, execution, context, progress) : [];
  return [placeholderTs, ...more];
}

/**
 * A message or @mention in a briefing's thread → exactly one reply in that thread, answered from that
 * thread's article (a bare @mention gets a hint on what to ask). An @mention elsewhere gets a hint on how to
 * start a briefing. The listener already dropped what cannot be a question (edits, bots, other threads).
 */
export const threadQuestionJob: SlackJobKind<ThreadQuestionPayload> = {
  kind: "slack.thread_question",
  payload: ThreadQuestionPayloadSchema,
  async run(payload, execution, context) {
    const { logger } = execution;
    const progress = progressOf(execution);
    if (!progress.answer) {
      const thread =
        payload.threadTs === undefined
          ? undefined
          : await findBriefingThread(
              { channel: payload.channel, threadTs: payload.threadTs, parentUserId: payload.parentUserId },
              {
                slack: context.slack,
                state: context.state,
                botUserId: payload.botUserId,
                policy: context.webApiPolicy,
                logger,
              },
            );
      if (!thread) {
        if (!payload.mentionsBot) return { outcome: "not_a_briefing_thread" };
        await reply(
          payload,
          [textMessage(slackMessages.mentionOutsideBriefing)],
          execution,
          context,
          progress,
        );
        return { outcome: "hint" };
      }
      const question = slackMarkupToPlainText(payload.text, payload.botUserId);
      if (question === "") {
        await reply(payload, [textMessage(slackMessages.emptyQuestion)], execution, context, progress);
        return { outcome: "empty_question" };
      }
      // A sign of work at once; the answer replaces it in place when it is ready (a model may take seconds).
      await postInThread("placeholder", payload, [renderAnswerPlaceholder()], execution, context, progress);
      try {
        progress.answer = await context.services.answers.ask(thread.slug, question, {
          threadKey: `${thread.channel}:${thread.ts}`,
        });
      } catch (error) {
        // A user-facing BriefError carries its own message (question too long, model down, ...).
        const userMistake = (error as { code?: unknown }).code === "bad_input";
        logger[userMistake ? "info" : "error"]("slack.answer_failed", {
          slug: thread.slug,
          ts: payload.ts,
          error,
        });
        const text = slackMessages.failure(error, slackMessages.answerFailed);
        const [ts] = await reply(payload, [textMessage(text)], execution, context, progress);
        return { ts, outcome: "failed" };
      }
      await execution.saveProgress(progress);
    }
    const answer = progress.answer;
    const [ts] = await reply(
      payload,
      renderAnswerMessages(answer, { withFeedback: true }),
      execution,
      context,
      progress,
    );
    logger.info("slack.answer_posted", {
      slug: answer.article.slug,
      ts: payload.ts,
      found: answer.found,
      engine: answer.engine,
    });
    return { ts, outcome: "answered" };
  },
  async giveUp(payload, execution, context, reason) {
    const progress = progressOf(execution);
    // Part of the reply is in the thread already: a failure message under it would be a second outcome. A
    // placeholder alone is replaced by the failure message.
    if ((progress.delivery?.posted.length ?? 0) > 0) return;
    const text = slackMessages.failure(reason, slackMessages.answerFailed);
    await reply(payload, [textMessage(text)], execution, context, progress);
  },
};
