import type { JobsConfig, SlackConfig } from "../../src/config";
import type { Logger } from "../../src/log";
import type { Services } from "../../src/services";
import { createSlackApp, type SlackApp } from "../../src/slack/app";
import { createIngestAccess } from "../../src/slack/ingestAccess";
import { createSlackJobRunner } from "../../src/slack/jobs";
import type { SlackAppServices } from "../../src/slack/slackAppServices";
import { createSlackState } from "../../src/slack/slackState";
import type { WebApiPolicy } from "../../src/slack/slackWebApi";

/** Jobs on the test's own thread (no worker threads), claimed soon after they are recorded. */
export const inProcessJobs: JobsConfig = { threads: 0, concurrency: 8, leaseMs: 5_000, pollMs: 100 };

/**
 * The Slack app with its job runner in this process, on the test's services, so a test can swap a service
 * (a slow or failing briefing) for the jobs. Production runs the same runner in worker threads (main.ts).
 */
export function createInProcessSlackApp(options: {
  slack: SlackConfig;
  services: Services;
  override?: Partial<SlackAppServices>;
  logger: Logger;
  webApiPolicy?: Partial<WebApiPolicy>;
}): SlackApp {
  const { services, slack, logger } = options;
  const workers = createSlackJobRunner({
    services: { ...services, ...options.override },
    slack,
    owner: "test-runner",
    logger,
    ...(options.webApiPolicy ? { webApiPolicy: options.webApiPolicy } : {}),
  });
  return createSlackApp({
    slack,
    logger,
    jobStore: services.jobStore,
    state: createSlackState(services.storage),
    pasteIntake: { ingest: services.ingest, access: createIngestAccess(services.config.ingest) },
    workers,
    ...(options.webApiPolicy ? { webApiPolicy: options.webApiPolicy } : {}),
  });
}
