import { z } from "zod";
import { WebApiPolicySchema } from "./slackWebApi";

/** What crosses between the app's event loop and its Web API worker thread, checked on both sides. */

export const WebApiThreadSettingsSchema = z.object({
  token: z.string().min(1),
  apiUrl: z.string().optional(),
  policy: WebApiPolicySchema,
});
export type WebApiThreadSettings = z.infer<typeof WebApiThreadSettingsSchema>;

export const WebApiThreadRequestSchema = z.object({
  id: z.number().int(),
  method: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
});
export type WebApiThreadRequest = z.infer<typeof WebApiThreadRequestSchema>;

/** The fields of the SDK's errors our callers read (Slack's error string, Retry-After, the HTTP status). */
export const SerializedWebApiErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  code: z.string().optional(),
  data: z.unknown().optional(),
  retryAfter: z.number().optional(),
  statusCode: z.number().optional(),
});

export const WebApiThreadMessageSchema = z.union([
  z.object({
    kind: z.literal("result"),
    id: z.number().int(),
    ok: z.literal(true),
    result: z.record(z.string(), z.unknown()),
  }),
  z.object({
    kind: z.literal("result"),
    id: z.number().int(),
    ok: z.literal(false),
    error: SerializedWebApiErrorSchema,
  }),
  z.object({ kind: z.literal("log"), level: z.enum(["warn", "error"]), message: z.string() }),
  z.object({ kind: z.literal("ready") }),
]);
export type WebApiThreadMessage = z.infer<typeof WebApiThreadMessageSchema>;
export type WebApiThreadResponse = Extract<WebApiThreadMessage, { kind: "result" }>;
export type WebApiThreadLogLine = Extract<WebApiThreadMessage, { kind: "log" }>;
