import { loadAppConfig, readProcessEnvironment } from "./config";
import { isBriefError } from "./domain/errors";
import { createLogger } from "./log";
import { createServices } from "./services";
import { createSlackApp } from "./slack/app";

/**
 * The composition root of `npm start`: .env and environment → config → services → the Slack app, in Socket
 * Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events (and GET /healthz).
 */

let config: ReturnType<typeof loadAppConfig>;
try {
  config = loadAppConfig(await readProcessEnvironment());
} catch (error) {
  if (!isBriefError(error, "config")) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger({ level: config.core.logLevel ?? "info" });
let services: Awaited<ReturnType<typeof createServices>>;
try {
  services = await createServices(config.core, logger);
} catch (error) {
  // Postgres unreachable or refusing the login: one line naming the variable to check, no stack.
  if (!config.core.databaseUrl) throw error;
  logger.error("brief_bot.database_unavailable", { error });
  process.stderr.write(
    `Could not open the Postgres database: ${error instanceof Error ? error.message : String(error)}\n` +
      "Check DATABASE_URL and that the server accepts connections.\n",
  );
  process.exit(1);
}
const slackApp = createSlackApp({ slack: config.slack, services, storage: services.storage, logger });

// Last resort: a stray rejection is logged, never fatal; listeners already turn failures into user messages.
process.on("unhandledRejection", (reason) => logger.error("process.unhandled_rejection", { error: reason }));

try {
  const started = await slackApp.start();
  logger.info("brief_bot.ready", started);
} catch (error) {
  logger.error("brief_bot.start_failed", { error });
  process.stderr.write(
    `Could not start the Slack app: ${error instanceof Error ? error.message : String(error)}\n` +
      "Check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN for Socket Mode) and that the app is installed.\n",
  );
  await services.close();
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info("brief_bot.stopping", { signal });
  // Work already acknowledged gets a few seconds to finish; then we leave regardless.
  const deadline = setTimeout(() => {
    logger.warn("brief_bot.stop_timeout");
    process.exit(0);
  }, 10_000);
  deadline.unref();
  try {
    await slackApp.stop();
  } catch (error) {
    logger.error("brief_bot.stop_failed", { error });
  }
  await services.close();
  process.exit(0);
}
process.once("SIGINT", (signal) => void shutdown(signal));
process.once("SIGTERM", (signal) => void shutdown(signal));
