import type { AllMiddlewareArgs } from "@slack/bolt";
import { renderAnswerMessages, renderAnswerPlaceholder, type SlackMessage } from "../../../render/blocks";
import { findBriefingThread } from "../../briefingThreads";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { EventEnvelopeSchema, type ThreadMessageEvent, ThreadMessageEventSchema } from "../../payloads";
import { postMessages } from "../../postMessages";
import { slackMarkupToPlainText } from "../../slackText";
import { callWithRateLimitRetry } from "../../slackWebApi";

export interface ThreadMessageArgs {
  event: unknown;
  body: unknown;
  client: AllMiddlewareArgs["client"];
  context: AllMiddlewareArgs["context"];
}

/** Edits, deletions, joins, bot posts and our own messages are not questions. */
function isPersonsNewMessage(message: ThreadMessageEvent, botUserId: string | undefined): boolean {
  return (
    message.subtype === undefined &&
    message.bot_id === undefined &&
    message.edited === undefined &&
    message.user !== undefined &&
    message.user !== botUserId
  );
}

/**
 * A message or @mention in a briefing's thread → exactly one reply in that thread, answered from that thread's
 * article (a bare @mention gets a hint on what to ask). Messages elsewhere are ignored, except an @mention,
 * which gets a hint on how to start a briefing. Events are acknowledged by Bolt before this runs.
 */
export async function answerInThread(
  args: ThreadMessageArgs,
  dependencies: ListenerDependencies,
): Promise<void> {
  const parsed = ThreadMessageEventSchema.safeParse(args.event);
  if (!parsed.success) return;
  const message = parsed.data;
  const botUserId = args.context.botUserId;
  if (!isPersonsNewMessage(message, botUserId)) return;
  const isMention = message.type === "app_mention";
  const threadTs = message.thread_ts;
  // Cheap filter first: only threads we know, or under one of our own messages, can be briefings.
  const mayBeBriefingThread =
    threadTs !== undefined &&
    ((await dependencies.state.findBriefingThread(message.channel, threadTs)) !== undefined ||
      (botUserId !== undefined && message.parent_user_id === botUserId));
  if (!mayBeBriefingThread && !isMention) return;

  const envelope = EventEnvelopeSchema.safeParse(args.body);
  const eventId = envelope.success ? envelope.data.event_id : undefined;
  const deliveryKeys = [`message:${message.channel}:${message.ts}`, ...(eventId ? [`event:${eventId}`] : [])];
  const logger = dependencies.logger.child({
    slackEvent: message.type,
    eventId,
    channel: message.channel,
    ts: message.ts,
    retryNum: args.context.retryNum,
  });
  if (!(await dependencies.state.claimDelivery(deliveryKeys))) {
    logger.info("slack.duplicate_delivery_ignored");
    return;
  }
  const replyThreadTs = threadTs ?? message.ts;
  const post = (messages: Parameters<typeof postMessages>[2]) =>
    postMessages(dependencies.webApi, { channel: message.channel, threadTs: replyThreadTs }, messages, {
      policy: dependencies.webApiPolicy,
      logger,
    });

  await dependencies.background.run("answer_in_thread", async () => {
    const thread =
      threadTs === undefined
        ? undefined
        : await findBriefingThread(
            { channel: message.channel, threadTs, parentUserId: message.parent_user_id },
            {
              client: args.client,
              state: dependencies.state,
              botUserId,
              policy: dependencies.webApiPolicy,
              logger,
            },
          );
    if (!thread) {
      if (isMention) await post([{ text: slackMessages.mentionOutsideBriefing, blocks: [] }]);
      return;
    }
    const question = slackMarkupToPlainText(message.text, botUserId);
    if (question === "") {
      await post([{ text: slackMessages.emptyQuestion, blocks: [] }]);
      return;
    }
    // A sign of work at once; the answer replaces it in place when it is ready (a model may take seconds).
    const placeholderTs = await post([renderAnswerPlaceholder()]);
    const reply = async (messages: readonly SlackMessage[]) => {
      const [first, ...rest] = messages;
      if (!placeholderTs || !first) return void (await post(messages));
      await callWithRateLimitRetry(
        () =>
          dependencies.webApi.call("chat.update", {
            channel: message.channel,
            ts: placeholderTs,
            text: first.text,
            blocks: JSON.stringify(first.blocks),
          }),
        dependencies.webApiPolicy,
      );
      if (rest.length > 0) await post(rest);
    };
    try {
      const answer = await dependencies.services.answers.ask(thread.slug, question, {
        threadKey: `${thread.channel}:${thread.ts}`,
      });
      await reply(renderAnswerMessages(answer, { withFeedback: true }));
      logger.info("slack.answer_posted", { slug: thread.slug, found: answer.found, engine: answer.engine });
    } catch (error) {
      logger.error("slack.answer_failed", { slug: thread.slug, error });
      // A user-facing BriefError carries its own message (question too long, model down, ...).
      await reply([{ text: slackMessages.failure(error, slackMessages.answerFailed), blocks: [] }]);
    }
  });
}
