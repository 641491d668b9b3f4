import http from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted reply of the fake OpenAI-compatible server. */
export type ScriptedReply =
  /** A chat completion whose message content is this object, serialised as JSON. */
  | { kind: "json"; body: unknown; usage?: { prompt_tokens: number; completion_tokens: number } | null }
  /** A chat completion with this raw content (malformed JSON, prose) and finish reason. */
  | { kind: "content"; content: string; finishReason?: "stop" | "length" }
  /** An HTTP error with an OpenAI-style error body. */
  | { kind: "error"; status: number; message?: string; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { kind: "hang" }
  /** Answer with `reply` after `delayMs` (a slow model). */
  | { kind: "slow"; delayMs: number; reply: ScriptedReply };

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    temperature?: number;
    max_tokens?: number;
  };
}

export interface FakeOpenAiServer {
  /** Base URL for the SDK, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const replyWithJson = (
  body: unknown,
  usage: { prompt_tokens: number; completion_tokens: number } | null = {
    prompt_tokens: 100,
    completion_tokens: 20,
  },
): ScriptedReply => ({ kind: "json", body, usage });

export const replyWithError = (
  status: number,
  headers: Record<string, string> = {},
  message?: string,
): ScriptedReply => ({
  kind: "error",
  status,
  headers,
  ...(message ? { message } : {}),
});

type ScriptedUsage = { prompt_tokens: number; completion_tokens: number } | null;

function completion(content: string, finishReason: string, usage: ScriptedUsage) {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_767_225_600,
    model: "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: finishReason }],
    ...(usage ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } } : {}),
  };
}

/**
 * A loopback /v1/chat/completions server that records each request and answers with the next scripted
 * reply; when the script runs out it repeats the last one. Driven by the real openai SDK over HTTP.
 */
export async function startFakeOpenAiServer(
  script: readonly ScriptedReply[] | ((request: RecordedRequest, index: number) => ScriptedReply),
): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const nextReply = (request: RecordedRequest, index: number): ScriptedReply => {
    if (typeof script === "function") return script(request, index);
    const reply = script[Math.min(index, script.length - 1)];
    if (!reply) throw new Error("the fake OpenAI server has an empty script");
    return reply;
  };
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const request: RecordedRequest = {
        path: incoming.url ?? "",
        headers: incoming.headers,
        body: text === "" ? {} : (JSON.parse(text) as RecordedRequest["body"]),
      };
      const index = requests.length;
      requests.push(request);
      const scripted = nextReply(request, index);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        outgoing.writeHead(status, { "content-type": "application/json", ...headers });
        outgoing.end(JSON.stringify(payload));
      };
      const answer = (reply: ScriptedReply): void => {
        switch (reply.kind) {
          case "hang":
            return;
          case "slow":
            setTimeout(() => answer(reply.reply), reply.delayMs);
            return;
          case "error":
            send(
              reply.status,
              {
                error: {
                  message: reply.message ?? `scripted HTTP ${reply.status}`,
                  type: "fake_error",
                  code: null,
                },
              },
              reply.headers,
            );
            return;
          case "content":
            send(
              200,
              completion(reply.content, reply.finishReason ?? "stop", {
                prompt_tokens: 50,
                completion_tokens: 10,
              }),
            );
            return;
          case "json":
            send(200, completion(JSON.stringify(reply.body), "stop", reply.usage ?? null));
        }
      };
      answer(scripted);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
