import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createWaiters } from "./waiters";

/**
 * A loopback fake of Slack's Web API and of the response_url endpoint. It records every call and answers like
 * Slack: `{ ok: true, ... }` by default, or a scripted reply per method (a platform error such as
 * `not_in_channel`, or an HTTP 429 with Retry-After). Point the app's WebClient at `apiUrl` and put
 * `responseUrl` into slash command payloads. `apps.connections.open` hands out `socketModeUrl` (Socket Mode);
 * `conversations.replies` returns a thread's parent from the messages posted to this fake, with its metadata
 * when `include_all_metadata` is set, as Slack does.
 */

export const fakeBotUserId = "U0FAKEBOT01";
export const fakeBotId = "B0FAKEBOT01";
export const fakeTeamId = "T0FAKETEAM1";

export type FakeReply =
  | { kind: "ok"; fields?: Record<string, unknown> }
  | { kind: "error"; error: string }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export interface RecordedCall {
  /** A Web API method ("chat.postMessage") or "response_url". */
  method: string;
  /** Form or JSON fields; JSON-valued form fields (blocks, metadata) are decoded. */
  params: Record<string, unknown>;
  /** What the fake answered. */
  reply: FakeReply;
  /** For chat.postMessage answered ok: the message ts it returned. */
  ts?: string | undefined;
  /** The bearer token the call carried (the bot token, or the app token for apps.connections.open). */
  token?: string | undefined;
  at: number;
}

export interface FakeSlackApi {
  apiUrl: string;
  responseUrl: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Replies used in order for the next calls to `method`; afterwards the default ok reply. */
  script(method: string, ...replies: FakeReply[]): void;
  /** Resolves once `method` has been called `count` times (or rejects after `timeoutMs`). */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** A posted message as it reads now: its params after the last chat.update of its ts, if any. */
  shown(posted: RecordedCall | undefined): Record<string, unknown> | undefined;
  close(): Promise<void>;
}

function decodeField(value: string): unknown {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) {
    const parsed = raw ? (JSON.parse(raw) as unknown) : {};
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  return Object.fromEntries([...new URLSearchParams(raw)].map(([key, value]) => [key, decodeField(value)]));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface FakeSlackApiOptions {
  /** The WebSocket URL `apps.connections.open` returns (see fakeSocketModeServer.ts). */
  socketModeUrl?: string;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<string, FakeReply[]>();
  const { wake, waitFor } = createWaiters();
  let messageCounter = 0;
  const postedMessages = new Map<string, Record<string, unknown>>();
  const postedKey = (channel: unknown, ts: unknown) => `${String(channel)}:${String(ts)}`;

  /** A thread's parent as Slack returns it, or undefined when no such message was posted here. */
  const threadParent = (params: Record<string, unknown>): Record<string, unknown> | undefined => {
    const posted = postedMessages.get(postedKey(params.channel, params.ts));
    if (!posted) return undefined;
    return {
      type: "message",
      ts: params.ts,
      text: posted.text,
      user: fakeBotUserId,
      bot_id: fakeBotId,
      ...(String(params.include_all_metadata) === "true" && posted.metadata
        ? { metadata: posted.metadata }
        : {}),
    };
  };

  const defaultFields = (method: string, params: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case "auth.test":
        return {
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "brief-bot",
          team_id: fakeTeamId,
          user_id: fakeBotUserId,
          bot_id: fakeBotId,
        };
      case "chat.postMessage":
        messageCounter += 1;
        return {
          channel: params.channel,
          ts: `1767226000.${String(messageCounter).padStart(6, "0")}`,
          message: { text: params.text, user: fakeBotUserId, bot_id: fakeBotId },
        };
      case "chat.postEphemeral":
        return { message_ts: `1767226000.${String(messageCounter).padStart(6, "0")}` };
      case "apps.connections.open":
        return options.socketModeUrl ? { url: options.socketModeUrl } : {};
      case "conversations.replies":
        return { messages: [threadParent(params)], has_more: false };
      case "views.open":
        return { view: { id: `V0FAKEVIEW${String(calls.length).padStart(2, "0")}` } };
      case "views.update":
        return { view: { id: params.view_id } };
      default:
        return {};
    }
  };

  const answer = (
    method: string,
    params: Record<string, unknown>,
    token: string | undefined,
    response: ServerResponse,
  ) => {
    const reply = scripts.get(method)?.shift() ?? { kind: "ok" };
    const call: RecordedCall = { method, params, reply, token, at: Date.now() };
    if (reply.kind === "rate_limited") {
      response.writeHead(429, {
        "retry-after": String(reply.retryAfterSeconds),
        "content-type": "application/json",
      });
      response.end(JSON.stringify({ ok: false, error: "ratelimited" }));
    } else if (method === "response_url") {
      response.writeHead(reply.kind === "ok" ? 200 : 404, { "content-type": "text/plain" });
      response.end(reply.kind === "ok" ? "ok" : reply.error);
    } else {
      const fields = reply.kind === "ok" ? { ...defaultFields(method, params), ...reply.fields } : {};
      const known = [
        "auth.test",
        "chat.postMessage",
        "chat.postEphemeral",
        "chat.update",
        "views.open",
        "apps.connections.open",
        "conversations.replies",
        "views.open",
        "views.update",
      ].includes(method);
      // Slack's answer for a thread whose parent it does not know.
      const missingThread = method === "conversations.replies" && !threadParent(params);
      const body =
        reply.kind === "error" || missingThread
          ? { ok: false, error: reply.kind === "error" ? reply.error : "thread_not_found" }
          : known
            ? { ok: true, ...fields }
            : { ok: false, error: "unknown_method" };
      if (method === "chat.postMessage" && reply.kind === "ok") {
        call.ts = String(fields.ts);
        postedMessages.set(postedKey(params.channel, fields.ts), params);
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    }
    calls.push(call);
    wake();
  };

  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const url = new URL(request.url ?? "/", "http://localhost");
      const params = parseBody(raw, request.headers["content-type"]);
      const token = request.headers.authorization?.replace(/^Bearer /, "");
      if (url.pathname.startsWith("/api/"))
        answer(url.pathname.slice("/api/".length), params, token, response);
      else if (url.pathname.startsWith("/response_url")) answer("response_url", params, token, response);
      else {
        response.writeHead(404);
        response.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const callsTo = (method: string) => calls.filter((call) => call.method === method);
  return {
    apiUrl: `${base}/api/`,
    responseUrl: `${base}/response_url/T0FAKETEAM1/0000000000001/FAKE`,
    calls,
    callsTo,
    shown(posted) {
      if (!posted) return undefined;
      const updates = callsTo("chat.update").filter(
        (update) => update.params.ts === posted.ts && update.params.channel === posted.params.channel,
      );
      return { ...posted.params, ...(updates.at(-1)?.params ?? {}) };
    },
    script(method, ...replies) {
      scripts.set(method, [...(scripts.get(method) ?? []), ...replies]);
    },
    waitForCalls(method, count, timeoutMs = 5_000) {
      return waitFor(
        () => (callsTo(method).length >= count ? callsTo(method) : undefined),
        () => `${count} ${method} call(s), saw ${callsTo(method).length}`,
        timeoutMs,
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
