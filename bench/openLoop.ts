import http from "node:http";
import type { SlackRequest } from "../test/support/signedSlackRequests";
import { signRequest } from "./slackRequests";

/**
 * Open-loop load: request i is due at start + i/rate and is sent then, whatever happened to earlier ones, as
 * Slack does. Latency runs from the scheduled send time, so a generator or server that falls behind shows up
 * in the figures instead of silently lowering the rate (no coordinated omission).
 */

export interface OpenLoopOptions {
  /** Where requests go; several: request i to urls[i % length] (instances behind a round-robin balancer). */
  url: string | readonly string[];
  ratePerSecond: number;
  durationSeconds: number;
  /** Request i sends requests[i % length], signed at its send time; a retryNum marks a Slack redelivery. */
  requests: Array<SlackRequest & { retryNum?: number }>;
  /** A response slower than this is abandoned and counted as a timeout. */
  timeoutMs?: number;
}

export interface OpenLoopResult {
  ratePerSecond: number;
  sent: number;
  latenciesMs: number[];
  /** How late the generator itself sent requests (actual − scheduled), to show it was not the bottleneck. */
  sendLagMs: number[];
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
}

export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const targets = (typeof options.url === "string" ? [options.url] : options.url).map((url) => new URL(url));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1024, maxFreeSockets: 1024 });
  const total = Math.round(options.ratePerSecond * options.durationSeconds);
  const intervalMs = 1000 / options.ratePerSecond;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const latenciesMs: number[] = [];
  const sendLagMs: number[] = [];
  const statusCounts: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  const inFlight: Promise<void>[] = [];

  const send = (sequence: number, scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const planned = options.requests[sequence % options.requests.length] as SlackRequest & {
        retryNum?: number;
      };
      const request = signRequest(planned);
      if (planned.retryNum !== undefined) {
        request.headers["x-slack-retry-num"] = String(planned.retryNum);
        request.headers["x-slack-retry-reason"] = "http_timeout";
      }
      sendLagMs.push(performance.now() - scheduledAt);
      const target = targets[sequence % targets.length] as URL;
      const outgoing = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          headers: request.headers,
          timeout: timeoutMs,
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            latenciesMs.push(performance.now() - scheduledAt);
            const status = String(response.statusCode);
            statusCounts[status] = (statusCounts[status] ?? 0) + 1;
            resolve();
          });
        },
      );
      let timedOut = false;
      outgoing.on("timeout", () => {
        timedOut = true;
        timeouts += 1;
        outgoing.destroy(new Error("timeout"));
      });
      outgoing.on("error", () => {
        if (!timedOut) errors += 1;
        resolve();
      });
      outgoing.end(request.body);
    });

  const start = performance.now();
  let sequence = 0;
  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      // Send everything that is due; a late timer sends a burst, as a real backlog would arrive.
      while (sequence < total && start + sequence * intervalMs <= now) {
        inFlight.push(send(sequence, start + sequence * intervalMs));
        sequence += 1;
      }
      if (sequence >= total) return finished();
      setTimeout(tick, Math.max(0, start + sequence * intervalMs - performance.now()));
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();
  return {
    ratePerSecond: options.ratePerSecond,
    sent: total,
    latenciesMs,
    sendLagMs,
    statusCounts,
    errors,
    timeouts,
  };
}
