import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { z } from "zod";
import { createWaiters } from "./waiters";

/**
 * A loopback fake of Slack's Socket Mode WebSocket endpoint: the URL `apps.connections.open` hands out. It
 * speaks just enough RFC 6455 for one client (handshake, text frames, ping → pong, close), says `hello` when
 * the app connects, sends the envelopes a test gives it and records what the app sends back (its acks).
 * Hand-written because Socket Mode's client uses undici's WebSocket and no WebSocket server is installed.
 */

const handshakeGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const opcodes = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

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

function frame(opcode: number, payload: Buffer): Buffer {
  // Server frames are unmasked; FIN set.
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigEndian64(length)]);
  return Buffer.concat([header, payload]);
}

function bigEndian64(value: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(value));
  return buffer;
}

/** Client frames (always masked). Returns the complete frames at the front of `buffer` and what is left. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = (buffer[offset] ?? 0) & 0x0f;
    const second = buffer[offset + 1] ?? 0;
    const masked = (second & 0x80) !== 0;
    let length = second & 0x7f;
    let cursor = offset + 2;
    if (length === 126) {
      if (buffer.length < cursor + 2) break;
      length = buffer.readUInt16BE(cursor);
      cursor += 2;
    } else if (length === 127) {
      if (buffer.length < cursor + 8) break;
      length = Number(buffer.readBigUInt64BE(cursor));
      cursor += 8;
    }
    const maskLength = masked ? 4 : 0;
    if (buffer.length < cursor + maskLength + length) break;
    const mask = buffer.subarray(cursor, cursor + maskLength);
    const payload = Buffer.from(buffer.subarray(cursor + maskLength, cursor + maskLength + length));
    if (masked)
      for (let index = 0; index < payload.length; index += 1)
        payload[index] = (payload[index] ?? 0) ^ (mask[index % 4] ?? 0);
    frames.push({ opcode, payload });
    offset = cursor + maskLength + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const received: unknown[] = [];
  const { wake, waitFor: waitForRecord } = createWaiters();
  const sockets = new Set<Socket>();
  let current: Socket | undefined;

  const server = createServer((_request, response) => {
    response.writeHead(426);
    response.end();
  });
  server.on("upgrade", (request, socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    const key = request.headers["sec-websocket-key"];
    if (typeof key !== "string") {
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
      return;
    }
    const accept = createHash("sha1").update(`${key}${handshakeGuid}`).digest("base64");
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === opcodes.ping) socket.write(frame(opcodes.pong, payload));
        else if (opcode === opcodes.close) socket.end(frame(opcodes.close, payload.subarray(0, 2)));
        else if (opcode === opcodes.text) {
          received.push(JSON.parse(payload.toString("utf8")) as unknown);
          wake();
        }
      }
    });
    current = socket;
    socket.write(frame(opcodes.text, Buffer.from(JSON.stringify({ type: "hello", num_connections: 1 }))));
    wake();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
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
      current.write(frame(opcodes.text, Buffer.from(JSON.stringify(envelope))));
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
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
