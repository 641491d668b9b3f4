import { afterEach, describe, expect, it } from "vitest";
import { generateArticle } from "../../bench/articleGenerator";
import { bulkLoadArticles } from "../../bench/bulkLoad";
import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createServices } from "../../src/services";
import { type AppProcess, appEnvironment, startAppProcess } from "../support/appProcess";
import { type FakeSlackApi, startFakeSlackApi } from "../support/fakeSlackApi";
import {
  sendSlackRequest,
  sendSlackRequestsFromWorker,
  slashCommandRequest,
} from "../support/signedSlackRequests";
import { temporaryDatabasePath } from "../support/tempDatabase";

/**
 * The event loop is for acking: while a job thread briefs a 1.5 MB article (seconds of CPU for the offline
 * engine), other people's requests are acknowledged as fast as ever, and the briefing still arrives.
 */

const signingSecret = "test-signing-secret-long";
const botToken = "xoxb-0000-long-article";

let fake: FakeSlackApi | undefined;
let app: AppProcess | undefined;
afterEach(async () => {
  if (app?.child.exitCode === null) await app.crash();
  await fake?.close();
});

describe("a long article being briefed", () => {
  it("does not delay anyone else's ack", async () => {
    const databasePath = temporaryDatabasePath();
    const long = generateArticle({ seed: 15, words: 230_000, slug: "long-report" });
    const services = await createServices(
      loadCoreConfig({ BRIEF_DB: databasePath, BRIEF_ENGINE: "offline" }),
      silentLogger,
    );
    if (services.storage.kind !== "sqlite") throw new Error("the bulk load writes SQLite rows");
    // Rows straight into the store: splitting 1.5 MB through the ingest path would take most of the test.
    bulkLoadArticles(services.storage.database, 1, () => long);
    await services.close();
    expect(long.text.length).toBeGreaterThan(1_400_000);

    fake = await startFakeSlackApi();
    app = await startAppProcess(
      appEnvironment({
        databasePath,
        slackApiUrl: fake.apiUrl,
        signingSecret,
        botToken,
        extra: { BRIEF_JOB_THREADS: "2" },
      }),
    );
    const others = Array.from({ length: 40 }, () =>
      slashCommandRequest({ text: "list", user_id: "U0OTHERUSER", response_url: fake?.responseUrl ?? "" }),
    );
    // Warm the acking path (a first request pays for JIT and lazy loading), then start the long briefing.
    await sendSlackRequestsFromWorker(app.baseUrl, others.slice(0, 2), { signingSecret });
    await fake.waitForCalls("response_url", 2, 15_000);
    const started = await sendSlackRequest(
      app.baseUrl,
      slashCommandRequest({ text: "long-report", response_url: fake.responseUrl }),
      { signingSecret },
    );
    expect(started.status).toBe(200);
    const acks = await sendSlackRequestsFromWorker(app.baseUrl, others.slice(2), { signingSecret });
    const lastAckAt = Date.now();

    const [built] = await app.waitForLog("briefing.built", 60_000, 1, (line) => line.slug === "long-report");
    await app.waitForLog("slack.briefing_posted", 60_000, 1, (line) => line.slug === "long-report");
    // Every other ack came back while the long briefing was still being built: were the acking loop busy
    // with it, they would all wait for it to end. How fast they are, `npm run bench` measures (section 8).
    expect(Date.parse(String(built?.time))).toBeGreaterThan(lastAckAt);
    expect(acks.map((ack) => ack.status)).toEqual(others.slice(2).map(() => 200));
  }, 120_000);
});
