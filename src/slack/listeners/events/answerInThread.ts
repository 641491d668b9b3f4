import type { AllMiddlewareArgs } from "@slack/bolt";
import { threadQuestionJob } from "../../jobs/threadQuestionJob";
import type { ListenerDependencies } from "../../listenerDependencies";
import { EventEnvelopeSchema, type ThreadMessageEvent, ThreadMessageEventSchema } from "../../payloads";

export interface ThreadMessageArgs {
  event: unknown;
  body: unknown;
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
 * A message or @mention that may be a question in a briefing's thread → one thread-question job, keyed by
 * the message (channel + ts): Slack's retries and the `app_mention` + `message` pair of one @mention find
 * the same job. Only cheap checks run here; the answer is the job's (jobs/threadQuestionJob.ts). Bolt acks
 * events itself, and the app holds that ack until this has returned, so a recorded job is what the ack
 * promises.
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
  const mentionsBot =
    message.type === "app_mention" || (botUserId !== undefined && message.text.includes(`<@${botUserId}>`));
  const threadTs = message.thread_ts;
  // Only threads we know, or under one of our own messages, can be briefings.
  const mayBeBriefingThread =
    threadTs !== undefined &&
    ((await dependencies.state.findBriefingThread(message.channel, threadTs)) !== undefined ||
      (botUserId !== undefined && message.parent_user_id === botUserId));
  if (!mayBeBriefingThread && !mentionsBot) return;
  const envelope = EventEnvelopeSchema.safeParse(args.body);
  const eventId = envelope.success ? envelope.data.event_id : undefined;
  await dependencies.jobs.enqueue(threadQuestionJob, `slack.message:${message.channel}:${message.ts}`, {
    channel: message.channel,
    ts: message.ts,
    threadTs,
    parentUserId: message.parent_user_id,
    text: message.text,
    mentionsBot,
    botUserId,
    eventId,
  });
}
