import { randomUUID } from "node:crypto";
import { z } from "zod";
import { retryWhileBusy, type SqliteDatabase } from "../store/database";
import {
  type ClaimedJob,
  type Job,
  type JobCounts,
  type JobLease,
  type JobStore,
  jobColumns,
  jobFromRow,
  jobStates,
  toJsonColumn,
} from "./jobStore";

/**
 * The job table in the app's SQLite file. Several connections write it at once (the app's worker threads, a
 * second app process on the same file): a claim is one BEGIN IMMEDIATE transaction, so two claimers never
 * take the same job, and every write goes through retryWhileBusy for the SQLITE_BUSY(_SNAPSHOT) the busy
 * timeout does not absorb. Times are this host's clock in milliseconds.
 */

const JobRowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  idempotency_key: z.string(),
  payload: z.string(),
  state: z.enum(jobStates),
  attempts: z.number(),
  progress: z.string().nullable(),
  result: z.string().nullable(),
  error: z.string().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
});

const parseJson = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));

function toJob(row: unknown): Job {
  const parsed = JobRowSchema.parse(row);
  return jobFromRow({
    ...parsed,
    payload: parseJson(parsed.payload),
    progress: parseJson(parsed.progress),
    result: parseJson(parsed.result),
  });
}

export function createSqliteJobStore(database: SqliteDatabase, clock: () => number = Date.now): JobStore {
  database.exec(`
    CREATE TABLE IF NOT EXISTS jobs (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      payload TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      available_at INTEGER NOT NULL,
      lease_owner TEXT,
      lease_token TEXT,
      lease_expires_at INTEGER,
      progress TEXT,
      result TEXT,
      error TEXT,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS jobs_active ON jobs (created_at) WHERE state IN ('pending', 'running');
    CREATE INDEX IF NOT EXISTS jobs_finished ON jobs (updated_at) WHERE state IN ('done', 'failed');
  `);
  const insertJob = database.prepare(
    `INSERT INTO jobs (id, kind, idempotency_key, payload, state, available_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const selectByKey = database.prepare(`SELECT ${jobColumns} FROM jobs WHERE idempotency_key = ?`);
  // Read outside any transaction first: when nothing is claimable (the usual poll), no write lock is taken.
  const claimableCondition = `state IN ('pending', 'running')
       AND ((state = 'pending' AND available_at <= @now) OR (state = 'running' AND lease_expires_at <= @now))
       AND kind IN (SELECT value FROM json_each(@kinds))
       AND id NOT IN (SELECT value FROM json_each(@runningIds))`;
  const selectClaimable = database
    .prepare(`SELECT id FROM jobs WHERE ${claimableCondition} ORDER BY created_at LIMIT 1`)
    .pluck();
  const leaseJob = database.prepare(
    `UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = @owner, lease_token = @token,
       lease_expires_at = @expires, updated_at = @now
     WHERE id = (SELECT id FROM jobs WHERE ${claimableCondition} ORDER BY created_at LIMIT 1)
     RETURNING ${jobColumns}`,
  );
  const leased = "id = @id AND lease_token = @token AND state = 'running'";
  const extend = database.prepare(
    `UPDATE jobs SET lease_expires_at = @expires, updated_at = @now WHERE ${leased}`,
  );
  const updateProgress = database.prepare(
    `UPDATE jobs SET progress = @progress, updated_at = @now WHERE ${leased}`,
  );
  const finish = database.prepare(
    `UPDATE jobs SET state = @state, result = @result, error = @error, lease_owner = NULL, lease_token = NULL,
       lease_expires_at = NULL, updated_at = @now WHERE ${leased}`,
  );
  const putBack = database.prepare(
    `UPDATE jobs SET state = 'pending', available_at = @available, error = coalesce(@error, error),
       lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = @now WHERE ${leased}`,
  );
  const putBackOwner = database.prepare(
    `UPDATE jobs SET state = 'pending', available_at = @now, lease_owner = NULL, lease_token = NULL,
       lease_expires_at = NULL, updated_at = @now WHERE state = 'running' AND lease_owner = @owner`,
  );
  const deleteFinished = database.prepare(
    "DELETE FROM jobs WHERE state IN ('done', 'failed') AND updated_at < ?",
  );
  const countByState = database.prepare("SELECT state, count(*) AS count FROM jobs GROUP BY state");

  const claimTransaction = database.transaction(
    (parameters: {
      owner: string;
      token: string;
      now: number;
      expires: number;
      kinds: string;
      runningIds: string;
    }) => leaseJob.get(parameters),
  );

  const write = (statement: { run(parameters: object): { changes: number } }, parameters: object) =>
    retryWhileBusy(() => statement.run(parameters).changes === 1);
  const finishJob = (
    lease: JobLease,
    state: "done" | "failed",
    result: string | null,
    error: string | null,
  ) => write(finish, { id: lease.jobId, token: lease.token, state, result, error, now: clock() });

  return {
    async enqueue({ kind, key, payload }) {
      const now = clock();
      const id = randomUUID();
      const inserted = retryWhileBusy(
        () => insertJob.run(id, kind, key, JSON.stringify(payload), now, now, now).changes === 1,
      );
      // The usual case, on the acking thread: the job is the one just written, no need to read it back.
      if (inserted) {
        const job: Job = {
          id,
          kind,
          key,
          payload,
          state: "pending",
          attempts: 0,
          progress: undefined,
          result: undefined,
          error: undefined,
          createdAt: now,
          updatedAt: now,
        };
        return { job, created: true };
      }
      const row = selectByKey.get(key);
      if (row === undefined) throw new Error(`job ${key} vanished after it was recorded`);
      return { job: toJob(row), created: false };
    },
    async claim({ owner, leaseMs, kinds, runningIds = [] }) {
      const now = clock();
      const kindList = JSON.stringify(kinds);
      const runningList = JSON.stringify(runningIds);
      if (selectClaimable.get({ now, kinds: kindList, runningIds: runningList }) === undefined)
        return undefined;
      const token = randomUUID();
      const row = retryWhileBusy(() =>
        claimTransaction.immediate({
          owner,
          token,
          now,
          expires: now + leaseMs,
          kinds: kindList,
          runningIds: runningList,
        }),
      );
      if (row === undefined) return undefined;
      const job = toJob(row);
      return { ...job, lease: { jobId: job.id, token } } satisfies ClaimedJob;
    },
    async extendLease(lease, leaseMs) {
      const now = clock();
      return write(extend, { id: lease.jobId, token: lease.token, expires: now + leaseMs, now });
    },
    async saveProgress(lease, progress) {
      return write(updateProgress, {
        id: lease.jobId,
        token: lease.token,
        progress: toJsonColumn(progress),
        now: clock(),
      });
    },
    complete: async (lease, result) => finishJob(lease, "done", toJsonColumn(result), null),
    fail: async (lease, error) => finishJob(lease, "failed", null, error),
    async release(lease: JobLease, { delayMs, error }) {
      const now = clock();
      return write(putBack, {
        id: lease.jobId,
        token: lease.token,
        available: now + delayMs,
        error: error ?? null,
        now,
      });
    },
    async releaseOwner(owner) {
      return retryWhileBusy(() => putBackOwner.run({ owner, now: clock() }).changes);
    },
    async findByKey(key) {
      const row = selectByKey.get(key);
      return row === undefined ? undefined : toJob(row);
    },
    async prune(maxAgeMs) {
      return retryWhileBusy(() => deleteFinished.run(clock() - maxAgeMs).changes);
    },
    async counts() {
      const counts: JobCounts = { pending: 0, running: 0, done: 0, failed: 0 };
      for (const row of countByState.all()) {
        const { state, count } = z.object({ state: z.enum(jobStates), count: z.number() }).parse(row);
        counts[state] = count;
      }
      return counts;
    },
  };
}
