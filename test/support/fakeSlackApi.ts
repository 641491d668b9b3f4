import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createWaiters } from "./waiters";

/**
 * A loopback fake of Slack's Web API and of the response_url endpoint. It records every call and answers like
 * Slack: `{ ok: true, ... }` by default, or a scripted reply per method (a platform error such as
 * `not_in_channel`, or an HTTP 429 with Retry-After). Point the app's WebClient at `apiUrl` and put
 * `responseUrl` into slash command payloads. `apps.connections.open` hands out `socketModeUrl` (Socket Mode).
 * `conversations.history` (a channel's top-level messages, newest first) and `conversations.replies` (a
 * thread's parent, then its replies) answer from the messages posted to this fake, after `oldest`, paged by
 * `limit` and `cursor`, with their metadata when `include_all_metadata` is set, as Slack does. A scripted
 * `hang` never answers a call (as a Slack that took a post and then lost the connection, when `record` is
 * set, or one the request never reached): what a process killed mid-call leaves behind.
 */

export const fakeBotUserId = "U0FAKEBOT01";
export const fakeBotId = "B0FAKEBOT01";
export const fakeTeamId = "T0FAKETEAM1";

export type FakeReply =
  | { kind: "ok"; fields?: Record<string, unknown> }
  | { kind: "error"; error: string }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "hang"; record: boolean };

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
  /** Resolves with the first call to `method` that passes `where` (or rejects after `timeoutMs`). */
  waitForCall(
    method: string,
    where: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
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
  /** Every message posted here, in the order posted (their ts increase). */
  const postedInOrder: Array<{ channel: string; ts: string; params: Record<string, unknown> }> = [];

  /** A posted message as Slack's history methods return it. */
  const asHistoryMessage = (ts: string, posted: Record<string, unknown>, withMetadata: boolean) => ({
    type: "message",
    ts,
    text: posted.text,
    user: fakeBotUserId,
    bot_id: fakeBotId,
    ...(posted.thread_ts ? { thread_ts: posted.thread_ts } : {}),
    ...(withMetadata && posted.metadata ? { metadata: posted.metadata } : {}),
  });

  /** A thread's parent as Slack returns it, or undefined when no such message was posted here. */
  const threadParent = (params: Record<string, unknown>): Record<string, unknown> | undefined => {
    const posted = postedMessages.get(postedKey(params.channel, params.ts));
    if (!posted) return undefined;
    return asHistoryMessage(String(params.ts), posted, String(params.include_all_metadata) === "true");
  };

  /** One page of `messages` after `oldest`, from the offset in `cursor`, with the next cursor if any. */
  const page = (messages: Array<Record<string, unknown>>, params: Record<string, unknown>) => {
    const oldest = Number(params.oldest ?? 0);
    const after = messages.filter((message) => Number(message.ts) > oldest);
    const offset = Number(params.cursor ?? 0);
    const limit = Number(params.limit ?? 100);
    const next = offset + limit < after.length ? String(offset + limit) : "";
    return {
      messages: after.slice(offset, offset + limit),
      has_more: next !== "",
      response_metadata: { next_cursor: next },
    };
  };

  const history = (params: Record<string, unknown>) => {
    const withMetadata = String(params.include_all_metadata) === "true";
    const topLevel = postedInOrder
      .filter((posted) => posted.channel === String(params.channel) && !posted.params.thread_ts)
      .map((posted) => asHistoryMessage(posted.ts, posted.params, withMetadata))
      .reverse();
    return page(topLevel, params);
  };

  const replies = (params: Record<string, unknown>) => {
    const parent = threadParent(params);
    const withMetadata = String(params.include_all_metadata) === "true";
    const inThread = postedInOrder
      .filter((posted) => posted.channel === String(params.channel) && posted.params.thread_ts === params.ts)
      .map((posted) => asHistoryMessage(posted.ts, posted.params, withMetadata));
    return page(parent ? [parent, ...inThread] : inThread, params);
  };

  const recordPosted = (params: Record<string, unknown>, ts: string) => {
    postedMessages.set(postedKey(params.channel, ts), params);
    postedInOrder.push({ channel: String(params.channel), ts, params });
  };

  // Like Slack's: the current time, unique and increasing, so `oldest` filters work on them.
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(messageCounter).padStart(6, "0")}`;

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
          ts: nextTs(),
          message: { text: params.text, user: fakeBotUserId, bot_id: fakeBotId },
        };
      case "chat.postEphemeral":
        return { message_ts: nextTs() };
      case "apps.connections.open":
        return options.socketModeUrl ? { url: options.socketModeUrl } : {};
      case "conversations.replies":
        return replies(params);
      case "conversations.history":
        return history(params);
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
    if (reply.kind === "hang") {
      if (reply.record && method === "chat.postMessage") {
        call.ts = String(defaultFields(method, params).ts);
        recordPosted(params, call.ts);
      }
      calls.push(call);
      wake();
      return;
    }
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
        "chat.delete",
        "views.open",
        "apps.connections.open",
        "conversations.replies",
        "views.open",
        "views.update",
        "conversations.history",
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
        recordPosted(params, call.ts);
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
    waitForCall(method, where, timeoutMs = 5_000) {
      return waitFor(
        () => callsTo(method).find(where),
        () => `a ${method} call that matches, saw ${callsTo(method).length} call(s)`,
        timeoutMs,
      );
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
