import { setTimeout as sleep } from "node:timers/promises";
import { LogLevel, type Logger as SlackLogger, WebClient } from "@slack/web-api";
import { z } from "zod";
import { RetryLaterError } from "../jobs/jobRunner";
import type { Logger } from "../log";

/**
 * How the app talks to Slack's Web API: an explicit timeout, a few retries for network errors and 5xx (the
 * SDK's default retries for about 30 minutes), and rate limits handed back to us so a long Retry-After never
 * parks a briefing for minutes; callWithRateLimitRetry honours short ones.
 */
export const WebApiPolicySchema = z.object({
  /** Per request, including the response_url posts. */
  timeoutMs: z.number().int().positive(),
  /** Retries after a network error or 5xx. */
  retries: z.number().int().nonnegative(),
  /** Longest Retry-After we wait for before giving up with a clear message. */
  maxRateLimitWaitMs: z.number().int().nonnegative(),
  /** Attempts in all when rate-limited. */
  rateLimitAttempts: z.number().int().positive(),
});
export type WebApiPolicy = z.infer<typeof WebApiPolicySchema>;

export const defaultWebApiPolicy: WebApiPolicy = {
  timeoutMs: 10_000,
  retries: 2,
  maxRateLimitWaitMs: 10_000,
  rateLimitAttempts: 3,
};

/** SLACK_API_URL as the SDK wants it (with a trailing slash), or nothing for https://slack.com/api/. */
function slackApiUrlOption(apiUrl: string | undefined): { slackApiUrl?: string } {
  return apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {};
}

export function webClientOptions(apiUrl: string | undefined, policy: WebApiPolicy) {
  const fetchWithTimeout: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(policy.timeoutMs) });
  return {
    ...slackApiUrlOption(apiUrl),
    timeout: policy.timeoutMs,
    retryConfig: { retries: policy.retries, factor: 2, minTimeout: 200, maxTimeout: 2_000, randomize: true },
    rejectRateLimitedCalls: true,
    // Bolt's respond() posts to response_url with this fetch, so it gets the same timeout.
    fetch: fetchWithTimeout,
  };
}

/**
 * Options for Socket Mode's own WebClient, which only calls `apps.connections.open` (with the app token) to get
 * its WebSocket URL. Same base URL and per-request timeout; its retries stay the SDK's long default on
 * purpose: after a dropped connection it should keep trying to reconnect rather than give up for good.
 */
export function socketModeClientOptions(apiUrl: string | undefined, policy: WebApiPolicy) {
  return { ...slackApiUrlOption(apiUrl), timeout: policy.timeoutMs };
}

const platformErrorSchema = z.object({
  code: z.literal("slack_webapi_platform_error"),
  data: z.object({ error: z.string() }),
});
const rateLimitedErrorSchema = z.object({
  code: z.literal("slack_webapi_rate_limited_error"),
  retryAfter: z.number(),
});

/** Slack's error string for a refused call ("not_in_channel", ...), or undefined for other failures. */
export function slackPlatformError(error: unknown): string | undefined {
  const parsed = platformErrorSchema.safeParse(error);
  return parsed.success ? parsed.data.data.error : undefined;
}

/** Seconds Slack asked us to wait, when the call was rate-limited. */
export function rateLimitRetryAfter(error: unknown): number | undefined {
  const parsed = rateLimitedErrorSchema.safeParse(error);
  return parsed.success ? parsed.data.retryAfter : undefined;
}

export async function callWithRateLimitRetry<Result>(
  call: () => Promise<Result>,
  policy: WebApiPolicy,
  onRateLimited: (retryAfterSeconds: number, attempt: number) => void = () => {},
): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const retryAfter = rateLimitRetryAfter(error);
      if (retryAfter === undefined) throw error;
      onRateLimited(retryAfter, attempt);
      if (attempt >= policy.rateLimitAttempts || retryAfter * 1000 > policy.maxRateLimitWaitMs) throw error;
      await sleep(retryAfter * 1000);
    }
  }
}

/** The Web API calls and response_url posts of a job worker, with the SDK's errors (code, data.error). */
export interface SlackWebApi {
  call(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Posts to a slash command's or action's response_url (ephemeral unless it says otherwise). */
  respond(responseUrl: string, message: Record<string, unknown>): Promise<void>;
}

/** A response_url that answered with an error status (expired after 30 minutes or 5 uses, ...). */
export class RespondError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number) {
    super(`The response_url answered ${statusCode}.`);
    this.name = "RespondError";
    this.statusCode = statusCode;
  }
}

/**
 * The Slack SDKs' loggers (Bolt's and the Web API client's share one interface) writing through ours, which
 * redacts tokens, as `event` lines; below `quietBelow` they say nothing.
 */
export function slackLoggerFrom(
  logger: Logger,
  event: string,
  quietBelow: "debug" | "warn" = "debug",
): SlackLogger {
  let level = quietBelow === "warn" ? LogLevel.WARN : LogLevel.INFO;
  const line = (messages: unknown[]) => ({ message: messages.map(String).join(" ") });
  const quiet = quietBelow === "warn";
  return {
    debug: (...messages) => {
      if (!quiet) logger.debug(event, line(messages));
    },
    info: (...messages) => {
      if (!quiet) logger.info(event, line(messages));
    },
    warn: (...messages) => logger.warn(event, line(messages)),
    error: (...messages) => logger.error(event, line(messages)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** No answer, or Slack's own 5xx: the call may work a little later. */
function isPassingFailure(error: unknown): boolean {
  const fields = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  return (
    fields.code === "slack_webapi_request_error" ||
    (fields.code === "slack_webapi_http_error" &&
      typeof fields.statusCode === "number" &&
      fields.statusCode >= 500)
  );
}

/**
 * The Web API client of the job workers. It never retries by itself: a chat.postMessage that timed out may
 * well be in Slack, and sending it again would post it twice. A call that got no answer (or a 5xx) fails the
 * attempt with RetryLaterError instead; the job's next attempt first looks for what the last one may have
 * posted (deliverMessages.ts), then goes on.
 */
export function createSlackWebApi(options: {
  token: string;
  apiUrl: string | undefined;
  policy: WebApiPolicy;
  logger: Logger;
}): SlackWebApi {
  const clientOptions = webClientOptions(options.apiUrl, { ...options.policy, retries: 0 });
  // Its debug output would repeat every request: warnings and errors only.
  const client = new WebClient(options.token, {
    ...clientOptions,
    logger: slackLoggerFrom(options.logger, "slack.web_api", "warn"),
  });
  return {
    async call(method, params) {
      try {
        return { ...(await client.apiCall(method, params)) };
      } catch (error) {
        if (!isPassingFailure(error)) throw error;
        throw new RetryLaterError(`Slack did not answer ${method}`, { cause: error });
      }
    },
    async respond(responseUrl, message) {
      let response: Response;
      try {
        response = await clientOptions.fetch(responseUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(message),
        });
        await response.arrayBuffer();
      } catch (error) {
        throw new RetryLaterError("The response_url did not answer", { cause: error });
      }
      if (response.status >= 500) throw new RetryLaterError(`The response_url answered ${response.status}`);
      if (!response.ok) throw new RespondError(response.status);
    },
  };
}
