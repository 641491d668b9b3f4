import fs from "node:fs";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { appEnvironment, runAppToExit, startAppProcess } from "./support/appProcess";
import { type FakeSlackApi, startFakeSlackApi } from "./support/fakeSlackApi";
import { sendSlackRequest, slashCommandRequest } from "./support/signedSlackRequests";
import { temporaryDatabasePath, temporaryFile } from "./support/tempDatabase";

/**
 * The app as `npm start` ships it: the esbuild bundle in a child process (main.js and its job threads'
 * jobWorker.js) under plain node, no TypeScript loader, in HTTP mode against the fake Slack Web API.
 */

const signingSecret = "test-signing-secret-main";
const botToken = "xoxb-0000-main-test-token";

let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function environment(databasePath = temporaryDatabasePath()) {
  fake = await startFakeSlackApi();
  return appEnvironment({ databasePath, slackApiUrl: fake.apiUrl, signingSecret, botToken });
}

describe("npm start (the bundled app)", { timeout: 60_000 }, () => {
  it("acks /brief, posts the briefing from a job thread, and stops cleanly on SIGTERM", async () => {
    const app = await startAppProcess(await environment());
    if (!fake) throw new Error("no fake Slack API");
    const command = slashCommandRequest({ text: "xi-putin", response_url: fake.responseUrl });
    const response = await sendSlackRequest(app.baseUrl, command, { signingSecret });

    expect(response.status).toBe(200);
    expect(response.body).toBe("");
    const [preparing] = await fake.waitForCalls("response_url", 1, 15_000);
    expect(preparing?.params.text).toBe("Preparing the briefing on `xi-putin`…");
    const [posted] = await fake.waitForCalls("chat.postMessage", 1, 15_000);
    expect(posted?.token).toBe(botToken);
    for (const actor of ["China", "Russia", "Ukraine", "EU"])
      expect(JSON.stringify(posted?.params)).toContain(actor);
    const [line] = await app.waitForLog("slack.briefing_posted");
    // Posted by a job thread, not the thread that acks.
    expect(String(line?.worker)).toMatch(/\/thread\d\//);

    expect(await app.stop()).toBe(0);
    expect(app.logs.map((entry) => entry.event)).toContain("slack.stopped");
    expect(JSON.stringify(app.logs)).not.toContain(botToken);
  });

  it("refuses to start on a corrupt database with one line naming BRIEF_DB, exit 1, no stack", async () => {
    const corrupt = temporaryFile("brief.db", Buffer.alloc(64 * 1024, "this is not a database "));
    const { code, stderr } = await runAppToExit(await environment(corrupt));
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`BRIEF_DB (${corrupt}) is not a readable SQLite database`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("names the port, not the tokens, when PORT is taken; the network when Slack does not answer", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const busy = await runAppToExit({ ...(await environment()), PORT: String(port) });
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain(
        `Port ${port} cannot be listened on (EADDRINUSE): stop what uses it, or set PORT.`,
      );
      expect(busy.stderr).not.toMatch(/Check SLACK_BOT_TOKEN|\n\s+at /);
    } finally {
      taken.close();
    }
    // Nothing listens at this Slack API URL: the port just freed above.
    const unreachable = `http://127.0.0.1:${port}/api/`;
    const silent = await runAppToExit({ ...(await environment()), SLACK_API_URL: unreachable });
    expect(silent.code).toBe(1);
    expect(silent.stderr).toContain(
      `Slack did not answer at ${unreachable}: check the network (or SLACK_API_URL).`,
    );
  });

  it("stops with a clear log line when its database file is deleted under it", async () => {
    const databasePath = temporaryDatabasePath();
    const app = await startAppProcess(await environment(databasePath));
    fs.rmSync(databasePath);
    const [line] = await app.waitForLog("brief_bot.database_lost", 10_000);
    expect(line).toMatchObject({ level: "error", change: "deleted", databasePath });
    const code = await new Promise((resolve) => {
      if (app.child.exitCode !== null) resolve(app.child.exitCode);
      else app.child.once("exit", resolve);
    });
    expect(code).toBe(1);
  });
});
