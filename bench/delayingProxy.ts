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
  readonly maxInFlight: number;
  readonly requestCount: number;
  close(): Promise<void>;
}

export async function startDelayingProxy(targetBaseURL: string, delayMs: number): Promise<DelayingProxy> {
  const target = new URL(targetBaseURL);
  let inFlight = 0;
  let maxInFlight = 0;
  let requestCount = 0;
  const server = http.createServer((incoming, outgoing) => {
    inFlight += 1;
    requestCount += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      inFlight -= 1;
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
    get requestCount() {
      return requestCount;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
