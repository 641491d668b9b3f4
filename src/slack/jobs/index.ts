import type { SlackConfig } from "../../config";
import { createJobRunner, type JobRunner, type RunnableJobKind, runnable } from "../../jobs/jobRunner";
import type { JobStore } from "../../jobs/jobStore";
import type { Logger } from "../../log";
import type { Storage } from "../../store/storage";
import { createIngestAccess } from "../ingestAccess";
import type { SlackAppServices } from "../slackAppServices";
import { createSlackState } from "../slackState";
import { defaultWebApiPolicy, type WebApiPolicy } from "../slackWebApi";
import { briefArticleJob } from "./briefArticleJob";
import { briefCommandJob } from "./briefCommandJob";
import { briefThisArticleJob } from "./briefThisArticleJob";
import { feedbackJob } from "./feedbackJob";
import { openPasteFormJob } from "./openPasteFormJob";
import { createSlackJobContext, type SlackJobContext } from "./slackJobContext";
import { sourcesViewJob } from "./sourcesViewJob";
import { suggestedQuestionJob } from "./suggestedQuestionJob";
import { threadQuestionJob } from "./threadQuestionJob";

/**
 * Every kind of work a Slack listener can record. A new kind: a file here exporting a SlackJobKind (its
 * payload schema, run, giveUp), one line below, and `dependencies.jobs.enqueue(kind, key, payload)` in its
 * listener before the ack.
 */
export const slackJobKinds: readonly RunnableJobKind<SlackJobContext>[] = [
  runnable(briefCommandJob),
  runnable(briefArticleJob),
  runnable(briefThisArticleJob),
  runnable(openPasteFormJob),
  runnable(threadQuestionJob),
  runnable(suggestedQuestionJob),
  runnable(feedbackJob),
  runnable(sourcesViewJob),
];

/** Claims after which a job is given up (its workers kept dying on it) with one failure message. */
export const maxJobAttempts = 3;

/**
 * A runner for the Slack jobs on these services: in each job thread (src/jobWorker.ts), or on the main
 * thread in tests and with BRIEF_JOB_THREADS=0.
 */
export function createSlackJobRunner(options: {
  services: SlackAppServices & { storage: Storage; jobStore: JobStore };
  slack: Pick<SlackConfig, "botToken" | "apiUrl" | "jobs">;
  owner: string;
  logger: Logger;
  webApiPolicy?: Partial<WebApiPolicy>;
}): JobRunner {
  const { services, slack, logger } = options;
  const context = createSlackJobContext({
    services,
    state: createSlackState(services.storage),
    slack,
    webApiPolicy: { ...defaultWebApiPolicy, ...options.webApiPolicy },
    ingestAccess: createIngestAccess(services.config.ingest),
    logger,
  });
  return createJobRunner({
    store: services.jobStore,
    kinds: slackJobKinds,
    context,
    owner: options.owner,
    leaseMs: slack.jobs.leaseMs,
    pollMs: slack.jobs.pollMs,
    concurrency: slack.jobs.concurrency,
    maxAttempts: maxJobAttempts,
    logger,
  });
}
