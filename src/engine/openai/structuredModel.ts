import { setTimeout as sleep } from "node:timers/promises";
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "openai";
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
} from "openai/resources/chat/completions";
import { z } from "zod";
import type { Usage } from "../../domain/briefing";
import { BriefError } from "../../domain/errors";
import type { Logger } from "../../log";
import type { ChatMessage } from "../../prompt/buildMessages";
import { countTokens } from "../../prompt/countTokens";
import { fillTemplate, type PromptTemplates } from "../../prompt/promptTemplates";
import { type ConcurrencyLimit, createConcurrencyLimit } from "./concurrencyLimit";

export interface ModelSettings {
  model: string;
  apiKey: string | undefined;
  baseURL: string | undefined;
  /** Deadline for one whole call: queueing, retries and the repair attempt included. */
  timeoutMs: number;
  maxOutputTokens: number;
  concurrency: number;
}

export interface StructuredCallResult<T> {
  value: T;
  usage: Usage;
  /** HTTP requests made, retries and the repair attempt included. */
  requests: number;
}

/** One structured model call: a prompt in, a zod-validated object out, or a BriefError with a model_* code. */
export interface StructuredModel {
  readonly model: string;
  call<T>(request: {
    messages: ChatMessage[];
    /** What a reply must pass to be kept; a reply that fails it goes to repair once. */
    schema: z.ZodType<T>;
    /** The shape asked of the model, when stricter than what is kept (strict structured output has no optional fields). */
    requestedSchema?: z.ZodType;
    schemaName: string;
    /**
     * Streams the first request and is given the reply's text so far after each piece (the repair attempt does
     * not stream). A server that cannot stream, or a stream that breaks off, gets the same request unstreamed.
     */
    onContent?: (contentSoFar: string) => void;
  }): Promise<StructuredCallResult<T>>;
}

// Low, not zero: faithful paraphrase with little variation between runs.
const temperature = 0.1;
const maximumAttemptsPerRequest = 5;
const firstBackoffMs = 250;
const longestBackoffMs = 8_000;

/**
 * A queued call starts only with at least this share of the deadline left, and at least as long as recent
 * requests took: one that would run out of time mid-request falls back at once instead of sending a prompt
 * the provider bills and nobody waits for (the bench saw 1,334 of 1,350 queued calls abandoned that way).
 */
const minimumStartShareOfDeadline = 0.25;
/** Recent answered requests whose median duration says how long a request takes. */
const recentDurationsKept = 16;

function backoffMs(attempt: number): number {
  const base = Math.min(longestBackoffMs, firstBackoffMs * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** Retry-After as milliseconds (seconds or an HTTP date; retry-after-ms first), if the server sent one. */
function retryAfterMs(headers: Headers | undefined): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get("retry-after");
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** A server that does not know json_schema response formats says so with a 400-class error naming it. */
function rejectsJsonSchema(error: unknown): boolean {
  return (
    (error instanceof BadRequestError || error instanceof UnprocessableEntityError) &&
    /response_format|json_schema|structured output/i.test(error.message)
  );
}

/** The JSON Schema OpenAI's strict structured output accepts: draft-7 output shape, no $schema key. */
export function strictJsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, { target: "draft-7", io: "output" });
  return jsonSchema;
}

type ParseOutcome<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseCompletion<T>(completion: ChatCompletion, schema: z.ZodType<T>): ParseOutcome<T> {
  const choice = completion.choices?.[0];
  if (!choice) return { ok: false, problem: "the reply had no choices" };
  if (choice.finish_reason === "length")
    return { ok: false, problem: "the reply was cut off at the output token limit" };
  const content = choice.message?.content ?? "";
  let json: unknown;
  try {
    // Some compatible servers wrap JSON mode output in a Markdown fence.
    json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ""));
  } catch {
    return { ok: false, problem: "the reply was not JSON" };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: `the JSON did not match the schema: ${z.prettifyError(parsed.error)}` };
}

export function createStructuredModel(
  settings: ModelSettings,
  templates: PromptTemplates,
  logger: Logger,
): StructuredModel {
  // maxRetries 0: the SDK would sleep as long as Retry-After says; our loop honours it only within the deadline.
  const client = new OpenAI({
    apiKey: settings.apiKey ?? "no-key",
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
  const limit: ConcurrencyLimit = createConcurrencyLimit(settings.concurrency);
  // Learnt once per process: a server that rejected json_schema gets JSON mode from then on.
  let useJsonSchema = true;
  // Learnt likewise: a server that cannot stream gets unstreamed requests from then on.
  let streamingWorks = true;
  // Some servers stream but refuse `stream_options`: they get streams without usage (counted here instead).
  let askForStreamedUsage = true;
  const seconds = (milliseconds: number) => `${Math.round(milliseconds / 100) / 10} s`;
  const recentDurationsMs: number[] = [];
  const typicalRequestMs = () => {
    const sorted = [...recentDurationsMs].sort((left, right) => left - right);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const minimumStartMs = () => Math.max(settings.timeoutMs * minimumStartShareOfDeadline, typicalRequestMs());

  const timeoutError = () =>
    new BriefError(
      "model_unavailable",
      `The model did not answer within ${seconds(settings.timeoutMs)} (BRIEF_LLM_TIMEOUT_MS).`,
      { model: settings.model, reason: "timeout" },
    );

  async function requestWithRetries(
    body: ChatCompletionCreateParamsNonStreaming,
    deadline: number,
    signal: AbortSignal,
    counter: { requests: number },
  ): Promise<ChatCompletion> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        counter.requests += 1;
        const started = Date.now();
        const completion = await client.chat.completions.create(body, {
          signal,
          timeout: Math.max(1, deadline - Date.now()),
        });
        recentDurationsMs.push(Date.now() - started);
        if (recentDurationsMs.length > recentDurationsKept) recentDurationsMs.shift();
        return completion;
      } catch (error) {
        // The SDK's own timeout is the time left to the deadline, so it may fire just before our abort signal.
        if (
          signal.aborted ||
          error instanceof APIUserAbortError ||
          error instanceof APIConnectionTimeoutError
        )
          throw timeoutError();
        if (rejectsJsonSchema(error)) throw error;
        const status = error instanceof APIError ? error.status : undefined;
        if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
          throw new BriefError(
            "model_auth",
            `The model server refused the API key (HTTP ${status}); check OPENAI_API_KEY.`,
            { model: settings.model, status },
          );
        }
        const retryable =
          error instanceof RateLimitError ||
          error instanceof InternalServerError ||
          error instanceof APIConnectionError;
        const reason =
          error instanceof RateLimitError
            ? "rate limited"
            : status
              ? `HTTP ${status}`
              : "the model server is unreachable";
        if (!retryable || attempt >= maximumAttemptsPerRequest) {
          throw new BriefError("model_unavailable", `The model call failed (${reason}).`, {
            model: settings.model,
            status,
            attempts: attempt,
            reason,
          });
        }
        const waitMs =
          (error instanceof APIError ? retryAfterMs(error.headers) : undefined) ?? backoffMs(attempt);
        if (Date.now() + waitMs >= deadline) {
          throw new BriefError(
            "model_unavailable",
            `The model call failed (${reason}); waiting ${seconds(waitMs)} more would pass the ${seconds(settings.timeoutMs)} deadline.`,
            { model: settings.model, status, attempts: attempt, reason, waitMs },
          );
        }
        logger.warn("model.retry", { model: settings.model, status, attempt, waitMs });
        try {
          await sleep(waitMs, undefined, { signal });
        } catch {
          throw timeoutError();
        }
      }
    }
  }

  /**
   * One streamed request, read into the completion an unstreamed request returns (content, finish reason,
   * usage when the server sends it), or undefined when it could not be streamed: the server refused, sent no
   * chunk (it does not stream), or broke off mid-way. The caller then sends it unstreamed. A passed deadline
   * and a refused json_schema are thrown as the unstreamed request would throw them.
   */
  async function streamedCompletion(
    body: ChatCompletionCreateParamsNonStreaming,
    deadline: number,
    signal: AbortSignal,
    counter: { requests: number },
    onContent: (contentSoFar: string) => void,
  ): Promise<ChatCompletion | undefined> {
    let content = "";
    let finishReason: ChatCompletion.Choice["finish_reason"] | undefined;
    let usage: ChatCompletion["usage"];
    let chunks = 0;
    try {
      counter.requests += 1;
      const started = Date.now();
      const stream = await client.chat.completions.create(
        {
          ...body,
          stream: true,
          ...(askForStreamedUsage && { stream_options: { include_usage: true } }),
        },
        { signal, timeout: Math.max(1, deadline - Date.now()) },
      );
      for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
        chunks += 1;
        if (chunk.usage) usage = chunk.usage;
        const choice = chunk.choices?.[0];
        if (choice?.finish_reason) finishReason = choice.finish_reason;
        const piece = choice?.delta?.content;
        if (piece) {
          content += piece;
          onContent(content);
        }
      }
      if (chunks === 0 || finishReason === undefined) {
        // A server that ignores `stream` answers one JSON body, which reads as no chunks at all.
        if (chunks === 0) streamingWorks = false;
        logger.warn("model.stream_failed", { model: settings.model, chunks, reason: "no end" });
        return undefined;
      }
      recentDurationsMs.push(Date.now() - started);
      if (recentDurationsMs.length > recentDurationsKept) recentDurationsMs.shift();
    } catch (error) {
      if (signal.aborted || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError)
        throw timeoutError();
      if (rejectsJsonSchema(error)) throw error;
      // Refused before any chunk with a 400-class error: this server does not stream (or not with
      // `stream_options`, which it is then sent without); later calls do not try.
      const refused =
        (error instanceof BadRequestError || error instanceof UnprocessableEntityError) && chunks === 0;
      if (refused && askForStreamedUsage && /stream_options/i.test(error.message)) {
        askForStreamedUsage = false;
        logger.warn("model.stream_options_unsupported", { model: settings.model });
        return streamedCompletion(body, deadline, signal, counter, onContent);
      }
      if (refused) streamingWorks = false;
      logger.warn("model.stream_failed", {
        model: settings.model,
        chunks,
        status: error instanceof APIError ? error.status : undefined,
        error,
      });
      return undefined;
    }
    return {
      id: "streamed",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: settings.model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: null },
          finish_reason: finishReason,
          logprobs: null,
        },
      ],
      ...(usage ? { usage } : {}),
    };
  }

  /** Streamed when asked for and the server streams, else (or when the stream fails) the plain request. */
  async function request(
    body: ChatCompletionCreateParamsNonStreaming,
    deadline: number,
    signal: AbortSignal,
    counter: { requests: number },
    onContent: ((contentSoFar: string) => void) | undefined,
  ): Promise<ChatCompletion> {
    if (onContent && streamingWorks) {
      const streamed = await streamedCompletion(body, deadline, signal, counter, onContent);
      if (streamed) return streamed;
    }
    return requestWithRetries(body, deadline, signal, counter);
  }

  async function complete(
    conversation: ChatMessage[],
    schema: z.ZodType,
    schemaName: string,
    deadline: number,
    signal: AbortSignal,
    counter: { requests: number },
    onContent: ((contentSoFar: string) => void) | undefined,
  ): Promise<{ completion: ChatCompletion; sent: ChatMessage[] }> {
    const common = { model: settings.model, temperature, max_tokens: settings.maxOutputTokens };
    if (useJsonSchema) {
      try {
        const completion = await request(
          {
            ...common,
            messages: conversation,
            response_format: {
              type: "json_schema",
              json_schema: { name: schemaName, strict: true, schema: strictJsonSchemaOf(schema) },
            },
          },
          deadline,
          signal,
          counter,
          onContent,
        );
        return { completion, sent: conversation };
      } catch (error) {
        if (!rejectsJsonSchema(error)) throw error;
        logger.warn("model.json_schema_unsupported", { model: settings.model });
        useJsonSchema = false;
      }
    }
    const [system, ...rest] = conversation;
    const schemaMessage: ChatMessage = {
      role: "system",
      content: fillTemplate(templates.texts.jsonModeSystem, {
        json_schema: JSON.stringify(strictJsonSchemaOf(schema)),
      }),
    };
    const sent = system ? [system, schemaMessage, ...rest] : [schemaMessage, ...rest];
    const completion = await request(
      { ...common, messages: sent, response_format: { type: "json_object" } },
      deadline,
      signal,
      counter,
      onContent,
    );
    return { completion, sent };
  }

  return {
    model: settings.model,
    async call({ messages, schema, requestedSchema = schema, schemaName, onContent }) {
      const deadline = Date.now() + settings.timeoutMs;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error("deadline")), settings.timeoutMs);
      const signal = controller.signal;
      // Waiting for a slot ends while enough time is left to make a request worth sending.
      const queueController = new AbortController();
      const queueTimer = setTimeout(
        () => queueController.abort(new Error("too little time left")),
        settings.timeoutMs - minimumStartMs(),
      );
      const counter = { requests: 0 };
      const usage: Usage = { promptTokens: 0, completionTokens: 0, source: "api" };
      try {
        return await limit.run(queueController.signal, async () => {
          clearTimeout(queueTimer);
          const attempt = async (
            conversation: ChatMessage[],
            streamTo: ((contentSoFar: string) => void) | undefined,
          ) => {
            const { completion, sent } = await complete(
              conversation,
              requestedSchema,
              schemaName,
              deadline,
              signal,
              counter,
              streamTo,
            );
            const content = completion.choices?.[0]?.message?.content ?? "";
            if (completion.usage) {
              usage.promptTokens += completion.usage.prompt_tokens ?? 0;
              usage.completionTokens += completion.usage.completion_tokens ?? 0;
            } else {
              usage.source = "estimated";
              usage.promptTokens += sent.reduce((total, message) => total + countTokens(message.content), 0);
              usage.completionTokens += countTokens(content);
            }
            const outcome = parseCompletion(completion, schema);
            if (!outcome.ok)
              logger.warn("model.invalid_output", { model: settings.model, problem: outcome.problem });
            else if (requestedSchema !== schema) {
              // Kept though it left out or nulled what was asked for: the log says what, the reader sees the result.
              const strict = parseCompletion(completion, requestedSchema);
              if (!strict.ok)
                logger.info("model.output_tolerated", { model: settings.model, problem: strict.problem });
            }
            return { outcome, content };
          };
          const first = await attempt(messages, onContent);
          if (first.outcome.ok) return { value: first.outcome.value, usage, requests: counter.requests };
          // One repair attempt: the validation problem goes back to the model once.
          const repaired = await attempt(
            [
              ...messages,
              { role: "assistant", content: first.content === "" ? "(empty reply)" : first.content },
              {
                role: "user",
                content: fillTemplate(templates.texts.repairUser, {
                  validation_error: first.outcome.problem,
                }),
              },
            ],
            undefined,
          );
          if (repaired.outcome.ok)
            return { value: repaired.outcome.value, usage, requests: counter.requests };
          throw new BriefError(
            "model_invalid_output",
            `The model's output was invalid after one repair attempt (${repaired.outcome.problem.split("\n")[0]}).`,
            { model: settings.model, problem: repaired.outcome.problem },
          );
        });
      } catch (error) {
        if (error instanceof BriefError) throw error;
        if (signal.aborted) throw timeoutError();
        if (queueController.signal.aborted && counter.requests === 0)
          throw new BriefError(
            "model_unavailable",
            `The model is busy: ${settings.concurrency} calls are in flight (BRIEF_MODEL_CONCURRENCY) and this one could not start in time.`,
            { model: settings.model, reason: "busy", minimumStartMs: Math.round(minimumStartMs()) },
          );
        throw error;
      } finally {
        clearTimeout(timer);
        clearTimeout(queueTimer);
      }
    },
  };
}
