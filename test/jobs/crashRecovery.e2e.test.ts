import { describe, expect, it } from "vitest";
import { jobIdOf, startAppForTest, startFakeSlackApiForTest } from "../support/appInstances";
import { type AppProcess, appEnvironment } from "../support/appProcess";
import type { FakeSlackApi, RecordedCall } from "../support/fakeSlackApi";
import { eventRequest, sendSlackRequest, slashCommandRequest } from "../support/signedSlackRequests";
import { temporaryDatabasePath } from "../support/tempDatabase";

/**
 * kill -9 with work acknowledged and not yet delivered, then a restart on the same database: the job table
 * alone brings the work back (Slack never resends a slash command), and what may already be in Slack is found
 * by its message metadata instead of being posted again. Leases are short here so recovery takes seconds.
 */

const signingSecret = "test-signing-secret-crash";
const botToken = "xoxb-0000-crash-test-token";
const leaseMs = 1_500;

let fake: FakeSlackApi | undefined;

async function start(databasePath: string): Promise<AppProcess> {
  if (!fake) throw new Error("no fake Slack API");
  return startAppForTest(
    appEnvironment({
      databasePath,
      slackApiUrl: fake.apiUrl,
      signingSecret,
      botToken,
      extra: { BRIEF_JOB_LEASE_MS: String(leaseMs), BRIEF_JOB_POLL_MS: "200", BRIEF_JOB_THREADS: "1" },
    }),
  );
}

/** Messages Slack has, whether or not the poster heard back: answered ok, or taken before the line went dead. */
const inSlack = (calls: RecordedCall[]) =>
  calls.filter((call) => call.ts !== undefined && (call.reply.kind === "ok" || call.reply.kind === "hang"));

// Two app starts and a lease to lapse: a busy CI machine needs more than the default 20 s.
describe("a crash between the ack and the post", { timeout: 90_000 }, () => {
  for (const slackHadIt of [false, true]) {
    it(`posts the briefing exactly once after a restart (${slackHadIt ? "Slack took the post before the crash" : "the post never reached Slack"})`, async () => {
      fake = await startFakeSlackApiForTest();
      const databasePath = temporaryDatabasePath();
      const first = await start(databasePath);
      fake.script("chat.postMessage", { kind: "hang", record: slackHadIt });
      const response = await sendSlackRequest(
        first.baseUrl,
        slashCommandRequest({ text: "xi-putin", response_url: fake.responseUrl }),
        { signingSecret },
      );
      expect(response.status).toBe(200);
      expect(response.body).toBe("");
      await fake.waitForCalls("chat.postMessage", 1, 15_000);
      await first.crash();

      const second = await start(databasePath);
      await second.waitForLog("job.done", 20_000);
      const posted = inSlack(fake.callsTo("chat.postMessage"));
      expect(posted).toHaveLength(1);
      expect(JSON.stringify(posted[0]?.params.blocks)).toContain("*Ukraine*");
      // The restarted process looked for the post of the job it took over before posting.
      expect(fake.callsTo("conversations.history")).toHaveLength(1);
      expect(second.logs.some((line) => line.event === "slack.resume_found_post")).toBe(slackHadIt);
      expect(second.logs.filter((line) => line.level === "error")).toEqual([]);
      // "Preparing…" was said before the crash, and not again by the resumed job.
      expect(fake.callsTo("response_url").map((call) => call.params.text)).toEqual([
        "Preparing the briefing on `xi-putin`…",
      ]);
    });
  }

  it("answers a thread question redelivered after the crash once, and ignores a later redelivery", async () => {
    fake = await startFakeSlackApiForTest();
    const databasePath = temporaryDatabasePath();
    const first = await start(databasePath);
    await sendSlackRequest(
      first.baseUrl,
      slashCommandRequest({ text: "xi-putin", response_url: fake.responseUrl }),
      {
        signingSecret,
      },
    );
    const [briefing] = await fake.waitForCalls("chat.postMessage", 1, 15_000);
    await first.waitForLog("job.done");
    const ts = String(Math.floor(Date.now() / 1000) + 1);
    const question = eventRequest("message_thread_event.json", {
      eventId: "Ev0CRASH0001",
      event: {
        thread_ts: briefing?.ts,
        ts: `${ts}.000100`,
        event_ts: `${ts}.000100`,
        text: "What did Ukraine say about the truce?",
      },
    });
    fake.script("chat.postMessage", { kind: "hang", record: false });
    expect((await sendSlackRequest(first.baseUrl, question, { signingSecret })).status).toBe(200);
    await fake.waitForCalls("chat.postMessage", 2, 15_000);
    await first.crash();

    const second = await start(databasePath);
    // Slack saw no ack in time and redelivers; the job is unfinished, so it resumes.
    expect((await sendSlackRequest(second.baseUrl, question, { signingSecret, retryNum: 1 })).status).toBe(
      200,
    );
    await second.waitForLog("slack.answer_posted", 20_000);
    expect((await sendSlackRequest(second.baseUrl, question, { signingSecret, retryNum: 2 })).status).toBe(
      200,
    );
    await second.waitForLog("slack.duplicate_delivery", 5_000, 2);
    const replies = inSlack(fake.callsTo("chat.postMessage")).filter(
      (call) => call.params.thread_ts === briefing?.ts,
    );
    // One "Reading the article…" in the thread, replaced in place by the answer.
    expect(replies).toHaveLength(1);
    expect(new Set(replies.map(jobIdOf)).size).toBe(1);
    const updates = fake.callsTo("chat.update").filter((call) => call.params.ts === replies[0]?.ts);
    expect(updates.length).toBeGreaterThan(0);
    expect(JSON.stringify(updates.at(-1)?.params.blocks)).toContain("political stunt");
  });
});
