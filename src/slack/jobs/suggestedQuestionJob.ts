import { z } from "zod";
import { renderAskedQuestion } from "../../render/blocks";
import { findBriefingThread } from "../briefingThreads";
import { slackMessages } from "../messages";
import { respondPrivately } from "./postBriefing";
import type { SlackJobKind } from "./slackJobContext";
import {
  answerInThread,
  postInThread,
  sayAnswerFailed,
  type ThreadPlace,
  threadAnswerProgressOf,
} from "./threadQuestionJob";

/** A suggested question clicked under a briefing, as its ack records it. */
export const SuggestedQuestionPayloadSchema = z.object({
  channel: z.string(),
  /** The briefing's thread: the briefing itself, or the message it was posted under. */
  threadTs: z.string(),
  userId: z.string(),
  question: z.string().min(1),
  responseUrl: z.string().optional(),
});
export type SuggestedQuestionPayload = z.infer<typeof SuggestedQuestionPayloadSchema>;

const placeOf = (payload: SuggestedQuestionPayload): ThreadPlace => ({
  channel: payload.channel,
  threadTs: payload.threadTs,
});

/**
 * A suggested question's click: the question is posted in the briefing's thread as the person's ("@ana
 * asked: …"), then answered there like a typed follow-up (the same placeholder, answer, numbering and memory).
 * One click, one question and one answer, however often the job is resumed.
 */
export const suggestedQuestionJob: SlackJobKind<SuggestedQuestionPayload> = {
  kind: "slack.suggested_question",
  payload: SuggestedQuestionPayloadSchema,
  async run(payload, execution, context) {
    const progress = threadAnswerProgressOf(execution);
    const where = placeOf(payload);
    const thread = await findBriefingThread(
      { channel: payload.channel, threadTs: payload.threadTs, parentIsOurs: true },
      { slack: context.slack, state: context.state, policy: context.webApiPolicy, logger: execution.logger },
    );
    if (!thread) {
      execution.logger.info("slack.suggested_question_without_thread", { threadTs: payload.threadTs });
      await respondPrivately(
        { channelId: payload.channel, userId: payload.userId, responseUrl: payload.responseUrl },
        context,
        { text: slackMessages.briefingThreadGone },
      );
      return { outcome: "no_briefing_thread" };
    }
    await postInThread(
      "asked",
      where,
      [renderAskedQuestion(payload.userId, payload.question)],
      execution,
      context,
      progress,
    );
    execution.logger.info("slack.suggested_question", { slug: thread.slug, threadTs: payload.threadTs });
    return answerInThread(where, { slug: thread.slug, text: payload.question }, execution, context, progress);
  },
  giveUp: (payload, execution, context, reason) =>
    sayAnswerFailed(placeOf(payload), execution, context, reason),
};
