import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQueryString } from "node:querystring";
import { verifySlackRequest } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../log";

/**
 * Checks every POST to the events endpoint before Bolt sees it, so a request Bolt would accept or choke on
 * gets its answer at once:
 * - 401 for a timestamp more than 5 minutes off either way (Bolt refuses only stale ones, so a request
 *   signed with a future timestamp could be replayed for as long as that lasted) or a bad signature;
 * - 413 for a body over the limit (Slack's payloads are a few kilobytes);
 * - 400 for a signed body that is not one of Slack's payload shapes (`null`, `[]`, a form without a command
 *   or payload): Bolt would throw on it after the response was due and leave the request unanswered.
 * A request that passes is handed on with its body already read (Bolt reuses `rawBody`); Bolt's own signature
 * check is off, since this one has run.
 */

const maxClockSkewSeconds = 5 * 60;
export const maxRequestBodyBytes = 1024 * 1024;

/** The payload shapes Slack sends to the events endpoint. */
const JsonPayloadSchema = z.union([
  z.object({ type: z.literal("event_callback"), event: z.object({ type: z.string() }) }),
  z.object({ type: z.literal("url_verification"), challenge: z.string() }),
  z.object({ type: z.literal("app_rate_limited") }),
]);
const InteractivePayloadSchema = z.object({ type: z.string() });
const SlashCommandFormSchema = z.object({ command: z.string().min(1) });

type Refusal = { status: number; reason: string };

function readShape(body: string, contentType: string | undefined): Refusal | undefined {
  const badShape = { status: 400, reason: "unexpected_payload_shape" };
  try {
    if (contentType?.startsWith("application/x-www-form-urlencoded")) {
      const form = parseQueryString(body);
      if (typeof form.payload === "string")
        return InteractivePayloadSchema.safeParse(JSON.parse(form.payload)).success ? undefined : badShape;
      return SlashCommandFormSchema.safeParse(form).success ? undefined : badShape;
    }
    return JsonPayloadSchema.safeParse(JSON.parse(body)).success ? undefined : badShape;
  } catch {
    return { status: 400, reason: "unparsable_body" };
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" ? value : undefined;
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function guardSlackRequests(options: {
  signingSecret: string;
  path: string;
  logger: Logger;
  next: (request: IncomingMessage, response: ServerResponse) => void;
  clock?: () => number;
  maxBodyBytes?: number;
}): (request: IncomingMessage, response: ServerResponse) => void {
  const clock = options.clock ?? Date.now;
  const refuse = (response: ServerResponse, refusal: Refusal) => {
    options.logger.warn("slack.request_refused", refusal);
    response.writeHead(refusal.status);
    response.end();
  };
  const check = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request, options.maxBodyBytes ?? maxRequestBodyBytes);
    if (!body) return refuse(response, { status: 413, reason: "body_too_large" });
    const text = body.toString("utf8");
    const contentType = header(request, "content-type");
    // Slack's unsigned SSL check, answered by Bolt. It is not signed, so nothing else it carries may pass on:
    // a smuggled `payload` field would otherwise reach the listeners unverified.
    const sslCheck =
      contentType?.startsWith("application/x-www-form-urlencoded") &&
      parseQueryString(text).ssl_check === "1";
    if (!sslCheck) {
      const timestamp = Number(header(request, "x-slack-request-timestamp"));
      const skew = Math.abs(clock() / 1000 - timestamp);
      if (!Number.isFinite(skew) || skew > maxClockSkewSeconds)
        return refuse(response, {
          status: 401,
          reason: Number.isFinite(skew) ? "timestamp_out_of_window" : "no_timestamp",
        });
      try {
        verifySlackRequest({
          signingSecret: options.signingSecret,
          body: text,
          headers: {
            "x-slack-signature": header(request, "x-slack-signature") ?? "",
            "x-slack-request-timestamp": timestamp,
          },
          nowMilliseconds: clock(),
        });
      } catch {
        return refuse(response, { status: 401, reason: "bad_signature" });
      }
      const shape = readShape(text, contentType);
      if (shape) return refuse(response, shape);
    }
    Object.assign(request, { rawBody: sslCheck ? Buffer.from("ssl_check=1") : body });
    options.next(request, response);
  };
  return (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "POST" || path !== options.path) {
      options.next(request, response);
      return;
    }
    check(request, response).catch((error: unknown) => {
      options.logger.warn("slack.request_unreadable", { error });
      if (!response.headersSent) {
        response.writeHead(400);
        response.end();
      }
    });
  };
}
