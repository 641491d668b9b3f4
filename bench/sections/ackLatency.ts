import path from "node:path";
import { slashCommandRequest } from "../../test/support/signedSlackRequests";
import { appEnvironment } from "../appEnvironment";
import { type ChildUnderTest, freePort, scriptsUnderTest, startChild } from "../childProcess";
import { type FakeSlack, startFakeSlack } from "../fakeSlack";
import type { FigureDefinition } from "../figures";
import { type LoadGenerator, startLoadGenerator } from "../loadGenerator";
import { type Section, type SectionContext, temporaryDirectory } from "../section";
import { summarizeLatencies } from "../stats";

/**
 * 1. Ack latency of signed `/brief xi-putin` requests at fixed open-loop rates, brief-bot against a bare Bolt
 * app that only acks, both in child processes against the same fake Slack API, measured alternately in the
 * same run (with --pg, brief-bot on Postgres too). Then the saturation point: the lowest rate at which p99
 * passes 100 ms.
 */

const rates = [
  { perSecond: 50, seconds: 5 },
  { perSecond: 100, seconds: 4 },
  { perSecond: 200, seconds: 3 },
];
/** Doubling from 100/s; once p99 explodes, one step halfway back narrows the point down. */
const saturationLadder = [100, 200, 400, 800, 1600, 3200];
const saturationP99Ms = 100;
/** Slack gives a slash command 3 s; anything near it is a failure whatever the percentiles say. */
const nearSlackDeadlineMs = 2_500;

/** What runs in the bench's own processes: the fake Slack API here, the load generator in its child. */
interface Harness {
  fakeSlack: FakeSlack;
  generator: LoadGenerator;
}

interface Target {
  /** appPostgres: brief-bot with its tables (and the job it records at each ack) on Postgres, with --pg. */
  name: "bolt" | "app" | "appPostgres";
  label: string;
  child: ChildUnderTest;
}

async function measureRate(
  target: Target,
  harness: Harness,
  ratePerSecond: number,
  seconds: number,
): Promise<ReturnType<typeof summarizeLatencies> & { sendLagP99: number; failures: number }> {
  const { fakeSlack, generator } = harness;
  const result = await generator.run({
    url: `http://127.0.0.1:${target.child.port}/slack/events`,
    ratePerSecond,
    durationSeconds: seconds,
    // A body per request, each with its own trigger_id (the app dedupes on it, as on a replay); signed at send.
    requests: Array.from({ length: Math.ceil(ratePerSecond * seconds) }, () =>
      slashCommandRequest({ text: "xi-putin", response_url: fakeSlack.responseUrl }),
    ),
  });
  // Let brief-bot finish posting the briefings it acked, so its background work does not spill into the
  // next measurement.
  if (target.name !== "bolt") await fakeSlack.waitForPostedMessages(result.sent, 30_000);
  const ok = result.statusCounts["200"] ?? 0;
  return {
    ...summarizeLatencies(result.latenciesMs),
    sendLagP99: summarizeLatencies(result.sendLagMs).p99,
    failures: result.sent - ok,
  };
}

async function findSaturation(
  target: Target,
  harness: Harness,
  context: SectionContext,
): Promise<{ rate: number; generatorLimited: boolean }> {
  const explodesAt = async (rate: number) => {
    harness.fakeSlack.resetCounts();
    const summary = await measureRate(target, harness, rate, context.quick ? 1.5 : 2);
    context.progress(
      `  saturation ${target.label} ${rate}/s: p99 ${summary.p99.toFixed(1)} ms, generator lag p99 ${summary.sendLagP99.toFixed(1)} ms, failures ${summary.failures}`,
    );
    const exploded = summary.p99 > saturationP99Ms || summary.failures > 0;
    return { exploded, generatorLimited: summary.sendLagP99 > saturationP99Ms / 2 };
  };
  let lastGood = 0;
  for (const rate of saturationLadder) {
    const outcome = await explodesAt(rate);
    if (!outcome.exploded) {
      lastGood = rate;
      continue;
    }
    if (lastGood === 0) return { rate, ...outcome };
    const halfway = Math.round((lastGood + rate) / 2);
    const between = await explodesAt(halfway);
    return between.exploded ? { rate: halfway, ...between } : { rate, ...outcome };
  }
  return { rate: Number.POSITIVE_INFINITY, generatorLimited: false };
}

export const ackLatencySection: Section = {
  id: "ack",
  title: "Ack latency (open loop, signed /brief xi-putin)",
  async run(context) {
    const { book, runs, quick, progress } = context;
    const temporary = temporaryDirectory("ack");
    const fakeSlack = await startFakeSlack();
    const harness: Harness = { fakeSlack, generator: startLoadGenerator() };
    const targets: Target[] = [];
    try {
      const boltPort = await freePort();
      targets.push({
        name: "bolt",
        label: "bare Bolt",
        child: await startChild({
          name: "bare-bolt",
          script: scriptsUnderTest.bareBolt,
          args: [String(boltPort), fakeSlack.apiUrl],
          env: {},
          port: boltPort,
          profileDirectory: context.profileDirectory,
        }),
      });
      const appPort = await freePort();
      targets.push({
        name: "app",
        label: "brief-bot",
        child: await startChild({
          name: "app-ack",
          script: scriptsUnderTest.app,
          env: appEnvironment({
            port: appPort,
            databasePath: path.join(temporary.directory, "brief.db"),
            slackApiUrl: fakeSlack.apiUrl,
            engine: "offline",
          }),
          port: appPort,
          profileDirectory: context.profileDirectory,
        }),
      });
      if (context.postgres) {
        const postgresPort = await freePort();
        targets.push({
          name: "appPostgres",
          label: "brief-bot on Postgres",
          child: await startChild({
            name: "app-ack-postgres",
            script: scriptsUnderTest.app,
            env: appEnvironment({
              port: postgresPort,
              databasePath: path.join(temporary.directory, "unused.db"),
              slackApiUrl: fakeSlack.apiUrl,
              engine: "offline",
              extra: { DATABASE_URL: await context.postgres.createDatabase("bench_ack") },
            }),
            port: postgresPort,
            profileDirectory: context.profileDirectory,
          }),
        });
      }
      const idle = await targets[1]?.child.report();
      if (idle)
        book.record(
          "rss.app.idle",
          { section: "7 memory", label: "brief-bot RSS after start, idle", unit: "MiB" },
          idle.rssSamplesMiB.at(-1) ?? idle.peakRssMiB,
        );
      // Warm-up: JIT, the briefing cache, keep-alive sockets.
      for (const target of targets) await measureRate(target, harness, 50, quick ? 1 : 2);

      for (let run = 0; run < runs; run += 1) {
        for (const rate of rates) {
          const p99ByTarget = { bolt: Number.NaN, app: Number.NaN, appPostgres: Number.NaN };
          for (const target of targets) {
            fakeSlack.resetCounts();
            await target.child.reset();
            const seconds = quick ? Math.max(1.5, rate.seconds / 2) : rate.seconds;
            const summary = await measureRate(target, harness, rate.perSecond, seconds);
            const prefix = `${target.label} @${rate.perSecond}/s`;
            const recordMs = (
              name: string,
              label: string,
              value: number,
              goal: Pick<FigureDefinition, "target" | "judgedOn"> = {},
            ) =>
              book.record(
                `ack.${target.name}.${rate.perSecond}.${name}`,
                { section: "1 ack", label: `${prefix} ${label}`, unit: "ms", ...goal },
                value,
              );
            recordMs("p50", "p50", summary.p50);
            recordMs(
              "p99",
              "p99",
              summary.p99,
              target.name === "app" && rate.perSecond === 100
                ? { target: { comparison: "<", value: 25 } }
                : {},
            );
            recordMs("max", "max", summary.max, {
              target: { comparison: "<", value: nearSlackDeadlineMs },
              judgedOn: "worst",
            });
            if (summary.failures > 0)
              book.note(`1: ${prefix}: ${summary.failures} request(s) not answered 200 in run ${run + 1}.`);
            if (summary.sendLagP99 > 5)
              book.note(
                `1: ${prefix}: the generator sent late (p99 ${summary.sendLagP99.toFixed(1)} ms); latencies count from the scheduled time.`,
              );
            const probe = await target.child.report();
            recordMs("eventLoop", "event-loop delay p99", probe.eventLoopDelayMs.p99);
            recordMs(
              "cpu",
              "CPU per request",
              (probe.cpuUserMs + probe.cpuSystemMs) / (rate.perSecond * seconds),
            );
            p99ByTarget[target.name] = summary.p99;
            progress(
              `  run ${run + 1} ${prefix}: p50 ${summary.p50.toFixed(2)} p99 ${summary.p99.toFixed(2)} max ${summary.max.toFixed(1)} ms`,
            );
          }
          book.record(
            `ack.ratio.${rate.perSecond}`,
            {
              section: "1 ack",
              label: `p99 brief-bot ÷ bare Bolt @${rate.perSecond}/s`,
              unit: "×",
              ...(rate.perSecond >= 100 ? { target: { comparison: "<=", value: 1.3 } as const } : {}),
            },
            p99ByTarget.app / p99ByTarget.bolt,
          );
          if (context.postgres)
            book.record(
              `ack.ratio.postgres.${rate.perSecond}`,
              {
                section: "1 ack",
                label: `p99 brief-bot on Postgres ÷ bare Bolt @${rate.perSecond}/s`,
                unit: "×",
              },
              p99ByTarget.appPostgres / p99ByTarget.bolt,
            );
        }
      }
      // A signed `null` body is refused with 400 before any listener runs (issue 11: within 100 ms).
      for (const target of targets) {
        if (target.name === "bolt") continue;
        const result = await harness.generator.run({
          url: `http://127.0.0.1:${target.child.port}/slack/events`,
          ratePerSecond: 50,
          durationSeconds: quick ? 1 : 2,
          requests: [{ body: "null", contentType: "application/json" }],
        });
        const summary = summarizeLatencies(result.latenciesMs);
        const refused = result.statusCounts["400"] ?? 0;
        if (refused !== result.sent)
          book.note(`1: ${target.label}: ${result.sent - refused} null body(ies) not answered 400.`);
        book.record(
          `ack.${target.name}.nullBody.p99`,
          {
            section: "1 ack",
            label: `${target.label} @50/s a null body's 400, p99`,
            unit: "ms",
            target: { comparison: "<", value: 100 },
          },
          summary.p99,
        );
        progress(
          `  ${target.label} null body: p50 ${summary.p50.toFixed(2)} p99 ${summary.p99.toFixed(2)} ms`,
        );
      }
      for (const target of targets) {
        const report = await target.child.report();
        if (target.name === "app")
          book.record(
            "rss.app.ack",
            {
              section: "7 memory",
              label: "brief-bot peak RSS, ack load",
              unit: "MiB",
              target: { comparison: "<", value: 200 },
            },
            report.peakRssMiB,
          );
      }
      // Saturation is searched once per bench: it is a step search, not a figure that needs a spread.
      for (const target of targets) {
        const saturation = await findSaturation(target, harness, context);
        const highest = saturationLadder.at(-1) as number;
        if (!Number.isFinite(saturation.rate))
          book.note(`1: ${target.label} did not saturate up to ${highest}/s, the highest rate tried.`);
        if (saturation.generatorLimited)
          book.note(
            `1: ${target.label} saturation: the load generator itself lagged at ${saturation.rate}/s, so the true saturation point may be higher.`,
          );
        book.record(
          `ack.${target.name}.saturation`,
          {
            section: "1 ack",
            label: `${target.label} saturation (p99 > ${saturationP99Ms} ms)`,
            unit: "req/s",
          },
          Number.isFinite(saturation.rate) ? saturation.rate : highest,
        );
      }
    } finally {
      for (const target of targets) await target.child.stop();
      harness.generator.stop();
      await fakeSlack.close();
      temporary.remove();
    }
  },
};
