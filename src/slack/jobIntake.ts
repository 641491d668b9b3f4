import type { JobState, JobStore } from "../jobs/jobStore";
import type { Logger } from "../log";
import type { SlackJobKind } from "./jobs/slackJobContext";

/**
 * Raised by a listener when its job could not be recorded (the database is unavailable). The app's error
 * handler lets it through, so the delivery is not acknowledged: Slack retries an event, and a command's
 * listener answers with a message instead.
 */
export class DeliveryNotRecordedError extends Error {
  readonly code = "brief_bot_delivery_not_recorded";
  constructor(key: string, options?: ErrorOptions) {
    super(`The job for ${key} could not be recorded.`, options);
    this.name = "DeliveryNotRecordedError";
  }
}

export interface RecordedJob {
  jobId: string;
  /** False when the key had a job already: a redelivery or a replay. */
  created: boolean;
  state: JobState;
}

/** What a listener does with a delivery: records its job (once per key) before the ack, and nothing else. */
export interface JobIntake {
  enqueue<Payload>(kind: SlackJobKind<Payload>, key: string, payload: Payload): Promise<RecordedJob>;
}

export function createJobIntake(options: {
  store: Pick<JobStore, "enqueue">;
  /** Tells the workers there is work (they also poll). */
  wake: () => void;
  logger: Logger;
}): JobIntake {
  const { logger } = options;
  return {
    async enqueue(kind, key, payload) {
      let recorded: Awaited<ReturnType<JobStore["enqueue"]>>;
      try {
        recorded = await options.store.enqueue({ kind: kind.kind, key, payload });
      } catch (error) {
        logger.error("jobs.enqueue_failed", { kind: kind.kind, key, error });
        throw new DeliveryNotRecordedError(key, { cause: error });
      }
      const { job, created } = recorded;
      // A redelivery of unfinished work resumes it: a worker takes it as soon as its lease (if any) lapses.
      if (created || job.state === "pending" || job.state === "running") options.wake();
      if (!created)
        logger.info("slack.duplicate_delivery", {
          key,
          job: job.id,
          state: job.state,
          attempts: job.attempts,
        });
      return { jobId: job.id, created, state: job.state };
    },
  };
}
