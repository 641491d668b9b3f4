import { z } from "zod";
import { maxActorsPerBriefing } from "../actors/actors";
import { channelPointsPerList } from "../attribution/sentencePlacement";
import type { BriefingRef, SuggestedQuestionValue } from "../render/briefingBlocks";
import type { BriefButtonValue } from "../render/commandBlocks";

/** The parts of Slack's payloads the listeners rely on, checked at the boundary. */

/** A button's JSON value read like any outside data: the schema's result, a failure for bad JSON too. */
export function readButtonValue<Schema extends z.ZodType>(schema: Schema, value: string | undefined) {
  try {
    return schema.safeParse(JSON.parse(value ?? "") as unknown);
  } catch {
    return schema.safeParse(undefined);
  }
}

export const SlashCommandSchema = z.object({
  text: z.string().default(""),
  user_id: z.string(),
  channel_id: z.string(),
  response_url: z.string().optional(),
  /** Unique per invocation: the job's idempotency key (a replayed request is not run twice); opens forms. */
  trigger_id: z.string().min(1),
});
export type SlashCommand = z.infer<typeof SlashCommandSchema>;

/** A message or app_mention event. Subtypes, edits and bot posts are told apart by these fields. */
export const ThreadMessageEventSchema = z.object({
  type: z.enum(["message", "app_mention"]),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  /** Who wrote the thread's parent; ours → the thread may be a briefing's even when we forgot it. */
  parent_user_id: z.string().optional(),
  text: z.string().default(""),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  edited: z.unknown().optional(),
});
export type ThreadMessageEvent = z.infer<typeof ThreadMessageEventSchema>;

/**
 * The message metadata every posted briefing carries: the thread → article link travels with the message, so
 * a briefing's thread can be traced back to its article even when our database no longer knows it.
 */
export const briefingMetadataEventType = "brief_bot_briefing";
export const BriefingMetadataSchema = z.object({
  event_type: z.literal(briefingMetadataEventType),
  event_payload: z.object({
    slug: z.string(),
    article_hash: z.string(),
    /** The briefing's cited sentence ids in its sources' order, comma-separated: its "[n]" numbers. */
    cited: z.string().optional(),
  }),
});
export type BriefingMetadata = z.infer<typeof BriefingMetadataSchema>;

/** `conversations.replies` with limit 1: the thread's parent message, with its metadata when asked for. */
export const ThreadRepliesSchema = z.object({
  messages: z.array(z.object({ ts: z.string(), metadata: z.unknown().optional() })).default([]),
});

export const EventEnvelopeSchema = z.object({
  event_id: z.string().optional(),
  authorizations: z.array(z.object({ user_id: z.string().optional() })).optional(),
});

export const FeedbackActionBodySchema = z.object({
  user: z.object({ id: z.string() }),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  message: z.object({ ts: z.string() }).optional(),
  actions: z
    .array(
      z.object({ action_id: z.string(), value: z.string().optional(), action_ts: z.string().optional() }),
    )
    .min(1),
});

/** A "Sources and more" click: who, the trigger for the modal, and the briefing the button names. */
export const BriefingRefSchema = z.object({
  slug: z.string().min(1),
  hash: z.string().min(1),
  actors: z.array(z.string().min(1)).max(16),
  perList: z.number().int().min(0).max(channelPointsPerList),
}) satisfies z.ZodType<BriefingRef>;

export const SourcesActionBodySchema = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string() }),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

/** What views.open answers: the id views.update fills in. */
export const OpenedViewSchema = z.object({ view: z.object({ id: z.string() }) });

/** A "Brief …" button's value: the article and, when chosen, catalog actor names. */
export const BriefButtonValueSchema = z.object({
  slug: z.string().min(1),
  actors: z.array(z.string().min(1)).min(1).max(maxActorsPerBriefing).optional(),
}) satisfies z.ZodType<BriefButtonValue>;

/** A "Brief …" click: who, in which channel (for a message) or container (for an ephemeral one). */
export const BriefButtonBodySchema = z.object({
  user: z.object({ id: z.string() }),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional() }).optional(),
  actions: z.array(z.object({ value: z.string(), action_ts: z.string().optional() })).min(1),
});

/** A suggested question's button value: the question (a button value holds at most 2,000 characters). */
export const SuggestedQuestionValueSchema = z.object({
  question: z.string().min(1).max(2_000),
}) satisfies z.ZodType<SuggestedQuestionValue>;

/** A suggested question's click: as a "Brief …" click, with the briefing message it was under (and its thread). */
export const SuggestedQuestionBodySchema = BriefButtonBodySchema.extend({
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
});
