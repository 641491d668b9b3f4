import { createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Real Slack requests for the app's HTTP endpoint: payloads from test/fixtures/slack with overrides, signed
 * with signature v0 (HMAC-SHA256 of `v0:<timestamp>:<body>`) like Slack signs them.
 */

const fixturesDirectory = path.join(import.meta.dirname, "..", "fixtures", "slack");
const readFixture = (name: string) => fs.readFileSync(path.join(fixturesDirectory, name), "utf8");

export interface SlackRequest {
  body: string;
  contentType: string;
}

export interface SendOptions {
  signingSecret: string;
  /** Seconds since the epoch written into X-Slack-Request-Timestamp; now by default. */
  timestampSeconds?: number;
  /** Sign with this secret instead (a bad signature). */
  signWith?: string;
  /** Sets X-Slack-Retry-Num, as Slack does when it redelivers an event. */
  retryNum?: number;
}

export interface SlackResponse {
  status: number;
  body: string;
  elapsedMs: number;
}

let triggerSequence = 0;

/**
 * A slash command from the fixture. Each gets its own trigger_id (Slack's is unique per invocation, and the
 * app dedupes on it) unless the overrides give one, as a replay would.
 */
export function slashCommandRequest(overrides: Record<string, string>): SlackRequest {
  const form = new URLSearchParams(readFixture("slash_command.txt").trim());
  triggerSequence += 1;
  form.set("trigger_id", `${process.pid}.${triggerSequence}.${Date.now()}.fake`);
  for (const [key, value] of Object.entries(overrides)) form.set(key, value);
  return { body: form.toString(), contentType: "application/x-www-form-urlencoded" };
}

/**
 * A button click (block_actions) as Slack sends it, by the fake user in the fake channel: on the message
 * `messageTs` (a posted message), or on an ephemeral one when it is absent.
 */
export function buttonClickRequest(click: {
  actionId: string;
  value: string;
  responseUrl: string;
  channel: string;
  messageTs?: string | undefined;
  /** A click's trigger_id is unique, and the app dedupes on it; give one only to replay a click. */
  triggerId?: string | undefined;
}): SlackRequest {
  triggerSequence += 1;
  const payload = {
    type: "block_actions",
    user: { id: "U0FAKEUSER1" },
    team: { id: "T0FAKETEAM1" },
    api_app_id: "A0FAKEAPP01",
    container: click.messageTs
      ? { type: "message", message_ts: click.messageTs, channel_id: click.channel }
      : { type: "message", channel_id: click.channel, is_ephemeral: true },
    channel: { id: click.channel },
    ...(click.messageTs && { message: { ts: click.messageTs, type: "message" } }),
    response_url: click.responseUrl,
    trigger_id: click.triggerId ?? `${process.pid}.${triggerSequence}.${Date.now()}.click`,
    actions: [{ type: "button", action_id: click.actionId, value: click.value }],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { body, contentType: "application/x-www-form-urlencoded" };
}

type InteractionFixture = "message_action.json" | "view_submission.json";

/** Objects merged key by key (nested objects too); any other value replaces what it overrides. */
function merged(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const result = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = result[key];
    const bothObjects = [current, value].every(
      (item) => typeof item === "object" && item !== null && !Array.isArray(item),
    );
    result[key] = bothObjects
      ? merged(current as Record<string, unknown>, value as Record<string, unknown>)
      : value;
  }
  return result;
}

/** An interaction (a message shortcut, a view submission) from a fixture, form-encoded as Slack sends it. */
export function interactionRequest(
  fixture: InteractionFixture,
  overrides: Record<string, unknown>,
): SlackRequest {
  const payload = merged(JSON.parse(readFixture(fixture)) as Record<string, unknown>, overrides);
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

type EventFixture = "message_thread_event.json" | "app_mention_event.json";

/** An event_callback from a fixture; `event` fields are merged into its event (undefined removes a field). */
export function eventRequest(
  fixture: EventFixture,
  overrides: { eventId?: string; event?: Record<string, unknown> },
): SlackRequest {
  const envelope = JSON.parse(readFixture(fixture)) as { event: Record<string, unknown>; event_id: string };
  const event = { ...envelope.event, ...overrides.event };
  for (const [key, value] of Object.entries(event)) if (value === undefined) delete event[key];
  const payload = { ...envelope, event, event_id: overrides.eventId ?? envelope.event_id };
  return { body: JSON.stringify(payload), contentType: "application/json" };
}

function signedHeaders(request: SlackRequest, options: SendOptions): Record<string, string> {
  const timestamp = options.timestampSeconds ?? Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", options.signWith ?? options.signingSecret)
    .update(`v0:${timestamp}:${request.body}`)
    .digest("hex");
  return {
    "content-type": request.contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
    ...(options.retryNum !== undefined
      ? { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" }
      : {}),
  };
}

/**
 * Sends and times requests one after another from a worker thread whose event loop is the sender's own.
 * A GET first warms the worker's HTTP client, whose one-off start-up is not the app's latency.
 */
const timedSendsInWorker = `
  const { parentPort, workerData } = require("node:worker_threads");
  (async () => {
    await (await fetch(workerData.warmUpUrl)).arrayBuffer();
    const responses = [];
    for (const request of workerData.requests) {
      const started = performance.now();
      const response = await fetch(workerData.url, { method: "POST", headers: request.headers, body: request.body });
      const body = await response.text();
      responses.push({ status: response.status, body, elapsedMs: performance.now() - started });
    }
    parentPort.postMessage(responses);
  })().catch((error) => parentPort.postMessage([{ status: 0, body: String(error), elapsedMs: Infinity }]));
`;

export async function sendSlackRequest(
  baseUrl: string,
  request: SlackRequest,
  options: SendOptions,
): Promise<SlackResponse> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: "POST",
    headers: signedHeaders(request, options),
    body: request.body,
  });
  const body = await response.text();
  return { status: response.status, body, elapsedMs: performance.now() - started };
}

/**
 * Like sendSlackRequest, but timed from another thread, as Slack would time it: the app's work after its ack
 * runs on this thread's event loop and must not count as ack latency.
 */
export async function sendSlackRequestsFromWorker(
  baseUrl: string,
  requests: readonly SlackRequest[],
  options: SendOptions,
): Promise<SlackResponse[]> {
  const worker = new Worker(timedSendsInWorker, {
    eval: true,
    workerData: {
      warmUpUrl: `${baseUrl}/healthz`,
      url: `${baseUrl}/slack/events`,
      requests: requests.map((request) => ({ headers: signedHeaders(request, options), body: request.body })),
    },
  });
  try {
    return await new Promise<SlackResponse[]>((resolve, reject) => {
      worker.once("message", (responses: SlackResponse[]) => resolve(responses));
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

/** Follow-up questions about xi-putin, for load: each a different kind (stance, topic, absent, time). */
export const followUpQuestions: readonly string[] = [
  "What did Ukraine say about the truce?",
  "What does Beijing think of the war?",
  "Does the EU have a position?",
  "What did Putin say about the accord?",
  "When is the military parade?",
];
