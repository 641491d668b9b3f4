import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { z } from "zod";
import { createWaiters } from "./waiters";

/**
 * A loopback fake of Slack's Socket Mode WebSocket endpoint: the URL `apps.connections.open` hands out. It
 * says `hello` when the app connects, sends the envelopes a test gives it and records what the app sends back
 * (its acks). The `ws` server does the WebSocket protocol (handshake, framing, ping/pong, close).
 */

/** What the app sends back for an envelope: its id and, for a command, the response it acked with. */
export const SocketModeAckSchema = z.object({
  envelope_id: z.string(),
  payload: z.record(z.string(), z.unknown()).optional(),
});
export type SocketModeAck = z.infer<typeof SocketModeAckSchema>;

export interface FakeSocketModeServer {
  /** The ws:// URL to return from apps.connections.open. */
  url: string;
  /** Resolves once the app has connected and been sent `hello`. */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends one Socket Mode envelope (`slash_commands`, `events_api`, ...) to the connected app. */
  send(envelope: Record<string, unknown>): void;
  /** Resolves with the app's ack for this envelope (or rejects after `timeoutMs`). */
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketModeAck>;
  /** Everything the app sent, parsed. */
  received: unknown[];
  close(): Promise<void>;
}

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const received: unknown[] = [];
  const { wake, waitFor: waitForRecord } = createWaiters();
  let current: WebSocket | undefined;

  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket) => {
    socket.on("message", (data, isBinary) => {
      if (isBinary) return;
      received.push(JSON.parse(data.toString()) as unknown);
      wake();
    });
    current = socket;
    socket.send(JSON.stringify({ type: "hello", num_connections: 1 }));
    wake();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;

  const waitFor = <Result>(find: () => Result | undefined, what: string, timeoutMs: number) =>
    waitForRecord(find, () => what, timeoutMs);

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0FAKEAPP01`,
    received,
    connected: (timeoutMs = 5_000) =>
      waitFor(() => (current ? true : undefined), "the app to connect", timeoutMs).then(() => undefined),
    send(envelope) {
      if (!current) throw new Error("no Socket Mode client is connected");
      current.send(JSON.stringify(envelope));
    },
    waitForAck: (envelopeId, timeoutMs = 5_000) =>
      waitFor(
        () =>
          received
            .map((message) => SocketModeAckSchema.safeParse(message))
            .find((parsed) => parsed.success && parsed.data.envelope_id === envelopeId)?.data,
        `the ack of envelope ${envelopeId}`,
        timeoutMs,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.clients) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
