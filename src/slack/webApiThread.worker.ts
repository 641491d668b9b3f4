import { parentPort, workerData } from "node:worker_threads";
import { LogLevel, type Logger as SlackLogger, WebClient } from "@slack/web-api";
import { webClientOptions } from "./slackWebApi";
import {
  type WebApiThreadLogLine,
  type WebApiThreadMessage,
  WebApiThreadRequestSchema,
  type WebApiThreadResponse,
  WebApiThreadSettingsSchema,
} from "./webApiThreadProtocol";

/**
 * The Web API client of the app's own posts, in a worker thread: building, sending and reading each
 * chat.postMessage (and its garbage) happens off the event loop that acks Slack's requests.
 */
const port = parentPort;
if (!port) throw new Error("webApiThread.worker runs only as a worker thread");

const settings = WebApiThreadSettingsSchema.parse(workerData);

function sendLog(level: WebApiThreadLogLine["level"], messages: unknown[]): void {
  const line: WebApiThreadLogLine = { kind: "log", level, message: messages.map(String).join(" ") };
  port?.postMessage(line);
}

let logLevel = LogLevel.WARN;
const logger: SlackLogger = {
  debug: () => {},
  info: () => {},
  warn: (...messages) => sendLog("warn", messages),
  error: (...messages) => sendLog("error", messages),
  setLevel: (level) => {
    logLevel = level;
  },
  getLevel: () => logLevel,
  setName: () => {},
};

const client = new WebClient(settings.token, {
  ...webClientOptions(settings.apiUrl, settings.policy),
  logger,
});

/** The fields of the SDK's coded errors that callers read, so the error can be rebuilt on the other side. */
function serializeError(error: unknown) {
  const fields = (error ?? {}) as Record<string, unknown>;
  return {
    name: error instanceof Error ? error.name : "Error",
    message: error instanceof Error ? error.message : String(error),
    code: typeof fields.code === "string" ? fields.code : undefined,
    data: fields.data,
    retryAfter: typeof fields.retryAfter === "number" ? fields.retryAfter : undefined,
    statusCode: typeof fields.statusCode === "number" ? fields.statusCode : undefined,
  };
}

port.postMessage({ kind: "ready" } satisfies WebApiThreadMessage);

port.on("message", async (message: unknown) => {
  const request = WebApiThreadRequestSchema.parse(message);
  let response: WebApiThreadResponse;
  try {
    const result = await client.apiCall(request.method, request.params);
    response = { kind: "result", id: request.id, ok: true, result: { ...result } };
  } catch (error) {
    response = { kind: "result", id: request.id, ok: false, error: serializeError(error) };
  }
  port.postMessage(response);
});
