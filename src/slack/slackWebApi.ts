import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";

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
