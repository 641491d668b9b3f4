import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PostgresPool } from "../store/postgresDatabase";
import {
  type ClaimedJob,
  type Job,
  type JobCounts,
  type JobStore,
  jobColumns,
  jobFromRow,
  jobStates,
  toJsonColumn,
} from "./jobStore";
import { jobChannel } from "./postgresJobNotifications";

/**
 * The job table on Postgres (migration 4), shared by every instance: a claim takes the oldest claimable row
 * with FOR UPDATE SKIP LOCKED, so instances claiming at once never take the same job nor wait on each other.
 * Times are milliseconds of the instances' clocks (keep them in sync: a lease is measured against them).
 * A job recorded or put back to pending is announced on `jobChannel` (NOTIFY), so idle workers of every
 * instance claim it at once instead of at their next poll (postgresJobNotifications.ts).
 */

const JobRowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  idempotency_key: z.string(),
  payload: z.unknown(),
  state: z.enum(jobStates),
  attempts: z.coerce.number(),
  progress: z.unknown(),
  result: z.unknown(),
  error: z.string().nullable(),
  created_at: z.coerce.number(),
  updated_at: z.coerce.number(),
});

const toJob = (row: unknown): Job => jobFromRow(JobRowSchema.parse(row));

const leased = "id = $1 AND lease_token = $2 AND state = 'running'";
/** An UPDATE putting jobs back to pending, which also tells listening instances (one row per job). */
const announced = (update: string) =>
  `WITH released AS (${update} RETURNING kind) SELECT pg_notify('${jobChannel}', kind) FROM released`;

export function createPostgresJobStore(pool: PostgresPool, clock: () => number = Date.now): JobStore {
  const changedOne = async (sql: string, parameters: unknown[]) =>
    ((await pool.query(sql, parameters)).rowCount ?? 0) === 1;
  return {
    async enqueue({ kind, key, payload }) {
      const now = clock();
      const inserted = await pool.query(
        // Recorded and announced in one statement: listeners hear of it when the row commits.
        `WITH inserted AS (
           INSERT INTO jobs (id, kind, idempotency_key, payload, state, available_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'pending', $5, $5, $5) ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING ${jobColumns})
         SELECT inserted.*, pg_notify('${jobChannel}', inserted.kind) FROM inserted`,
        [randomUUID(), kind, key, JSON.stringify(payload), now],
      );
      if (inserted.rows[0]) return { job: toJob(inserted.rows[0]), created: true };
      const existing = await pool.query(`SELECT ${jobColumns} FROM jobs WHERE idempotency_key = $1`, [key]);
      if (!existing.rows[0]) throw new Error(`job ${key} vanished after it was recorded`);
      return { job: toJob(existing.rows[0]), created: false };
    },
    async claim({ owner, leaseMs, kinds, runningIds = [] }) {
      const now = clock();
      const token = randomUUID();
      const result = await pool.query(
        `UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = $1, lease_token = $2,
           lease_expires_at = $3, updated_at = $4
         WHERE id = (
           SELECT id FROM jobs
           WHERE state IN ('pending', 'running')
             AND ((state = 'pending' AND available_at <= $4) OR (state = 'running' AND lease_expires_at <= $4))
             AND kind = ANY($5::text[])
             AND NOT (id = ANY($6::text[]))
           ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING ${jobColumns}`,
        [owner, token, now + leaseMs, now, [...kinds], [...runningIds]],
      );
      const row = result.rows[0];
      if (!row) return undefined;
      const job = toJob(row);
      return { ...job, lease: { jobId: job.id, token } } satisfies ClaimedJob;
    },
    extendLease: (lease, leaseMs) =>
      changedOne(`UPDATE jobs SET lease_expires_at = $3, updated_at = $4 WHERE ${leased}`, [
        lease.jobId,
        lease.token,
        clock() + leaseMs,
        clock(),
      ]),
    saveProgress: (lease, progress) =>
      changedOne(`UPDATE jobs SET progress = $3, updated_at = $4 WHERE ${leased}`, [
        lease.jobId,
        lease.token,
        toJsonColumn(progress),
        clock(),
      ]),
    complete: (lease, result) =>
      changedOne(
        `UPDATE jobs SET state = 'done', result = $3, error = NULL, lease_owner = NULL, lease_token = NULL,
           lease_expires_at = NULL, updated_at = $4 WHERE ${leased}`,
        [lease.jobId, lease.token, toJsonColumn(result), clock()],
      ),
    fail: (lease, error) =>
      changedOne(
        `UPDATE jobs SET state = 'failed', result = NULL, error = $3, lease_owner = NULL, lease_token = NULL,
           lease_expires_at = NULL, updated_at = $4 WHERE ${leased}`,
        [lease.jobId, lease.token, error, clock()],
      ),
    release: (lease, { delayMs, error }) =>
      changedOne(
        announced(`UPDATE jobs SET state = 'pending', available_at = $3, error = coalesce($4, error),
           lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = $5 WHERE ${leased}`),
        [lease.jobId, lease.token, clock() + delayMs, error ?? null, clock()],
      ),
    async releaseOwner(owner) {
      const result = await pool.query(
        announced(`UPDATE jobs SET state = 'pending', available_at = $2, lease_owner = NULL, lease_token = NULL,
           lease_expires_at = NULL, updated_at = $2 WHERE state = 'running' AND lease_owner = $1`),
        [owner, clock()],
      );
      return result.rowCount ?? 0;
    },
    async findByKey(key) {
      const result = await pool.query(`SELECT ${jobColumns} FROM jobs WHERE idempotency_key = $1`, [key]);
      return result.rows[0] ? toJob(result.rows[0]) : undefined;
    },
    async prune(maxAgeMs) {
      const result = await pool.query(
        "DELETE FROM jobs WHERE state IN ('done', 'failed') AND updated_at < $1",
        [clock() - maxAgeMs],
      );
      return result.rowCount ?? 0;
    },
    async counts() {
      const counts: JobCounts = { pending: 0, running: 0, done: 0, failed: 0 };
      const result = await pool.query("SELECT state, count(*)::integer AS count FROM jobs GROUP BY state");
      for (const row of result.rows) {
        const parsed = z.object({ state: z.enum(jobStates), count: z.number() }).parse(row);
        counts[parsed.state] = parsed.count;
      }
      return counts;
    },
  };
}
