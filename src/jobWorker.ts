import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { CoreConfig, SlackConfig } from "./config";
import { type JobThreadData, serveJobThread } from "./jobs/jobThreads";
import { createLogger } from "./log";
import { createServices } from "./services";
import { createSlackJobRunner } from "./slack/jobs";

/**
 * The composition root of one job thread (started by src/jobs/jobThreads.ts from main.ts): its own services
 * and database connection, a Web API client, and a runner claiming the Slack jobs the listeners record.
 */

export interface JobThreadSettings {
  core: CoreConfig;
  slack: Pick<SlackConfig, "botToken" | "apiUrl" | "jobs">;
}

const port = parentPort;
if (!port) throw new Error("jobWorker runs only as a worker thread");

await serveJobThread(port, workerData as JobThreadData<JobThreadSettings>, async ({ owner, settings }) => {
  // Written from this thread straight to stderr: lines do not queue on the main thread's event loop.
  const logger = createLogger({
    level: settings.core.logLevel ?? "info",
    write: (line) => fs.writeSync(2, `${line}\n`),
    base: { worker: owner },
  });
  // A job thread's writes (claims, checkpoints, completions, thread turns) do not wait for Postgres to flush
  // them: under load every one of them queued for the disk, and the acks' job inserts behind them (follow-up
  // ack p99 611 ms, 138 ms once they stopped waiting; docs/postgres.md). Should the Postgres server crash, the last of
  // them are lost and their jobs run again, finding what they posted by its metadata. The ack's insert of
  // the job, on the main thread, still waits.
  const services = await createServices(settings.core, logger, { commitsWaitForDisk: false });
  const runner = createSlackJobRunner({ services, slack: settings.slack, owner, logger });
  await runner.start();
  return {
    wake: runner.wake,
    idle: runner.idle,
    async stop(graceMs) {
      await runner.stop(graceMs);
      await services.close();
    },
  };
});
