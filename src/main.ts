import { loadAppConfig, readProcessEnvironment } from "./config";
import { isBriefError } from "./domain/errors";
import { createJobThreads, jobOwnerName } from "./jobs/jobThreads";
import { listenForJobs } from "./jobs/postgresJobNotifications";
import { createSqliteJobStore } from "./jobs/sqliteJobStore";
import type { JobThreadSettings } from "./jobWorker";
import { createLogger } from "./log";
import { createServices, type Services } from "./services";
import { createSlackApp, type JobWorkers } from "./slack/app";
import { createIngestAccess } from "./slack/ingestAccess";
import { createSlackJobRunner } from "./slack/jobs";
import { createSlackState } from "./slack/slackState";
import { openDatabase, watchDatabaseFile } from "./store/database";

/**
 * The composition root of `npm start`: .env and environment → config → services → job workers → the Slack
 * app, in Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events (and GET /healthz).
 * The event loop here acks Slack; the jobs run in BRIEF_JOB_THREADS worker threads (src/jobWorker.ts).
 */

/** A problem the operator must fix (configuration, an unreadable database): one message, exit 1, no stack. */
function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config: ReturnType<typeof loadAppConfig>;
try {
  config = loadAppConfig(await readProcessEnvironment());
} catch (error) {
  if (!isBriefError(error, "config")) throw error;
  exitWith(error.message);
}

const logger = createLogger({ level: config.core.logLevel ?? "info" });
let services: Services;
try {
  services = await createServices(config.core, logger);
} catch (error) {
  // An unreadable SQLite file names BRIEF_DB; Postgres unreachable or refusing the login names DATABASE_URL.
  if (isBriefError(error, "database")) exitWith(error.message);
  if (!config.core.databaseUrl) throw error;
  logger.error("brief_bot.database_unavailable", { error });
  exitWith(
    `Could not open the Postgres database: ${error instanceof Error ? error.message : String(error)}\n` +
      "Check DATABASE_URL and that the server accepts connections.",
  );
}

const jobsConfig = config.slack.jobs;
// The bundle runs dist/jobWorker.js beside dist/main.js; tsx runs the TypeScript source.
const jobWorkerEntry = new URL(
  import.meta.url.endsWith(".ts") ? "./jobWorker.ts" : "./jobWorker.js",
  import.meta.url,
);
const workers: JobWorkers =
  jobsConfig.threads > 0
    ? createJobThreads<JobThreadSettings>({
        entry: jobWorkerEntry,
        count: jobsConfig.threads,
        settings: {
          // BRIEF_MODEL_CONCURRENCY is the process's: each thread has its own limiter, so each gets a share.
          core: {
            ...config.core,
            modelConcurrency: Math.max(1, Math.floor(config.core.modelConcurrency / jobsConfig.threads)),
          },
          slack: { botToken: config.slack.botToken, apiUrl: config.slack.apiUrl, jobs: jobsConfig },
        },
        store: services.jobStore,
        logger,
      })
    : createSlackJobRunner({ services, slack: config.slack, owner: jobOwnerName("main"), logger });
// Postgres: a job recorded by any instance wakes this one's workers at once, not at their next poll.
const jobNotifications = config.core.databaseUrl
  ? await listenForJobs(config.core.databaseUrl, () => workers.wake(), logger)
  : undefined;
// The acks' own connection to the SQLite file, when job threads do the rest: it runs no WAL checkpoint (their
// disk syncs are the job threads' to wait for) and waits for the write lock in short steps instead of SQLite's
// millisecond sleeps. On Postgres, and with BRIEF_JOB_THREADS=0, the services' store records the jobs.
const intakeStore =
  services.storage.kind === "sqlite" && jobsConfig.threads > 0
    ? createSqliteJobStore(
        openDatabase(config.core.databasePath, { walCheckpoints: false, busyTimeoutMs: 0 }),
      )
    : services.jobStore;
const slackApp = createSlackApp({
  slack: config.slack,
  logger,
  jobStore: intakeStore,
  state: createSlackState(services.storage),
  pasteIntake: { ingest: services.ingest, access: createIngestAccess(config.core.ingest) },
  workers,
});

// SQLite goes on writing into a file deleted or replaced under it, and all of it is gone at the next start.
if (services.storage.kind === "sqlite")
  watchDatabaseFile(config.core.databasePath, (change) => {
    logger.error("brief_bot.database_lost", {
      databasePath: config.core.databasePath,
      change,
      message: `BRIEF_DB was ${change} while the app ran; stopping so nothing more is written to a file that is gone.`,
    });
    process.exit(1);
  });

// Last resort: a stray rejection is logged, never fatal; listeners already turn failures into user messages.
process.on("unhandledRejection", (reason) => logger.error("process.unhandled_rejection", { error: reason }));

/** What to check when the app could not start: the port, the network, or (Slack said no) the tokens. */
function startFailureHint(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "EADDRINUSE" || code === "EACCES")
    return `Port ${config.slack.port} cannot be listened on (${code}): stop what uses it, or set PORT.`;
  if (code === "slack_webapi_request_error")
    return `Slack did not answer at ${config.slack.apiUrl ?? "https://slack.com/api/"}: check the network (or SLACK_API_URL).`;
  return "Check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN for Socket Mode) and that the app is installed.";
}

try {
  const started = await slackApp.start();
  logger.info("brief_bot.ready", started);
} catch (error) {
  logger.error("brief_bot.start_failed", { error });
  process.stderr.write(
    `Could not start the Slack app: ${error instanceof Error ? error.message : String(error)}\n${startFailureHint(error)}\n`,
  );
  await services.close();
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info("brief_bot.stopping", { signal });
  // Jobs already recorded get a few seconds to finish, then go back to pending for the next start.
  const deadline = setTimeout(() => {
    logger.warn("brief_bot.stop_timeout");
    process.exit(0);
  }, 12_000);
  deadline.unref();
  try {
    await slackApp.stop();
  } catch (error) {
    logger.error("brief_bot.stop_failed", { error });
  }
  await jobNotifications?.close();
  await services.close();
  process.exit(0);
}
process.once("SIGINT", (signal) => void shutdown(signal));
process.once("SIGTERM", (signal) => void shutdown(signal));
