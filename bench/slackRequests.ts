import { createHmac } from "node:crypto";
import type { SlackRequest } from "../test/support/signedSlackRequests";

/**
 * Signing for the load generator. Bodies come from the tests' builders (test/support/signedSlackRequests.ts,
 * the shared fixture payloads); the signature is computed per request at send time, as Slack's clock would,
 * since requests are sent for longer than the builders' one-shot senders run.
 */

export const benchSigningSecret = "bench-signing-secret";
export const benchBotToken = "xoxb-bench-0000000000-token";

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export function signRequest(request: SlackRequest, signingSecret = benchSigningSecret): SignedRequest {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", signingSecret)
    .update(`v0:${timestamp}:${request.body}`)
    .digest("hex");
  return {
    body: request.body,
    headers: {
      "content-type": request.contentType,
      "content-length": String(Buffer.byteLength(request.body)),
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": `v0=${signature}`,
    },
  };
}

/** A Slack `ts` for the n-th message of a run: unique, increasing, shaped like Slack's. */
export function messageTs(sequence: number): string {
  return `1767230000.${String(100_000 + sequence).padStart(6, "0")}`;
}
