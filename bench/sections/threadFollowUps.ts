import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { createJobStore } from "../../src/jobs/createJobStore";
import { silentLogger } from "../../src/log";
import { openStorage, type StorageLocation } from "../../src/store/storage";
import { startFakeOpenAiServer } from "../../test/support/fakeOpenAiServer";
import {
  eventRequest,
  followUpQuestions,
  type SlackRequest,
  slashCommandRequest,
} from "../../test/support/signedSlackRequests";
import { appEnvironment } from "../appEnvironment";
import { type ChildUnderTest, freePort, scriptsUnderTest, startChild } from "../childProcess";
import { startDelayingProxy } from "../delayingProxy";
import { benchModelReply } from "../fakeModel";
import { type FakeSlack, startFakeSlack } from "../fakeSlack";
import { startLoadGenerator } from "../loadGenerator";
import { type Section, type SectionContext, temporaryDirectory } from "../section";
import { messageTs, signRequest } from "../slackRequests";
import { summarizeLatencies } from "../stats";

/**
 * 2. Follow-ups under load: signed thread `message` events at 50/s into one briefing's thread while the model
 * takes 2 s a call. The app runs in a child (its event loop and RSS are measured there by the probe), the
 * load generator in another; the fake Slack API and the slow fake model run here. Long enough that one run is
 * the figure: the spread column stays empty.
 */

const ratePerSecond = 50;
const modelDelayMs = 2_000;
const modelConcurrency = 8;
// The model's deadline: questions queued behind the concurrency cap longer than this get the offline answer,
// so the backlog of an overload drains instead of growing.
const modelDeadlineMs = 5_000;
const retryEvery = 10;

async function openBriefingThread(
  child: ChildUnderTest,
  responseUrl: string,
  waitForBriefing: () => Promise<string | undefined>,
): Promise<string> {
  const command = signRequest(slashCommandRequest({ text: "xi-putin", response_url: responseUrl }));
  const response = await fetch(`http://127.0.0.1:${child.port}/slack/events`, {
    method: "POST",
    headers: command.headers,
    body: command.body,
  });
  if (response.status !== 200) throw new Error(`/brief was answered ${response.status}`);
  const ts = await waitForBriefing();
  if (!ts) throw new Error(`no briefing was posted; see ${child.logPath}`);
  return ts;
}

const ReplyMetadataSchema = z.object({ event_payload: z.object({ job_id: z.string(), part: z.string() }) });

/**
 * Events that did not get exactly one visible outcome in the fake Slack: one reply in the thread (the first
 * part of its job's messages, which carry the job's id in their metadata) that was then updated in place
 * (the placeholder replaced by the answer or the failure). The job table says which job each event became:
 * its key is the event's channel and ts, as the listener records it.
 */
async function eventsWithoutOneOutcome(
  location: StorageLocation,
  fakeSlack: FakeSlack,
  threadTs: string,
  events: readonly SlackRequest[],
): Promise<number> {
  const firstPartsByJob = new Map<string, string[]>();
  for (const call of fakeSlack.postedMessages()) {
    const metadata = ReplyMetadataSchema.safeParse(call.params.metadata);
    if (call.params.thread_ts !== threadTs || !metadata.success || metadata.data.event_payload.part !== "0")
      continue;
    const jobId = metadata.data.event_payload.job_id;
    firstPartsByJob.set(jobId, [...(firstPartsByJob.get(jobId) ?? []), String(call.ts)]);
  }
  const updated = fakeSlack.updatedMessages();
  const storage = await openStorage(location, silentLogger);
  try {
    const jobs = createJobStore(storage);
    let wrong = 0;
    for (const event of events) {
      const { channel, ts } = (JSON.parse(event.body) as { event: { channel: string; ts: string } }).event;
      const job = await jobs.findByKey(`slack.message:${channel}:${ts}`);
      const replies = job ? (firstPartsByJob.get(job.id) ?? []) : [];
      if (replies.length !== 1 || !updated.has(replies[0] ?? "")) wrong += 1;
    }
    return wrong;
  } finally {
    await storage.close();
  }
}

/** Where the app keeps its tables for one measurement, and how many instances share them. */
interface FollowUpSetup {
  /** Figure keys start with it. */
  key: string;
  section: string;
  instances: number;
  environment(): Promise<Record<string, string>>;
}

/**
 * The follow-up load once: the app (or several instances of it on one database, the deliveries spread over
 * them round robin, so each redelivery reaches another instance than its first delivery) under the same
 * load. The SQLite run records every figure; the Postgres runs the ack, the replies and the event loop.
 */
async function measureFollowUps(setup: FollowUpSetup, context: SectionContext): Promise<void> {
  const { book, quick, progress, profileDirectory } = context;
  const seconds = quick ? 10 : 30;
  const fakeSlack = await startFakeSlack();
  const fakeModel = await startFakeOpenAiServer(benchModelReply);
  const slowModel = await startDelayingProxy(fakeModel.baseURL, modelDelayMs);
  const generator = startLoadGenerator();
  const children: ChildUnderTest[] = [];
  try {
    const storageEnvironment = await setup.environment();
    for (let instance = 0; instance < setup.instances; instance += 1) {
      const port = await freePort();
      children.push(
        await startChild({
          name: `app-${setup.key.replaceAll(".", "-")}-${instance}`,
          script: scriptsUnderTest.app,
          env: appEnvironment({
            port,
            databasePath: storageEnvironment.BRIEF_DB ?? "",
            slackApiUrl: fakeSlack.apiUrl,
            engine: "openai",
            openAiBaseUrl: slowModel.baseURL,
            extra: {
              ...storageEnvironment,
              BRIEF_MODEL_CONCURRENCY: String(modelConcurrency),
              BRIEF_LLM_TIMEOUT_MS: String(modelDeadlineMs),
            },
          }),
          port,
          profileDirectory,
        }),
      );
    }
    const [first] = children as [ChildUnderTest];
    const threadTs = await openBriefingThread(first, fakeSlack.responseUrl, async () => {
      await fakeSlack.waitForPostedMessages(1, modelDeadlineMs + 5_000);
      return fakeSlack.postedMessages()[0]?.ts;
    });
    fakeSlack.resetCounts();
    for (const child of children) await child.reset();
    const modelRequestsBefore = slowModel.requestCount;

    // Every tenth delivery is Slack redelivering the previous event (same event_id, X-Slack-Retry-Num),
    // which must not be answered twice.
    const deliveries = ratePerSecond * seconds;
    const eventCount = deliveries - Math.floor(deliveries / retryEvery);
    const eventOf = (sequence: number) => {
      const ts = messageTs(sequence);
      return eventRequest("message_thread_event.json", {
        eventId: `Ev0BENCH${String(sequence).padStart(6, "0")}`,
        event: {
          ts,
          event_ts: ts,
          thread_ts: threadTs,
          client_msg_id: `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
          text: followUpQuestions[sequence % followUpQuestions.length],
        },
      });
    };
    const plan: Array<ReturnType<typeof eventOf> & { retryNum?: number }> = [];
    for (let sequence = 0; plan.length < deliveries; sequence += 1) {
      plan.push(eventOf(sequence));
      if (plan.length % retryEvery === retryEvery - 1) plan.push({ ...eventOf(sequence), retryNum: 1 });
    }
    const result = await generator.run({
      url: children.map((child) => `http://127.0.0.1:${child.port}/slack/events`),
      ratePerSecond,
      durationSeconds: seconds,
      requests: plan,
    });
    progress(
      `  sent ${eventCount} events and ${result.sent - eventCount} redeliveries; waiting for the replies`,
    );
    const drainStarted = performance.now();
    // Each question gets a "Reading the article…" placeholder at once, replaced in place by its answer.
    await fakeSlack.waitForPostedMessages(eventCount, modelDeadlineMs + 20_000);
    // Answers in the thread only: the briefing's own frame is updated too, with a model engine.
    const answered = () => {
      const updated = fakeSlack.updatedMessages();
      return fakeSlack
        .postedMessages()
        .filter((call) => call.params.thread_ts === threadTs && updated.has(String(call.ts))).length;
    };
    for (let wait = 0; wait < 1_000 && answered() < eventCount; wait += 1) await sleep(25);
    const drainMs = performance.now() - drainStarted;
    // Late duplicates would arrive after the last expected reply: give them time to show up.
    await sleep(2_000);
    const reports = await Promise.all(children.map((child) => child.report()));
    const report = reports[0] as Awaited<ReturnType<ChildUnderTest["report"]>>;
    const replies = fakeSlack.postedMessages();
    const inThread = answered();

    const { section } = setup;
    const key = (name: string) => `${setup.key}.${name}`;
    const acks = summarizeLatencies(result.latenciesMs);
    book.record(key("ack.p50"), { section, label: "event ack p50", unit: "ms" }, acks.p50);
    book.record(
      key("ack.p99"),
      { section, label: "event ack p99", unit: "ms", target: { comparison: "<", value: 100 } },
      acks.p99,
    );
    book.record(key("ack.max"), { section, label: "event ack max", unit: "ms" }, acks.max);
    book.record(
      key("replies.missing"),
      {
        section,
        label: `events without a reply (of ${eventCount}, plus ${result.sent - eventCount} redeliveries)`,
        unit: "",
        target: { comparison: "==", value: 0 },
      },
      Math.max(0, eventCount - inThread),
    );
    book.record(
      key("replies.extra"),
      { section, label: "extra replies (duplicates)", unit: "", target: { comparison: "==", value: 0 } },
      Math.max(0, replies.length - eventCount),
    );
    book.record(
      key("replies.perEvent"),
      {
        section,
        label: "events without exactly one reply, updated in place (per the fake Slack)",
        unit: "",
        target: { comparison: "==", value: 0 },
      },
      await eventsWithoutOneOutcome(
        storageEnvironment.DATABASE_URL
          ? { kind: "postgres", url: storageEnvironment.DATABASE_URL }
          : { kind: "sqlite", path: storageEnvironment.BRIEF_DB ?? "" },
        fakeSlack,
        threadTs,
        Array.from({ length: eventCount }, (_, sequence) => eventOf(sequence)),
      ),
    );
    book.record(
      key("eventLoop.p99"),
      { section, label: "app event-loop delay p99", unit: "ms", target: { comparison: "<", value: 50 } },
      Math.max(...reports.map((instance) => instance.eventLoopDelayMs.p99)),
    );
    book.record(key("drain"), { section, label: "last reply after last event", unit: "s" }, drainMs / 1000);
    // The model's and memory figures are the app's, whatever holds its tables: measured on the SQLite run.
    if (setup.key !== "threads") return;
    book.record(
      key("model.maxInFlight"),
      {
        section,
        label: `answered model calls in flight, max (BRIEF_MODEL_CONCURRENCY=${modelConcurrency})`,
        unit: "",
        target: { comparison: "<=", value: modelConcurrency },
      },
      slowModel.maxAnsweredInFlight(),
    );
    book.record(
      key("model.maxOpen"),
      { section, label: "model requests open, max, incl. abandoned at the deadline", unit: "" },
      slowModel.maxInFlight,
    );
    book.record(
      key("model.abandoned"),
      { section, label: "model requests abandoned at the deadline", unit: "" },
      slowModel.abandonedCount,
    );
    book.record(
      key("model.requests"),
      { section, label: "model requests sent", unit: "" },
      slowModel.requestCount - modelRequestsBefore,
    );
    const samples = report.rssSamplesMiB;
    const window = Math.min(5, Math.floor(samples.length / 2));
    const average = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
    book.record(
      key("rss.growth"),
      { section, label: `RSS growth, first ${window} s → last ${window} s`, unit: "MiB" },
      average(samples.slice(-window)) - average(samples.slice(0, window)),
    );
    book.record(
      key("heap.retained"),
      { section, label: "heap retained after GC, growth over the run", unit: "MiB" },
      report.retainedHeapMiB.now - report.retainedHeapMiB.atReset,
    );
    book.record(
      "rss.app.threads",
      {
        section: "7 memory",
        label: "brief-bot peak RSS, follow-up load",
        unit: "MiB",
        target: { comparison: "<", value: 200 },
      },
      report.peakRssMiB,
    );
    book.note(
      `2: ${modelConcurrency} model calls of ${modelDelayMs / 1000} s serve ${modelConcurrency / (modelDelayMs / 1000)} questions/s; at ${ratePerSecond}/s the rest queue and get the offline answer once too little of the ${modelDeadlineMs / 1000} s deadline (BRIEF_LLM_TIMEOUT_MS) is left to start a request.`,
    );
  } finally {
    for (const child of children) await child.stop();
    generator.stop();
    await slowModel.close();
    await fakeModel.close();
    await fakeSlack.close();
  }
}

export const threadFollowUpsSection: Section = {
  id: "threads",
  title: `Thread follow-ups under load (${ratePerSecond}/s, model takes ${modelDelayMs / 1000} s)`,
  async run(context) {
    const temporary = temporaryDirectory("threads");
    try {
      await measureFollowUps(
        {
          key: "threads",
          section: "2 follow-ups",
          instances: 1,
          environment: async () => ({ BRIEF_DB: path.join(temporary.directory, "brief.db") }),
        },
        context,
      );
      const { postgres } = context;
      if (!postgres) return;
      await measureFollowUps(
        {
          key: "threads.pg",
          section: "2 follow-ups on Postgres",
          instances: 1,
          environment: async () => ({ DATABASE_URL: await postgres.createDatabase("bench_threads") }),
        },
        context,
      );
      await measureFollowUps(
        {
          key: "threads.pg2",
          section: "2 follow-ups, two instances on one Postgres",
          instances: 2,
          environment: async () => ({ DATABASE_URL: await postgres.createDatabase("bench_threads_two") }),
        },
        context,
      );
    } finally {
      temporary.remove();
    }
  },
};
