import { z } from "zod";
import { AnswerSchema } from "../../domain/answer";
import type { JobExecution } from "../../jobs/jobRunner";
import {
  renderAnswerMessages,
  renderAnswerPlaceholder,
  renderPlaceholderNote,
  type ThreadNumbering,
} from "../../render/blocks";
import { fitSlackLimits } from "../../render/slackLimits";
import { findBriefingThread } from "../briefingThreads";
import { slackMessages } from "../messages";
import { slackMarkupToPlainText } from "../slackText";
import { callWithRateLimitRetry, slackPlatformError } from "../slackWebApi";
import { type DeliveryProgress, DeliveryProgressSchema, deliverMessages } from "./deliverMessages";
import { updateMessage } from "./postBriefing";
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
 * The checkpoint: the question posted for a suggested-question click, the "Reading the article…" placeholder
 * once posted, the answer once built (so a resumed job does not ask, and record the turn, twice), whether the
 * placeholder could not be replaced, and the posting of what did not go into the placeholder.
 */
const ThreadAnswerProgressSchema = z.object({
  asked: DeliveryProgressSchema.optional(),
  placeholder: DeliveryProgressSchema.optional(),
  answer: AnswerSchema.optional(),
  placeholderFailed: z.boolean().optional(),
  delivery: DeliveryProgressSchema.optional(),
});
export type ThreadAnswerProgress = z.infer<typeof ThreadAnswerProgressSchema>;

export function threadAnswerProgressOf(execution: JobExecution): ThreadAnswerProgress {
  const parsed = ThreadAnswerProgressSchema.safeParse(execution.progress ?? {});
  return parsed.success ? parsed.data : {};
}

/** A thread to reply in: its channel and its root's ts. */
export interface ThreadPlace {
  channel: string;
  threadTs: string;
}

const textMessage = (text: string): OutgoingMessage => ({ text, blocks: [] });

/** Posts in the thread, once (see deliverMessages), under one of the checkpoint's delivery slots. */
export function postInThread(
  slot: "asked" | "placeholder" | "delivery",
  where: ThreadPlace,
  messages: readonly OutgoingMessage[],
  execution: JobExecution,
  context: SlackJobContext,
  progress: ThreadAnswerProgress,
): Promise<string[]> {
  return deliverMessages({ channel: where.channel, threadTs: where.threadTs }, messages, {
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
 * The placeholder whose answer went into a new message says so instead; if even that is refused, it is
 * deleted. Either way the thread never keeps "Reading the article…" under an answer.
 */
async function retirePlaceholder(
  where: ThreadPlace,
  placeholderTs: string,
  execution: JobExecution,
  context: SlackJobContext,
): Promise<void> {
  try {
    await updateMessage(
      context,
      { channel: where.channel, ts: placeholderTs },
      renderPlaceholderNote(slackMessages.answerPostedBelow),
    );
    return;
  } catch (error) {
    execution.logger.warn("slack.placeholder_note_failed", {
      channel: where.channel,
      ts: placeholderTs,
      slackError: slackPlatformError(error),
    });
  }
  try {
    await callWithRateLimitRetry(
      () => context.slack.call("chat.delete", { channel: where.channel, ts: placeholderTs }),
      context.webApiPolicy,
    );
  } catch (error) {
    execution.logger.warn("slack.placeholder_delete_failed", {
      channel: where.channel,
      ts: placeholderTs,
      slackError: slackPlatformError(error),
    });
  }
}

/**
 * The reply: its first message replaces the placeholder in place (chat.update, which a resumed job can simply
 * repeat), the rest follow in the thread; without a placeholder everything is posted. When Slack refuses the
 * update (the placeholder was deleted, the message is too long, ...), the whole reply is posted as new
 * messages and the placeholder retired.
 */
async function reply(
  where: ThreadPlace,
  messages: readonly OutgoingMessage[],
  execution: JobExecution,
  context: SlackJobContext,
  progress: ThreadAnswerProgress,
): Promise<string[]> {
  const placeholderTs = progress.placeholder?.posted[0];
  const [first, ...rest] = fitSlackLimits(
    messages.map((message) => ({ ...message, blocks: [...message.blocks] })),
  );
  if (!placeholderTs || !first)
    return postInThread("delivery", where, messages, execution, context, progress);
  if (!progress.placeholderFailed) {
    await execution.holdLease();
    try {
      await updateMessage(context, { channel: where.channel, ts: placeholderTs }, first);
      const more =
        rest.length > 0 ? await postInThread("delivery", where, rest, execution, context, progress) : [];
      return [placeholderTs, ...more];
    } catch (error) {
      const slackError = slackPlatformError(error);
      // A network failure or a long rate limit: the job is tried again, and the update with it.
      if (!slackError) throw error;
      execution.logger.warn("slack.placeholder_update_failed", {
        channel: where.channel,
        ts: placeholderTs,
        slackError,
        fallback: "new_reply",
      });
      progress.placeholderFailed = true;
      await execution.saveProgress(progress);
    }
  }
  const posted = await postInThread("delivery", where, messages, execution, context, progress);
  await retirePlaceholder(where, placeholderTs, execution, context);
  return posted;
}

/**
 * The thread's citation numbers once this answer's new sentences have theirs (slackState.ts), with the
 * briefing's sources quoted from the store, so their links are the briefing's own.
 */
async function threadNumbering(
  where: ThreadPlace,
  answer: z.infer<typeof AnswerSchema>,
  context: SlackJobContext,
): Promise<ThreadNumbering | undefined> {
  const numbered = await context.state.numberThreadCitations(
    where.channel,
    where.threadTs,
    answer.sources.map((source) => source.id),
  );
  if (!numbered) return undefined;
  const textOf = new Map(
    (await context.services.store.sentences(answer.article.slug)).map((sentence) => [
      sentence.id,
      sentence.text,
    ]),
  );
  return {
    briefingSources: numbered.briefing.map((id) => ({ id, text: textOf.get(id) ?? "" })),
    laterIds: numbered.thread,
  };
}

/**
 * Answers a question about the thread's article in the thread: a sign of work at once, then the answer in
 * its place (a model may take seconds), numbered as the briefing and the thread's earlier answers are. Shared
 * by typed follow-ups and suggested-question clicks.
 */
export async function answerInThread(
  where: ThreadPlace,
  question: { slug: string; text: string },
  execution: JobExecution,
  context: SlackJobContext,
  progress: ThreadAnswerProgress,
): Promise<{ ts: string | undefined; outcome: string }> {
  const { logger } = execution;
  if (!progress.answer) {
    await postInThread("placeholder", where, [renderAnswerPlaceholder()], execution, context, progress);
    try {
      progress.answer = await context.services.answers.ask(question.slug, question.text, {
        threadKey: `${where.channel}:${where.threadTs}`,
      });
    } catch (error) {
      // A user-facing BriefError carries its own message (question too long, model down, ...).
      const userMistake = (error as { code?: unknown }).code === "bad_input";
      logger[userMistake ? "info" : "error"]("slack.answer_failed", {
        slug: question.slug,
        threadTs: where.threadTs,
        error,
      });
      const text = slackMessages.failure(error, slackMessages.answerFailed);
      const [ts] = await reply(where, [textMessage(text)], execution, context, progress);
      return { ts, outcome: "failed" };
    }
    await execution.saveProgress(progress);
  }
  const answer = progress.answer;
  const numbering = await threadNumbering(where, answer, context);
  const [ts] = await reply(
    where,
    renderAnswerMessages(answer, { withFeedback: true, numbering }),
    execution,
    context,
    progress,
  );
  logger.info("slack.answer_posted", {
    slug: answer.article.slug,
    threadTs: where.threadTs,
    found: answer.found,
    engine: answer.engine,
  });
  return { ts, outcome: "answered" };
}

/** A job's last word when it gave up: replaces the placeholder, unless part of the reply is out already. */
export async function sayAnswerFailed(
  where: ThreadPlace,
  execution: JobExecution,
  context: SlackJobContext,
  reason: unknown,
): Promise<void> {
  const progress = threadAnswerProgressOf(execution);
  // Part of the reply is in the thread already: a failure message under it would be a second outcome. A
  // placeholder alone is replaced by the failure message.
  if ((progress.delivery?.posted.length ?? 0) > 0) return;
  const text = slackMessages.failure(reason, slackMessages.answerFailed);
  await reply(where, [textMessage(text)], execution, context, progress);
}

const placeOf = (payload: ThreadQuestionPayload): ThreadPlace => ({
  channel: payload.channel,
  threadTs: payload.threadTs ?? payload.ts,
});

/**
 * A message or @mention in a briefing's thread → exactly one reply in that thread, answered from that
 * thread's article (a bare @mention gets a hint on what to ask). An @mention elsewhere gets a hint on how to
 * start a briefing. The listener already dropped what cannot be a question (edits, bots, other threads).
 */
export const threadQuestionJob: SlackJobKind<ThreadQuestionPayload> = {
  kind: "slack.thread_question",
  payload: ThreadQuestionPayloadSchema,
  async run(payload, execution, context) {
    const progress = threadAnswerProgressOf(execution);
    const where = placeOf(payload);
    const thread =
      payload.threadTs === undefined
        ? undefined
        : await findBriefingThread(
            {
              channel: payload.channel,
              threadTs: payload.threadTs,
              parentIsOurs: payload.botUserId !== undefined && payload.parentUserId === payload.botUserId,
            },
            {
              slack: context.slack,
              state: context.state,
              policy: context.webApiPolicy,
              logger: execution.logger,
            },
          );
    if (!thread) {
      if (!payload.mentionsBot) return { outcome: "not_a_briefing_thread" };
      await reply(where, [textMessage(slackMessages.mentionOutsideBriefing)], execution, context, progress);
      return { outcome: "hint" };
    }
    const question = slackMarkupToPlainText(payload.text, payload.botUserId);
    if (question === "") {
      await reply(where, [textMessage(slackMessages.emptyQuestion)], execution, context, progress);
      return { outcome: "empty_question" };
    }
    return answerInThread(where, { slug: thread.slug, text: question }, execution, context, progress);
  },
  giveUp: (payload, execution, context, reason) =>
    sayAnswerFailed(placeOf(payload), execution, context, reason),
};
