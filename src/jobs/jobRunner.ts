import type { z } from "zod";
import type { Logger } from "../log";
import type { ClaimedJob, JobStore } from "./jobStore";

/**
 * Claims jobs of the kinds it knows and runs them, a few at a time: heartbeats keep each lease while its job
 * runs; the job ends done (with its result), failed (after its kind has told the person who asked), or, for
 * a passing failure, back to pending for a later attempt. A job that has been claimed too often (its workers
 * kept dying) is given up at its next claim instead of being run again.
 */

/** Thrown into a job once its lease is gone: another worker may have it now, so this one must stop. */
export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`The lease on job ${jobId} was lost; another worker may be running it.`);
    this.name = "LeaseLostError";
  }
}

/** A failure worth another attempt later (Slack or the network briefly down), up to the attempt limit. */
export class RetryLaterError extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { retryAfterMs?: number | undefined; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "RetryLaterError";
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** What a running job sees of itself. */
export interface JobExecution {
  readonly id: string;
  /** 1 for the first claim; more when an earlier worker died or a passing failure put the job back. */
  readonly attempt: number;
  readonly createdAt: number;
  /** The last checkpoint saved (unparsed JSON): by an earlier attempt, or by this one so far. */
  readonly progress: unknown;
  /** Saves a checkpoint with the job; throws LeaseLostError when the job is no longer this worker's. */
  saveProgress(progress: unknown): Promise<void>;
  /** Call right before a visible side effect (a post): renews the lease, or throws LeaseLostError. */
  holdLease(): Promise<void>;
  /** Aborted when the lease is lost or the runner stops. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
}

/**
 * One kind of job: its name, the schema of its payload, what doing it means, and its one failure outcome.
 * `run` returns the job's result (JSON, stored with it). `giveUp` tells the person who asked that it did not
 * work, once, when the job cannot be completed.
 */
export interface JobKind<Payload, Context> {
  readonly kind: string;
  readonly payload: z.ZodType<Payload>;
  run(payload: Payload, execution: JobExecution, context: Context): Promise<unknown>;
  giveUp(payload: Payload, execution: JobExecution, context: Context, reason: unknown): Promise<void>;
}

/** A kind as the runner holds it, its payload type erased behind its own schema. */
export interface RunnableJobKind<Context> {
  readonly kind: string;
  run(payload: unknown, execution: JobExecution, context: Context): Promise<unknown>;
  giveUp(payload: unknown, execution: JobExecution, context: Context, reason: unknown): Promise<void>;
}

export function runnable<Payload, Context>(kind: JobKind<Payload, Context>): RunnableJobKind<Context> {
  return {
    kind: kind.kind,
    run: (payload, execution, context) => kind.run(kind.payload.parse(payload), execution, context),
    giveUp: (payload, execution, context, reason) =>
      kind.giveUp(kind.payload.parse(payload), execution, context, reason),
  };
}

export interface JobRunnerOptions<Context> {
  store: JobStore;
  kinds: readonly RunnableJobKind<Context>[];
  context: Context;
  /** Names this runner in the leases it holds (process and thread). */
  owner: string;
  leaseMs: number;
  /** How often to look for work nobody announced: other processes' jobs, lapsed leases, retries. */
  pollMs: number;
  /** Jobs run at once by this runner. */
  concurrency: number;
  /** Claims after which a job is given up instead of run again. */
  maxAttempts: number;
  logger: Logger;
}

export interface JobRunner {
  /** Starts polling (and looks for work at once). */
  start(): Promise<void>;
  /** Looks for work now (a job was just recorded). */
  wake(): void;
  /** Resolves once nothing is running and nothing claimable is left. */
  idle(): Promise<void>;
  /** Stops claiming; jobs still running after `graceMs` are put back to pending for the next worker. */
  stop(graceMs: number): Promise<void>;
}

/** 2 s, 8 s, 32 s, then every minute. */
const retryDelayMs = (attempt: number) => Math.min(60_000, 2_000 * 4 ** (attempt - 1));

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createJobRunner<Context>(options: JobRunnerOptions<Context>): JobRunner {
  const { store, context, leaseMs, logger } = options;
  const kinds = new Map(options.kinds.map((kind) => [kind.kind, kind]));
  const kindNames = [...kinds.keys()];
  const running = new Map<string, { done: Promise<void>; job: ClaimedJob; abort: AbortController }>();
  let stopped = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let filling: Promise<void> | undefined;
  let fillAgain = false;
  let claimFailures = 0;

  const execute = async (job: ClaimedJob, abort: AbortController): Promise<void> => {
    const kind = kinds.get(job.kind);
    const jobLogger = logger.child({ job: job.id, kind: job.kind, attempt: job.attempts });
    const started = performance.now();
    let leaseLost = false;
    const loseLease = () => {
      if (leaseLost) return;
      leaseLost = true;
      abort.abort(new LeaseLostError(job.id));
    };
    const heartbeat = setInterval(() => {
      store.extendLease(job.lease, leaseMs).then(
        (held) => {
          if (!held) loseLease();
        },
        (error: unknown) => jobLogger.warn("job.heartbeat_failed", { error }),
      );
    }, leaseMs / 3);
    heartbeat.unref();
    let progress = job.progress;
    const execution: JobExecution = {
      id: job.id,
      attempt: job.attempts,
      createdAt: job.createdAt,
      get progress() {
        return progress;
      },
      signal: abort.signal,
      logger: jobLogger,
      async saveProgress(next) {
        if (leaseLost || !(await store.saveProgress(job.lease, next))) {
          loseLease();
          throw new LeaseLostError(job.id);
        }
        // A copy: the caller may go on changing its object.
        progress = JSON.parse(JSON.stringify(next)) as unknown;
      },
      async holdLease() {
        if (stopped || leaseLost || !(await store.extendLease(job.lease, leaseMs))) {
          loseLease();
          throw new LeaseLostError(job.id);
        }
      },
    };
    try {
      if (!kind) throw new Error(`no handler for job kind ${job.kind}`);
      if (job.attempts > options.maxAttempts) {
        jobLogger.error("job.given_up", { reason: "too_many_attempts", maxAttempts: options.maxAttempts });
        await giveUp(kind, job, execution, new Error(`claimed ${job.attempts} times`));
        return;
      }
      const result = await kind.run(job.payload, execution, context);
      if (await store.complete(job.lease, result))
        jobLogger.info("job.done", { ms: Math.round(performance.now() - started) });
      else jobLogger.warn("job.lease_lost", { at: "completion" });
    } catch (error) {
      if (leaseLost || error instanceof LeaseLostError) {
        jobLogger.warn("job.lease_lost", { error: errorText(error) });
        return;
      }
      if (error instanceof RetryLaterError && job.attempts < options.maxAttempts && kind) {
        const delayMs = error.retryAfterMs ?? retryDelayMs(job.attempts);
        jobLogger.warn("job.retry_later", { delayMs, error });
        await store.release(job.lease, { delayMs, error: errorText(error) });
        return;
      }
      jobLogger.error("job.failed", { error });
      if (kind) await giveUp(kind, job, execution, error);
      else await store.fail(job.lease, errorText(error));
    } finally {
      clearInterval(heartbeat);
    }
  };

  /** The job's one failure outcome, then failed; a failure to tell the person is logged, not retried. */
  const giveUp = async (
    kind: RunnableJobKind<Context>,
    job: ClaimedJob,
    execution: JobExecution,
    reason: unknown,
  ) => {
    try {
      await kind.giveUp(job.payload, execution, context, reason);
    } catch (error) {
      execution.logger.error("job.failure_message_failed", { error });
    }
    await store.fail(job.lease, errorText(reason));
  };

  const start = (job: ClaimedJob) => {
    const abort = new AbortController();
    const done = execute(job, abort)
      .catch((error: unknown) => logger.error("job.runner_failed", { job: job.id, error }))
      .finally(() => {
        running.delete(job.id);
        if (!stopped) wake();
      });
    running.set(job.id, { done, job, abort });
  };

  const fillSlots = async () => {
    while (!stopped && running.size < options.concurrency) {
      let job: ClaimedJob | undefined;
      try {
        job = await store.claim({
          owner: options.owner,
          leaseMs,
          kinds: kindNames,
          runningIds: [...running.keys()],
        });
        claimFailures = 0;
      } catch (error) {
        // The database is busy past its timeout or failing: the next poll tries again.
        claimFailures += 1;
        if (claimFailures === 1 || claimFailures % 100 === 0)
          logger.error("job.claim_failed", { error, failures: claimFailures });
        return;
      }
      if (!job) return;
      start(job);
    }
  };

  /** One fill at a time; a wake during a fill runs another right after it. */
  function wake(): void {
    if (stopped) return;
    if (filling) {
      fillAgain = true;
      return;
    }
    filling = fillSlots().finally(() => {
      filling = undefined;
      if (fillAgain) {
        fillAgain = false;
        wake();
      }
    });
  }

  return {
    async start() {
      if (pollTimer) return;
      pollTimer = setInterval(wake, options.pollMs);
      pollTimer.unref();
      wake();
    },
    wake,
    async idle() {
      for (;;) {
        await filling;
        if (running.size === 0) {
          await fillSlots();
          if (running.size === 0) return;
        }
        await Promise.allSettled([...running.values()].map((entry) => entry.done));
      }
    },
    async stop(graceMs) {
      stopped = true;
      clearInterval(pollTimer);
      await filling;
      const finished = Promise.allSettled([...running.values()].map((entry) => entry.done));
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, graceMs);
      });
      await Promise.race([finished, grace]);
      clearTimeout(graceTimer);
      for (const { job, abort } of running.values()) {
        abort.abort(new LeaseLostError(job.id));
        // Claimable again at once: the next worker need not wait for the lease to lapse.
        await store.release(job.lease, { delayMs: 0, error: "worker stopped" }).catch(() => false);
        logger.info("job.released", { job: job.id, kind: job.kind });
      }
    },
  };
}
