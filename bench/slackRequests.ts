import { createHmac } from "node:crypto";

/** Bodies and headers of signed Slack requests, built the way Slack builds them (signature v0). */

export const benchSigningSecret = "bench-signing-secret";
export const benchBotToken = "xoxb-bench-0000000000-token";
export const benchChannel = "C0BENCHCHAN";
export const benchUser = "U0BENCHUSER";
export const benchBotUser = "U0BENCHBOT1";
export const benchTeam = "T0BENCHTEAM";

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export function signRequest(
  body: string,
  contentType: string,
  signingSecret = benchSigningSecret,
): SignedRequest {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    body,
    headers: {
      "content-type": contentType,
      "content-length": String(Buffer.byteLength(body)),
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": `v0=${signature}`,
    },
  };
}

/** A `/brief <text>` slash command whose response_url points at the fake Slack API. */
export function slashCommandRequest(options: {
  text: string;
  responseUrl: string;
  sequence: number;
}): SignedRequest {
  const form = new URLSearchParams({
    token: "bench-verification-token",
    team_id: benchTeam,
    team_domain: "bench",
    channel_id: benchChannel,
    channel_name: "bench",
    user_id: benchUser,
    user_name: "bench.reader",
    command: "/brief",
    text: options.text,
    api_app_id: "A0BENCHAPP1",
    is_enterprise_install: "false",
    response_url: options.responseUrl,
    trigger_id: `${options.sequence}.0000000000002.bench`,
  });
  return signRequest(form.toString(), "application/x-www-form-urlencoded");
}

/** A Slack `ts` for the n-th message of a run: unique, increasing, shaped like Slack's. */
export function messageTs(sequence: number): string {
  return `1767225600.${String(100_000 + sequence).padStart(6, "0")}`;
}

/** A user's message in a briefing's thread, as an `event_callback` (message.channels). */
export function threadMessageRequest(options: {
  threadTs: string;
  text: string;
  sequence: number;
}): SignedRequest {
  const ts = messageTs(options.sequence + 1);
  const payload = {
    token: "bench-verification-token",
    team_id: benchTeam,
    context_team_id: benchTeam,
    context_enterprise_id: null,
    api_app_id: "A0BENCHAPP1",
    event: {
      user: benchUser,
      type: "message",
      ts,
      client_msg_id: `00000000-0000-4000-8000-${String(options.sequence).padStart(12, "0")}`,
      text: options.text,
      team: benchTeam,
      thread_ts: options.threadTs,
      parent_user_id: benchBotUser,
      channel: benchChannel,
      event_ts: ts,
      channel_type: "channel",
    },
    type: "event_callback",
    event_id: `Ev0BENCH${String(options.sequence).padStart(8, "0")}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: benchTeam,
        user_id: benchBotUser,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
  return signRequest(JSON.stringify(payload), "application/json");
}
