import { afterEach } from "vitest";
import { type AppProcess, appEnvironment, startAppProcess } from "./appProcess";
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from "./fakeSlackApi";
import {
  eventRequest,
  followUpQuestions,
  sendSlackRequest,
  slashCommandRequest,
} from "./signedSlackRequests";
import { type StorageBackend, storageEnvironment } from "./storageBackends";
import { temporaryDatabasePath } from "./tempDatabase";

/**
 * Several app processes on one database, for the e2e tests of what only real processes show: deliveries
 * spread over them, an instance killed with work in flight. Each process has a bot token of its own, so the
 * fake Slack API's calls say which process made them. Processes and the fake are ended after each test.
 */

export const signingSecret = "test-signing-secret-several";
export const botToken = "xoxb-0000-several-instances";
/** The bot token of the instance at `index`. */
export const botTokenOf = (index: number) => `${botToken}-${index}`;

const fakes: FakeSlackApi[] = [];
const apps: AppProcess[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) if (app.child.exitCode === null) await app.crash();
  for (const fake of fakes.splice(0)) await fake.close();
});

/** A fake Slack Web API, closed after the test. */
export async function startFakeSlackApiForTest(): Promise<FakeSlackApi> {
  const fake = await startFakeSlackApi();
  fakes.push(fake);
  return fake;
}

/** The bundled app in a child process (see appProcess.ts), killed after the test if still running. */
export async function startAppForTest(environment: Record<string, string>): Promise<AppProcess> {
  const app = await startAppProcess(environment);
  apps.push(app);
  return app;
}

/** Sends every request, `concurrency` at a time, and returns the HTTP statuses. */
export async function sendAll(
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

/** `count` app processes on one fresh database of the backend, with one job thread each. */
export async function startInstances(backend: StorageBackend, count: number, extra: Record<string, string>) {
  const api = await startFakeSlackApiForTest();
  const location = await backend.freshLocation();
  const instances: AppProcess[] = [];
  for (let index = 0; index < count; index += 1) {
    const instance = await startAppForTest(
      appEnvironment({
        // Unused on Postgres, where DATABASE_URL wins; never the developer's data/brief.db.
        databasePath: location.kind === "sqlite" ? location.path : temporaryDatabasePath(),
        slackApiUrl: api.apiUrl,
        signingSecret,
        botToken: botTokenOf(index),
        extra: { ...storageEnvironment(location), BRIEF_JOB_THREADS: "1", ...extra },
      }),
    );
    instances.push(instance);
  }
  return { api, location, instances };
}

/** Posts `/brief xi-putin` through the instance; the ts of the briefing, whose thread the questions go to. */
export async function postBriefing(api: FakeSlackApi, instance: AppProcess): Promise<string> {
  const briefCommand = slashCommandRequest({ text: "xi-putin", response_url: api.responseUrl });
  await sendSlackRequest(instance.baseUrl, briefCommand, { signingSecret });
  const [briefing] = await api.waitForCalls("chat.postMessage", 1, 20_000);
  return String(briefing?.ts);
}

const seconds = Math.floor(Date.now() / 1000) + 1;

/** The `index`th question in the briefing's thread, as Slack delivers it (the same event each time). */
export function threadQuestion(threadTs: string, index: number) {
  const ts = `${seconds}.${String(index).padStart(6, "0")}`;
  return eventRequest("message_thread_event.json", {
    eventId: `Ev0SEV${String(index).padStart(6, "0")}`,
    event: {
      thread_ts: threadTs,
      ts,
      event_ts: ts,
      text: followUpQuestions[index % followUpQuestions.length],
    },
  });
}

/** The job a posted message belongs to, from its metadata. */
export const jobIdOf = (call: RecordedCall | undefined) =>
  (call?.params.metadata as { event_payload?: { job_id?: string } } | undefined)?.event_payload?.job_id;

/** The replies (placeholders) among `replies` that no chat.update replaced with an answer. */
export const unanswered = (api: FakeSlackApi, replies: readonly RecordedCall[]) => {
  const updated = new Set(api.callsTo("chat.update").map((call) => call.params.ts));
  return replies.filter((call) => !updated.has(call.ts));
};

/** The thread's replies Slack has, whether or not the poster heard back. */
export const repliesIn = (api: FakeSlackApi, threadTs: string) =>
  api
    .callsTo("chat.postMessage")
    .filter(
      (call) =>
        call.params.thread_ts === threadTs &&
        call.ts !== undefined &&
        (call.reply.kind === "ok" || call.reply.kind === "hang"),
    );
