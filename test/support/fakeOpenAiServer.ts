import http from "node:http";
import type { AddressInfo } from "node:net";
import { decode, encode } from "gpt-tokenizer";

/** One scripted reply of the fake OpenAI-compatible server. */
export type ScriptedReply =
  /**
   * A chat completion whose message content is this object, serialised as JSON; `ignoresStream` answers it as
   * one plain body even to a request that asks to stream (as some compatible servers do).
   */
  | {
      kind: "json";
      body: unknown;
      usage?: { prompt_tokens: number; completion_tokens: number } | null;
      ignoresStream?: boolean;
    }
  /** A chat completion with this raw content (malformed JSON, prose) and finish reason. */
  | { kind: "content"; content: string; finishReason?: "stop" | "length" }
  /** An HTTP error with an OpenAI-style error body. */
  | { kind: "error"; status: number; message?: string; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { kind: "hang" }
  /** Answer with `reply` after `delayMs` (a slow model). */
  | { kind: "slow"; delayMs: number; reply: ScriptedReply }
  /** A model writing `reply`'s content at a pace: see PacedReply. */
  | PacedReply;

/**
 * A model that writes its reply (a JSON body) token by token (o200k tokens, gpt-tokenizer): nothing for
 * `firstTokenDelayMs` and until `gate` resolves, then `tokensPerSecond`. A request with `stream: true` gets
 * it as server-sent chunks as it is written (usage in a last chunk when `stream_options.include_usage`);
 * any other request gets the whole completion once it is written, as a model that cannot stream.
 * `pauseAt` stops writing after that many tokens until its promise resolves (never: a model that stalls);
 * `dropAfterTokens` cuts the connection there (a stream that breaks off mid-way).
 */
export interface PacedReply {
  kind: "paced";
  body: unknown;
  tokensPerSecond: number;
  firstTokenDelayMs?: number;
  gate?: Promise<unknown>;
  pauseAt?: { tokens: number; until: Promise<unknown> };
  dropAfterTokens?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    temperature?: number;
    max_tokens?: number;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
  };
}

/** Tokens (o200k) of the text: where a paced reply is once it has written it. */
export const tokensOf = (text: string) => encode(text).length;

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

/** The content split into its tokens' text, each piece whole characters (a piece may hold several tokens). */
function tokenPieces(content: string): string[] {
  const tokens = encode(content);
  const pieces: string[] = [];
  let written = "";
  for (let index = 1; index <= tokens.length; index += 1) {
    const text = decode(tokens.slice(0, index));
    // A token that ends inside a character decodes to a replacement character until the next one completes it.
    if (text.endsWith("\uFFFD") && index < tokens.length) {
      pieces.push("");
      continue;
    }
    pieces.push(text.slice(written.length));
    written = text;
  }
  return pieces;
}

const chunkOf = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
  id: "chatcmpl-fake",
  object: "chat.completion.chunk",
  created: 1_767_225_600,
  model: "fake-model",
  choices: [{ index: 0, delta, finish_reason: finishReason }],
});

/** The last chunk of a stream whose request asked for usage. */
const usageChunk = (usage: { prompt_tokens: number; completion_tokens: number }) => ({
  ...chunkOf({}),
  choices: [],
  usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
});

/** Writes a paced reply (see PacedReply), streamed or whole as the request asks. */
async function answerPaced(reply: PacedReply, request: RecordedRequest, outgoing: http.ServerResponse) {
  const content = JSON.stringify(reply.body);
  const pieces = tokenPieces(content);
  const usage = reply.usage ?? { prompt_tokens: 100, completion_tokens: pieces.length };
  const streamed = request.body.stream === true;
  await new Promise((resolve) => setTimeout(resolve, reply.firstTokenDelayMs ?? 0));
  await reply.gate;
  if (streamed) {
    outgoing.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    outgoing.write(`data: ${JSON.stringify(chunkOf({ role: "assistant", content: "" }))}\n\n`);
  }
  let sent = 0;
  const write = async (end: number) => {
    const started = Date.now();
    const from = sent;
    while (sent < end && !outgoing.destroyed) {
      // Every 10 ms, what the pace has written since it started.
      await new Promise((resolve) => setTimeout(resolve, 10));
      const due = Math.min(end, from + Math.floor(((Date.now() - started) / 1000) * reply.tokensPerSecond));
      if (due <= sent) continue;
      const text = pieces.slice(sent, due).join("");
      sent = due;
      if (streamed && text !== "") outgoing.write(`data: ${JSON.stringify(chunkOf({ content: text }))}\n\n`);
    }
  };
  if (reply.pauseAt) {
    await write(Math.min(pieces.length, reply.pauseAt.tokens));
    await reply.pauseAt.until;
  }
  await write(Math.min(pieces.length, reply.dropAfterTokens ?? pieces.length));
  if (reply.dropAfterTokens !== undefined) {
    // Closed once what was written is sent: the reply breaks off without its end.
    outgoing.socket?.end();
    return;
  }
  if (!streamed) {
    outgoing.writeHead(200, { "content-type": "application/json" });
    outgoing.end(JSON.stringify(completion(content, "stop", usage)));
    return;
  }
  outgoing.write(`data: ${JSON.stringify(chunkOf({}, "stop"))}\n\n`);
  if (request.body.stream_options?.include_usage)
    outgoing.write(`data: ${JSON.stringify(usageChunk(usage))}\n\n`);
  outgoing.end("data: [DONE]\n\n");
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
      // A request that asks to stream gets the completion as server-sent chunks: all its content in one.
      const sendCompletion = (content: string, finishReason: string, usage: ScriptedUsage) => {
        if (request.body.stream !== true) return send(200, completion(content, finishReason, usage));
        outgoing.writeHead(200, { "content-type": "text/event-stream" });
        outgoing.write(`data: ${JSON.stringify(chunkOf({ role: "assistant", content }))}\n\n`);
        outgoing.write(`data: ${JSON.stringify(chunkOf({}, finishReason))}\n\n`);
        if (usage && request.body.stream_options?.include_usage)
          outgoing.write(`data: ${JSON.stringify(usageChunk(usage))}\n\n`);
        outgoing.end("data: [DONE]\n\n");
      };
      const answer = (reply: ScriptedReply): void => {
        switch (reply.kind) {
          case "hang":
            return;
          case "paced":
            void answerPaced(reply, request, outgoing);
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
            sendCompletion(reply.content, reply.finishReason ?? "stop", {
              prompt_tokens: 50,
              completion_tokens: 10,
            });
            return;
          case "json":
            if (reply.ignoresStream)
              send(200, completion(JSON.stringify(reply.body), "stop", reply.usage ?? null));
            else sendCompletion(JSON.stringify(reply.body), "stop", reply.usage ?? null);
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
