import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { type AppProcess, appEnvironment, startAppProcess } from "../support/appProcess";
import { type FakeSlackApi, startFakeSlackApi } from "../support/fakeSlackApi";
import { eventRequest, sendSlackRequest, slashCommandRequest } from "../support/signedSlackRequests";
import { temporaryDatabasePath } from "../support/tempDatabase";

/**
 * Two app processes on one SQLite file (two workers on a host, a rolling restart): every delivery goes to one
 * of them, every redelivery to the other. Each question is answered exactly once, by whichever process's
 * thread claims its job, and nothing is lost to SQLITE_BUSY.
 */

const signingSecret = "test-signing-secret-two";
const botToken = "xoxb-0000-two-processes";
const questions = [
  "What did Ukraine say about the truce?",
  "What does Beijing think of the war?",
  "Does the EU have a position?",
  "What did Putin say about the accord?",
  "When is the military parade?",
];

let fake: FakeSlackApi | undefined;
const apps: AppProcess[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) if (app.child.exitCode === null) await app.crash();
  await fake?.close();
  fake = undefined;
});

/** Sends every request, `concurrency` at a time, and returns the HTTP statuses. */
async function sendAll(
  requests: Array<() => Promise<{ status: number }>>,
  concurrency: number,
): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const send = requests[next++];
        if (send) statuses.push((await send()).status);
      }
    }),
  );
  return statuses;
}

describe("two app processes on one database file", () => {
  it("answers 400 distinct questions once each despite 200 redeliveries spread over both, with no error", async () => {
    fake = await startFakeSlackApi();
    const databasePath = temporaryDatabasePath();
    const environment = appEnvironment({
      databasePath,
      slackApiUrl: fake.apiUrl,
      signingSecret,
      botToken,
      extra: { BRIEF_JOB_THREADS: "1", BRIEF_JOB_POLL_MS: "200" },
    });
    const both = [await startAppProcess(environment), await startAppProcess(environment)];
    apps.push(...both);
    const [first, second] = both as [AppProcess, AppProcess];
    await sendSlackRequest(
      first.baseUrl,
      slashCommandRequest({ text: "xi-putin", response_url: fake.responseUrl }),
      {
        signingSecret,
      },
    );
    const [briefing] = await fake.waitForCalls("chat.postMessage", 1, 20_000);
    const threadTs = String(briefing?.ts);

    const distinct = 400;
    const seconds = Math.floor(Date.now() / 1000) + 1;
    const question = (index: number) => {
      const ts = `${seconds}.${String(index).padStart(6, "0")}`;
      return eventRequest("message_thread_event.json", {
        eventId: `Ev0TWO${String(index).padStart(6, "0")}`,
        event: { thread_ts: threadTs, ts, event_ts: ts, text: questions[index % questions.length] },
      });
    };
    const deliveries: Array<() => Promise<{ status: number }>> = [];
    for (let index = 0; index < distinct; index += 1) {
      const target = index % 2 === 0 ? first : second;
      const other = target === first ? second : first;
      deliveries.push(() => sendSlackRequest(target.baseUrl, question(index), { signingSecret }));
      // Every other question is redelivered, to the other process.
      if (index % 2 === 0)
        deliveries.push(() =>
          sendSlackRequest(other.baseUrl, question(index), { signingSecret, retryNum: 1 }),
        );
    }
    const statuses = await sendAll(deliveries, 16);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(statuses).toHaveLength(distinct + distinct / 2);

    // Each question: a "Reading the article…" placeholder, then the answer in its place (chat.update).
    await fake.waitForCalls("chat.postMessage", 1 + distinct, 90_000);
    await fake.waitForCalls("chat.update", distinct, 60_000);
    // A late duplicate would show up after the last expected reply.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const replies = fake.callsTo("chat.postMessage").filter((call) => call.params.thread_ts === threadTs);
    expect(replies).toHaveLength(distinct);
    const jobIds = replies.map(
      (call) => (call.params.metadata as { event_payload: { job_id: string } }).event_payload.job_id,
    );
    expect(new Set(jobIds).size).toBe(distinct);
    // A resumed job may repeat an update (it changes nothing); every placeholder got its answer.
    const updated = new Set(fake.callsTo("chat.update").map((call) => call.params.ts));
    expect(replies.filter((call) => !updated.has(call.ts))).toEqual([]);
    for (const app of both) expect(app.logs.filter((line) => line.level === "error")).toEqual([]);

    const database = new Database(databasePath, { readonly: true });
    const states = database.prepare("SELECT state, count(*) AS count FROM jobs GROUP BY state").all();
    database.close();
    expect(states).toEqual([{ state: "done", count: distinct + 1 }]);
  }, 180_000);
});
