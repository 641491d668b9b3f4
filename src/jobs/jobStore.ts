/**
 * Durable work: what a Slack ack records before it answers, and what workers claim, run and finish. The
 * storage behind it is an interface so SQLite (one host, several processes) and Postgres (several hosts) can
 * both hold it; docs/jobs.md is the model in prose.
 *
 * A job moves pending → running (under a lease) → done or failed. A running job whose lease ran out (its
 * worker died, or froze past the lease) is claimable again, so work acknowledged before a crash is picked up
 * after a restart or by another process. Every write by a worker names its lease: once the lease is lost,
 * the old worker's writes are refused, so two workers never both finish one job.
 */

export const jobStates = ["pending", "running", "done", "failed"] as const;
export type JobState = (typeof jobStates)[number];

export interface Job {
  id: string;
  kind: string;
  /** The idempotency key: one job per key, whatever the number of deliveries. */
  key: string;
  /** JSON; the job kind's schema reads it. */
  payload: unknown;
  state: JobState;
  /** Claims so far, this one included: above the runner's limit the job is given up. */
  attempts: number;
  /** The last checkpoint a worker saved (JSON), e.g. the ts of messages already posted. */
  progress: unknown;
  /** What the job left behind once done (JSON), e.g. the posted message's ts. */
  result: unknown;
  error: string | undefined;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** Proof of a claim; a worker's writes are accepted only while its lease is the job's current one. */
export interface JobLease {
  jobId: string;
  token: string;
}

export interface ClaimedJob extends Job {
  lease: JobLease;
}

export interface EnqueueRequest {
  kind: string;
  key: string;
  payload: unknown;
}

export interface ClaimRequest {
  /** Who holds the lease (process and thread), so the leases of a worker known to be gone can be put back. */
  owner: string;
  leaseMs: number;
  /** Only these kinds: a process never claims work it has no handler for (a rolling deploy). */
  kinds: readonly string[];
  /**
   * Jobs this worker is running itself: a lease of its own that lapsed (its thread busy past a heartbeat) is
   * not work to take over, and claiming it again would run the job twice and use up its attempts.
   */
  runningIds?: readonly string[] | undefined;
}

export type JobCounts = Record<JobState, number>;

export interface JobStore {
  /**
   * Records a job under its key unless one is there already. Returns the job stored under the key (new or
   * old) and whether this call created it: a redelivery finds its first delivery's job.
   */
  enqueue(request: EnqueueRequest): Promise<{ job: Job; created: boolean }>;
  /** Leases the oldest claimable job of the given kinds (pending, or running with a lapsed lease). */
  claim(request: ClaimRequest): Promise<ClaimedJob | undefined>;
  /** Extends a lease; false once it is no longer the job's (it lapsed and another worker claimed the job). */
  extendLease(lease: JobLease, leaseMs: number): Promise<boolean>;
  /** Saves a checkpoint under the lease; false once the lease is lost. */
  saveProgress(lease: JobLease, progress: unknown): Promise<boolean>;
  complete(lease: JobLease, result: unknown): Promise<boolean>;
  fail(lease: JobLease, error: string): Promise<boolean>;
  /** Back to pending, claimable again after `delayMs`: a retry after a passing failure, or a shutdown. */
  release(lease: JobLease, options: { delayMs: number; error?: string | undefined }): Promise<boolean>;
  /** Puts the running jobs of an owner known to be gone (a worker thread that exited) back to pending. */
  releaseOwner(owner: string): Promise<number>;
  findByKey(key: string): Promise<Job | undefined>;
  /** Deletes done and failed jobs last updated more than `maxAgeMs` ago; returns how many. */
  prune(maxAgeMs: number): Promise<number>;
  counts(): Promise<JobCounts>;
}

/** The job table's columns as both stores select them. */
export const jobColumns =
  "id, kind, idempotency_key, payload, state, attempts, progress, result, error, created_at, updated_at";

/** A job row once its store has read its JSON columns and numbers (SQLite keeps JSON as text, Postgres as jsonb). */
export interface JobRow {
  id: string;
  kind: string;
  idempotency_key: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  progress: unknown;
  result: unknown;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export function jobFromRow(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    key: row.idempotency_key,
    payload: row.payload,
    state: row.state,
    attempts: row.attempts,
    progress: row.progress ?? undefined,
    result: row.result ?? undefined,
    error: row.error ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A JSON column's value: undefined is SQL NULL. */
export const toJsonColumn = (value: unknown): string | null =>
  value === undefined ? null : JSON.stringify(value);
