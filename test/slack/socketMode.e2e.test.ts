import { afterEach, describe, expect, it } from "vitest";
import { loadCoreConfig, type SlackConfig } from "../../src/config";
import { createLogger } from "../../src/log";
import { createServices, type Services } from "../../src/services";
import type { SlackApp } from "../../src/slack/app";
import { type FakeSlackApi, startFakeSlackApi } from "../support/fakeSlackApi";
import { type FakeSocketModeServer, startFakeSocketModeServer } from "../support/fakeSocketModeServer";
import { createInProcessSlackApp, inProcessJobs } from "../support/inProcessSlackApp";
import { eventRequest, slashCommandRequest } from "../support/signedSlackRequests";
import { temporaryDatabasePath } from "../support/tempDatabase";

/**
 * End to end in Socket Mode, the laptop path: the app asks the fake Web API (`apps.connections.open`, with the
 * app token) for a WebSocket URL, connects to the loopback Socket Mode fake, gets `hello`, then envelopes.
 * Every envelope must be acked over the socket; the briefing and the thread reply go to the fake Web API.
 */

const botToken = "xoxb-0000-socket-test";
const appToken = "xapp-1-A0FAKEAPP01-0000-socket-test";
const channel = "C0FAKECHAN1";

interface Running {
  app: SlackApp;
  api: FakeSlackApi;
  socket: FakeSocketModeServer;
  services: Services;
  logLines: string[];
}

const running: Running[] = [];

afterEach(async () => {
  for (const instance of running.splice(0)) {
    await instance.app.stop();
    await instance.services.close();
    await instance.socket.close();
    await instance.api.close();
  }
});

async function startSocketModeApp(): Promise<Running> {
  const socket = await startFakeSocketModeServer();
  const api = await startFakeSlackApi({ socketModeUrl: socket.url });
  const services = await createServices(
    loadCoreConfig({ BRIEF_DB: temporaryDatabasePath(), BRIEF_ENGINE: "offline" }),
    createLogger({ write: () => {} }),
  );
  const logLines: string[] = [];
  const slack: SlackConfig = {
    botToken,
    signingSecret: "unused-in-socket-mode",
    appToken,
    apiUrl: api.apiUrl,
    port: 0,
    mode: "socket",
    jobs: inProcessJobs,
  };
  const app = createInProcessSlackApp({
    slack,
    services,
    logger: createLogger({ level: "debug", write: (line) => logLines.push(line) }),
  });
  const instance = { app, api, socket, services, logLines };
  running.push(instance);
  expect(await app.start()).toEqual({ mode: "socket", port: undefined });
  await socket.connected();
  return instance;
}

/** The slash command fixture as Socket Mode delivers it: the same fields, as a JSON payload. */
function slashCommandEnvelope(envelopeId: string, text: string, responseUrl: string) {
  const form = new URLSearchParams(slashCommandRequest({ text, response_url: responseUrl }).body);
  return {
    type: "slash_commands",
    envelope_id: envelopeId,
    payload: Object.fromEntries(form),
    accepts_response_payload: true,
  };
}

/** An event_callback fixture wrapped in an `events_api` envelope. */
function threadMessageEnvelope(
  envelopeId: string,
  event: { threadTs: string; ts: string; text: string; eventId: string },
  retryAttempt = 0,
) {
  const request = eventRequest("message_thread_event.json", {
    eventId: event.eventId,
    event: { thread_ts: event.threadTs, ts: event.ts, event_ts: event.ts, text: event.text },
  });
  return {
    type: "events_api",
    envelope_id: envelopeId,
    payload: JSON.parse(request.body) as unknown,
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt > 0 ? "timeout" : "",
  };
}

describe("Socket Mode", () => {
  it("connects with the app token, acks each envelope, posts the briefing and answers in its thread", async () => {
    const instance = await startSocketModeApp();
    const [connection] = instance.api.callsTo("apps.connections.open");
    expect(connection?.token).toBe(appToken);

    instance.socket.send(slashCommandEnvelope("env-brief-1", "xi-putin", instance.api.responseUrl));
    const commandAck = await instance.socket.waitForAck("env-brief-1");
    // Acked with nothing: the job says "Preparing…" once it knows a briefing will be made.
    expect(commandAck.payload ?? {}).toEqual({});
    const [preparing] = await instance.api.waitForCalls("response_url", 1);
    expect(preparing?.params).toEqual({
      response_type: "ephemeral",
      text: "Preparing the briefing on `xi-putin`…",
    });
    const [briefing] = await instance.api.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    expect(briefing?.token).toBe(botToken);
    expect(briefing?.params.channel).toBe(channel);
    const briefingText = JSON.stringify(briefing?.params.blocks);
    for (const actor of ["China", "Russia", "Ukraine", "EU"]) expect(briefingText).toContain(`*${actor}*`);
    const briefingTs = briefing?.ts ?? "";
    expect(briefingTs).not.toBe("");

    const question = {
      threadTs: briefingTs,
      ts: "1767226100.000200",
      text: "What did Ukraine say about the truce?",
      eventId: "Ev0SOCKET001",
    };
    instance.socket.send(threadMessageEnvelope("env-thread-1", question));
    expect(await instance.socket.waitForAck("env-thread-1")).toMatchObject({ envelope_id: "env-thread-1" });
    const [, reply] = await instance.api.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(reply?.params.thread_ts).toBe(briefingTs);
    expect(JSON.stringify(instance.api.shown(reply)?.blocks)).toContain("political stunt");

    // Slack redelivers over the socket too (retry_attempt): acked again, answered once.
    instance.socket.send(threadMessageEnvelope("env-thread-1-retry", question, 1));
    await instance.socket.waitForAck("env-thread-1-retry");
    await instance.app.idle();
    expect(instance.api.callsTo("chat.postMessage")).toHaveLength(2);
    // Only the "Preparing…" of the command.
    expect(instance.api.callsTo("response_url")).toHaveLength(1);
    expect(instance.logLines).not.toEqual([]);
    expect(instance.logLines.join("\n")).not.toContain(appToken);
    expect(instance.logLines.join("\n")).not.toContain(botToken);
  });
});
