import fs from "node:fs";
import path from "node:path";
import { afterEach } from "vitest";
import { loadCoreConfig, type SlackConfig } from "../../src/config";
import { createLogger } from "../../src/log";
import { createServices, type Services } from "../../src/services";
import type { SlackApp } from "../../src/slack/app";
import type { SlackAppServices } from "../../src/slack/slackAppServices";
import { type FakeSlackApi, startFakeSlackApi } from "./fakeSlackApi";
import { createInProcessSlackApp, inProcessJobs } from "./inProcessSlackApp";
import { type SlackRequest, sendSlackRequest, slashCommandRequest } from "./signedSlackRequests";
import { temporaryDatabasePath } from "./tempDatabase";

/**
 * The Slack app end to end over loopback: the Bolt app in HTTP mode on port 0 with its job runner in this process
 * (so a test can swap a service for the jobs), its WebClient pointed at the fake Slack API, real signed requests
 * to /slack/events. Stopped after each test. With SLACK_PREVIEW_DIR set,
 * each test's recorded Slack calls are written there as `<test name>.json`, the input slack-preview renders
 * (`node ../shared/tools/slack-preview/preview.mjs <file> <out> --width 900`), to look at what a test posted.
 */

export const signingSecret = "test-signing-secret";
export const botToken = "xoxb-0000-test-token";
export const channel = "C0FAKECHAN1";

export interface Running {
  app: SlackApp;
  fake: FakeSlackApi;
  services: Services;
  baseUrl: string;
  logLines: string[];
  send(
    request: SlackRequest,
    options?: Partial<Parameters<typeof sendSlackRequest>[2]>,
  ): ReturnType<typeof sendSlackRequest>;
}

const running: Running[] = [];

function writePreviewInput(directory: string, testName: string, fake: FakeSlackApi): void {
  // slack-preview shows response_url posts named "response/…", with the "Only visible to you" strip.
  const calls = fake.calls.map((call) => ({
    method: call.method === "response_url" ? "response/url" : call.method,
    args: call.params,
    ts: call.ts,
  }));
  const fileName = `${testName.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80)}.json`;
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, fileName), JSON.stringify(calls, null, 1));
}

afterEach(async (context) => {
  const previewDirectory = process.env.SLACK_PREVIEW_DIR;
  for (const instance of running.splice(0)) {
    if (previewDirectory) writePreviewInput(previewDirectory, context.task.name, instance.fake);
    await instance.app.stop();
    await instance.services.close();
    await instance.fake.close();
  }
});

export async function startApp(
  override: (services: Services) => Partial<SlackAppServices> = () => ({}),
  coreEnvironment: Record<string, string> = { BRIEF_ENGINE: "offline" },
): Promise<Running> {
  const fake = await startFakeSlackApi();
  const services = await createServices(
    loadCoreConfig({ BRIEF_DB: temporaryDatabasePath(), ...coreEnvironment }),
    createLogger({ write: () => {} }),
  );
  const logLines: string[] = [];
  const slack: SlackConfig = {
    botToken,
    signingSecret,
    appToken: undefined,
    apiUrl: fake.apiUrl,
    port: 0,
    mode: "http",
    jobs: inProcessJobs,
  };
  const app = createInProcessSlackApp({
    slack,
    services,
    override: override(services),
    logger: createLogger({ level: "debug", write: (line) => logLines.push(line) }),
    webApiPolicy: { maxRateLimitWaitMs: 1_000, rateLimitAttempts: 2, timeoutMs: 2_000 },
  });
  const { port } = await app.start(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const instance: Running = {
    app,
    fake,
    services,
    baseUrl,
    logLines,
    send: (request, options) => sendSlackRequest(baseUrl, request, { signingSecret, ...options }),
  };
  running.push(instance);
  return instance;
}

export const briefCommand = (instance: Running, text: string) =>
  instance.send(slashCommandRequest({ text, response_url: instance.fake.responseUrl }));

/** Posts `/brief xi-putin` and returns the ts of the briefing the fake received. */
export async function postBriefing(instance: Running): Promise<string> {
  await briefCommand(instance, "xi-putin");
  const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
  await instance.app.idle();
  if (!posted?.ts) throw new Error("no briefing posted");
  return posted.ts;
}
