import path from "node:path";
import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createServices } from "../../src/services";
import { formatBytes } from "../../src/store/articleStore";
import { slashCommandRequest } from "../../test/support/signedSlackRequests";
import { appEnvironment } from "../appEnvironment";
import { generateArticle } from "../articleGenerator";
import { bulkLoadArticles } from "../bulkLoad";
import { freePort, scriptsUnderTest, startChild } from "../childProcess";
import { startFakeSlack } from "../fakeSlack";
import { startLoadGenerator } from "../loadGenerator";
import { type Section, temporaryDirectory } from "../section";
import { signRequest } from "../slackRequests";
import { summarizeLatencies } from "../stats";

/**
 * 8. Other people's acks while one long article is briefed: a 1.5 MB article (under the default
 * BRIEF_MAX_ARTICLE_BYTES) and a 5 MB one (the cap raised), bulk-loaded into the app's database, then
 * `/brief <it>` and, meanwhile, other users' `/brief xi-putin` at 40/s, open loop. The long briefing is
 * built in a job thread; the acks come from the main thread's event loop, which must not notice.
 */

const othersPerSecond = 40;
const sizes = [
  { key: "1_5mb", words: 230_000, maxArticleBytes: undefined },
  { key: "5mb", words: 770_000, maxArticleBytes: 8 * 1024 * 1024 },
];

export const longArticleSection: Section = {
  id: "long",
  title: `Acks while a long article is briefed (others at ${othersPerSecond}/s)`,
  async run({ book, runs, quick, progress, profileDirectory }) {
    const fakeSlack = await startFakeSlack();
    const generator = startLoadGenerator();
    try {
      for (const size of sizes) {
        const temporary = temporaryDirectory(`long-${size.key}`);
        const databasePath = path.join(temporary.directory, "brief.db");
        const article = generateArticle({ seed: 8, words: size.words, slug: "long-report" });
        const services = await createServices(
          loadCoreConfig({ BRIEF_DB: databasePath, BRIEF_ENGINE: "offline" }),
          silentLogger,
        );
        if (services.storage.kind !== "sqlite") throw new Error("the bulk load writes SQLite rows");
        bulkLoadArticles(services.storage.database, 1, () => article);
        await services.close();
        const label = formatBytes(Buffer.byteLength(article.text));
        const port = await freePort();
        const child = await startChild({
          name: `app-long-${size.key}`,
          script: scriptsUnderTest.app,
          env: appEnvironment({
            port,
            databasePath,
            slackApiUrl: fakeSlack.apiUrl,
            engine: "offline",
            extra: size.maxArticleBytes ? { BRIEF_MAX_ARTICLE_BYTES: String(size.maxArticleBytes) } : {},
          }),
          port,
          profileDirectory,
        });
        const others = (seconds: number) =>
          Array.from({ length: othersPerSecond * seconds }, () =>
            slashCommandRequest({
              text: "xi-putin",
              user_id: "U0OTHERUSER",
              response_url: fakeSlack.responseUrl,
            }),
          );
        const url = `http://127.0.0.1:${port}/slack/events`;
        try {
          // Warm-up: JIT, keep-alive sockets, the briefing of xi-putin.
          await generator.run({
            url,
            ratePerSecond: othersPerSecond,
            durationSeconds: 1,
            requests: others(1),
          });
          for (let run = 0; run < runs; run += 1) {
            fakeSlack.resetCounts();
            await child.reset();
            const command = signRequest(
              slashCommandRequest({ text: "long-report", response_url: fakeSlack.responseUrl }),
            );
            const askedAt = performance.now();
            const response = await fetch(url, {
              method: "POST",
              headers: command.headers,
              body: command.body,
            });
            await response.text();
            const seconds = quick ? 4 : 6;
            const result = await generator.run({
              url,
              ratePerSecond: othersPerSecond,
              durationSeconds: seconds,
              requests: others(seconds),
            });
            const loadEndedAt = performance.now();
            let postedAt: number | undefined;
            for (let wait = 0; wait < 1_200 && postedAt === undefined; wait += 1) {
              if (
                fakeSlack
                  .postedMessages()
                  .some((call) => JSON.stringify(call.params.metadata ?? "").includes("long-report"))
              )
                postedAt = performance.now();
              else await new Promise((resolve) => setTimeout(resolve, 50));
            }
            const probe = await child.report();
            const acks = summarizeLatencies(result.latenciesMs);
            const section = "8 long article";
            const prefix = `${label} article`;
            book.record(
              `long.${size.key}.ack.p50`,
              { section, label: `${prefix}: others' ack p50`, unit: "ms" },
              acks.p50,
            );
            book.record(
              `long.${size.key}.ack.p99`,
              {
                section,
                label: `${prefix}: others' ack p99`,
                unit: "ms",
                target: { comparison: "<", value: 100 },
              },
              acks.p99,
            );
            book.record(
              `long.${size.key}.ack.max`,
              { section, label: `${prefix}: others' ack max`, unit: "ms" },
              acks.max,
            );
            book.record(
              `long.${size.key}.eventLoop`,
              { section, label: `${prefix}: acking event loop delay p99`, unit: "ms" },
              probe.eventLoopDelayMs.p99,
            );
            book.record(
              `long.${size.key}.posted`,
              { section, label: `${prefix}: its briefing posted after`, unit: "s" },
              ((postedAt ?? Number.NaN) - askedAt) / 1000,
            );
            book.record(
              `long.${size.key}.rss`,
              { section, label: `${prefix}: peak RSS`, unit: "MiB" },
              probe.peakRssMiB,
            );
            if (postedAt !== undefined && postedAt < loadEndedAt)
              book.note(
                `8: the ${label} briefing was posted ${((loadEndedAt - postedAt) / 1000).toFixed(1)} s before the others' load ended; only the part before counts as "while it was briefed".`,
              );
            const failures = result.sent - (result.statusCounts["200"] ?? 0);
            if (failures > 0)
              book.note(`8: ${prefix}: ${failures} request(s) not answered 200 in run ${run + 1}.`);
            progress(
              `  run ${run + 1} ${prefix}: others' ack p50 ${acks.p50.toFixed(1)} p99 ${acks.p99.toFixed(1)} max ${acks.max.toFixed(0)} ms; posted after ${(((postedAt ?? Number.NaN) - askedAt) / 1000).toFixed(1)} s`,
            );
            // The others' briefings drain before the next run.
            await fakeSlack.waitForPostedMessages(result.sent + 1, 30_000);
          }
        } finally {
          await child.stop();
          temporary.remove();
        }
      }
    } finally {
      generator.stop();
      await fakeSlack.close();
    }
  },
};
