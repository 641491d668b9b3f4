import { type ChildProcess, execFile, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/config";
import { type FakeSlackApi, startFakeSlackApi } from "./support/fakeSlackApi";
import { sendSlackRequest, slashCommandRequest } from "./support/signedSlackRequests";
import { temporaryDatabasePath } from "./support/tempDatabase";

/**
 * The app as `npm start` ships it: the esbuild bundle in dist/ (main.js and the posting thread's
 * webApiThread.worker.js) under plain node, no TypeScript loader, in HTTP mode against the fake Slack Web API.
 */

const signingSecret = "test-signing-secret-main";
const botToken = "xoxb-0000-main-test-token";

let fake: FakeSlackApi;
let child: ChildProcess;
let port: number;
const logLines: Array<Record<string, unknown>> = [];

async function waitForLog(event: string, timeoutMs = 15_000): Promise<Record<string, unknown>> {
  const started = Date.now();
  for (;;) {
    const line = logLines.find((entry) => entry.event === event);
    if (line) return line;
    if (Date.now() - started > timeoutMs) throw new Error(`no ${event} log line in ${timeoutMs} ms`);
    await sleep(20);
  }
}

beforeAll(async () => {
  await promisify(execFile)("npm", ["run", "-s", "build"], { cwd: projectRoot });
  fake = await startFakeSlackApi();
  child = spawn(process.execPath, ["--enable-source-maps", path.join(projectRoot, "dist", "main.js")], {
    // Not the project directory: a developer's .env must not leak in.
    cwd: os.tmpdir(),
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      BRIEF_DB: temporaryDatabasePath(),
      BRIEF_ENGINE: "offline",
      OPENAI_API_KEY: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let pending = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("{")) logLines.push(JSON.parse(line));
  });
  port = Number((await waitForLog("brief_bot.ready")).port);
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await fake?.close();
});

describe("npm start (the bundled app)", () => {
  it("acks /brief, posts the briefing through its posting thread, and stops cleanly on SIGTERM", async () => {
    const command = slashCommandRequest({ text: "xi-putin", response_url: fake.responseUrl });
    const response = await sendSlackRequest(`http://127.0.0.1:${port}`, command, { signingSecret });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ text: "Preparing the briefing on `xi-putin`…" });
    const [posted] = await fake.waitForCalls("chat.postMessage", 1, 15_000);
    expect(posted?.token).toBe(botToken);
    for (const actor of ["China", "Russia", "Ukraine", "EU"])
      expect(JSON.stringify(posted?.params)).toContain(actor);
    await waitForLog("slack.briefing_posted");

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(logLines.map((line) => line.event)).toContain("slack.stopped");
    expect(JSON.stringify(logLines)).not.toContain(botToken);
  });
});
