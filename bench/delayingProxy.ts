import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback proxy in front of the fake OpenAI server that holds every request for `delayMs` before
 * forwarding it, as a slow model would, and records how many requests were in flight at once: the figure
 * that shows BRIEF_MODEL_CONCURRENCY is honoured.
 */
export interface DelayingProxy {
  /** Same path layout as the target (ends in /v1). */
  baseURL: string;
  /** Most requests open at once, counting those the caller abandoned until the proxy saw them close. */
  readonly maxInFlight: number;
  /**
   * Most requests open at once among those answered. An abandoned request (the caller's deadline) frees the
   * caller's slot before its close reaches the proxy, so counting it can overlap the next call by a tick.
   */
  maxAnsweredInFlight(): number;
  readonly requestCount: number;
  readonly abandonedCount: number;
  close(): Promise<void>;
}

export async function startDelayingProxy(targetBaseURL: string, delayMs: number): Promise<DelayingProxy> {
  const target = new URL(targetBaseURL);
  let inFlight = 0;
  let maxInFlight = 0;
  let requestCount = 0;
  let abandonedCount = 0;
  const answeredIntervals: Array<{ start: number; end: number }> = [];
  const server = http.createServer((incoming, outgoing) => {
    inFlight += 1;
    requestCount += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const start = performance.now();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      inFlight -= 1;
      if (outgoing.writableFinished) answeredIntervals.push({ start, end: performance.now() });
      else abandonedCount += 1;
    };
    // A caller that gives up (its deadline) closes the connection: it is no longer in flight.
    outgoing.on("close", finish);
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      setTimeout(() => {
        if (finished) return;
        const forwarded = http.request(
          {
            host: target.hostname,
            port: target.port,
            path: incoming.url,
            method: incoming.method,
            headers: incoming.headers,
          },
          (response) => {
            outgoing.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(outgoing);
          },
        );
        forwarded.on("error", () => {
          outgoing.writeHead(502);
          outgoing.end();
        });
        forwarded.end(Buffer.concat(chunks));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}${target.pathname}`,
    get maxInFlight() {
      return maxInFlight;
    },
    maxAnsweredInFlight() {
      const edges = answeredIntervals.flatMap(({ start, end }) => [
        { at: start, change: 1 },
        { at: end, change: -1 },
      ]);
      // Ends before starts at the same instant: back-to-back calls do not overlap.
      edges.sort((left, right) => left.at - right.at || left.change - right.change);
      let open = 0;
      let most = 0;
      for (const edge of edges) {
        open += edge.change;
        most = Math.max(most, open);
      }
      return most;
    },
    get requestCount() {
      return requestCount;
    },
    get abandonedCount() {
      return abandonedCount;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
