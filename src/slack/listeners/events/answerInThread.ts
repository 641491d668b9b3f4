import type { AllMiddlewareArgs } from "@slack/bolt";
import { isBriefError } from "../../../errors";
import { renderAnswerMessages } from "../../../render/blocks";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { EventEnvelopeSchema, type ThreadMessageEvent, ThreadMessageEventSchema } from "../../payloads";
import { postMessages } from "../../postMessages";
import { slackMarkupToPlainText } from "../../slackText";

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
 * article. Messages elsewhere are ignored, except an @mention, which gets a hint on how to start a briefing.
 * Events are acknowledged by Bolt before this runs.
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
  const thread = threadTs ? dependencies.state.findBriefingThread(message.channel, threadTs) : undefined;
  if (!thread && !isMention) return;

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
  if (!dependencies.state.claimDelivery(deliveryKeys)) {
    logger.info("slack.duplicate_delivery_ignored");
    return;
  }
  const replyThreadTs = threadTs ?? message.ts;
  const post = (messages: Parameters<typeof postMessages>[2]) =>
    postMessages(args.client, { channel: message.channel, threadTs: replyThreadTs }, messages, {
      policy: dependencies.webApiPolicy,
      logger,
    });

  await dependencies.background.run("answer_in_thread", async () => {
    if (!thread) {
      await post([{ text: slackMessages.mentionOutsideBriefing, blocks: [] }]);
      return;
    }
    const question = slackMarkupToPlainText(message.text, botUserId);
    try {
      const answer = await dependencies.services.answers.ask(thread.slug, question, {
        threadKey: `${thread.channel}:${thread.ts}`,
      });
      await post(renderAnswerMessages(answer));
      logger.info("slack.answer_posted", { slug: thread.slug, found: answer.found, engine: answer.engine });
    } catch (error) {
      logger.error("slack.answer_failed", { slug: thread.slug, error });
      // A BriefError carries its own user message (question too long, model down, ...).
      const text = isBriefError(error) ? slackMessages.failure(error) : slackMessages.answerFailed;
      await post([{ text, blocks: [] }]);
    }
  });
}
