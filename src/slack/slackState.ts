import { z } from "zod";
import { retryWhileBusy, type SqliteDatabase } from "../store/database";
import type { PostgresPool } from "../store/postgresDatabase";
import type { Storage } from "../store/storage";

/**
 * What the Slack edge remembers across restarts, in the storage (SQLite, or Postgres shared by instances):
 * - which messages are briefings (channel + ts → article), so follow-ups in their threads find the article;
 * - feedback clicks on briefings.
 * Which deliveries were handled is the job table's business (src/jobs/): one job per idempotency key.
 */

export interface BriefingThread {
  channel: string;
  ts: string;
  slug: string;
  articleHash: string;
  requestedBy: string | undefined;
}

export type FeedbackVote = "up" | "down";

export interface Feedback {
  channel: string;
  messageTs: string;
  user: string;
  vote: FeedbackVote;
  slug: string | undefined;
}

export interface SlackState {
  rememberBriefingThread(thread: BriefingThread): Promise<void>;
  findBriefingThread(channel: string, ts: string): Promise<BriefingThread | undefined>;
  recordFeedback(feedback: Feedback): Promise<void>;
  feedbackFor(channel: string, messageTs: string): Promise<{ up: number; down: number }>;
}

const briefingThreadRowSchema = z.object({
  channel: z.string(),
  ts: z.string(),
  slug: z.string(),
  article_hash: z.string(),
  requested_by: z.string().nullable(),
});

const feedbackCountsSchema = z.object({ up: z.number().nullable(), down: z.number().nullable() });

export function createSlackState(storage: Storage, clock: () => number = Date.now): SlackState {
  return storage.kind === "postgres"
    ? createPostgresSlackState(storage.pool, clock)
    : createSqliteSlackState(storage.database, clock);
}

function createSqliteSlackState(database: SqliteDatabase, clock: () => number): SlackState {
  database.exec(`
    CREATE TABLE IF NOT EXISTS slack_briefing_threads (
      channel TEXT NOT NULL,
      ts TEXT NOT NULL,
      slug TEXT NOT NULL,
      article_hash TEXT NOT NULL,
      requested_by TEXT,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (channel, ts)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS slack_feedback (
      channel TEXT NOT NULL,
      message_ts TEXT NOT NULL,
      user TEXT NOT NULL,
      vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
      slug TEXT,
      at INTEGER NOT NULL,
      PRIMARY KEY (channel, message_ts, user)
    ) WITHOUT ROWID;
    -- The dedupe of Slack deliveries before the job table's idempotency keys took it over: unused since.
    DROP TABLE IF EXISTS slack_processed_deliveries;
  `);
  const insertThread = database.prepare(
    `INSERT INTO slack_briefing_threads (channel, ts, slug, article_hash, requested_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel, ts) DO UPDATE SET slug = excluded.slug, article_hash = excluded.article_hash`,
  );
  const selectThread = database.prepare(
    "SELECT channel, ts, slug, article_hash, requested_by FROM slack_briefing_threads WHERE channel = ? AND ts = ?",
  );
  // One vote per person per briefing; a second click changes it.
  const upsertFeedback = database.prepare(
    `INSERT INTO slack_feedback (channel, message_ts, user, vote, slug, at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel, message_ts, user) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
  );
  const countFeedback = database.prepare(
    `SELECT sum(vote = 'up') AS up, sum(vote = 'down') AS down FROM slack_feedback
     WHERE channel = ? AND message_ts = ?`,
  );
  return {
    async rememberBriefingThread(thread) {
      retryWhileBusy(() =>
        insertThread.run(
          thread.channel,
          thread.ts,
          thread.slug,
          thread.articleHash,
          thread.requestedBy ?? null,
          clock(),
        ),
      );
    },
    async findBriefingThread(channel, ts) {
      const row = selectThread.get(channel, ts);
      if (row === undefined) return undefined;
      const parsed = briefingThreadRowSchema.parse(row);
      return {
        channel: parsed.channel,
        ts: parsed.ts,
        slug: parsed.slug,
        articleHash: parsed.article_hash,
        requestedBy: parsed.requested_by ?? undefined,
      };
    },
    async recordFeedback(feedback) {
      retryWhileBusy(() =>
        upsertFeedback.run(
          feedback.channel,
          feedback.messageTs,
          feedback.user,
          feedback.vote,
          feedback.slug ?? null,
          clock(),
        ),
      );
    },
    async feedbackFor(channel, messageTs) {
      const counts = feedbackCountsSchema.parse(countFeedback.get(channel, messageTs));
      return { up: counts.up ?? 0, down: counts.down ?? 0 };
    },
  };
}

/**
 * The Slack edge's tables on Postgres (see slackState.ts for what each holds), shared by every instance.
 */
function createPostgresSlackState(pool: PostgresPool, clock: () => number): SlackState {
  const now = () => new Date(clock());
  return {
    async rememberBriefingThread(thread) {
      await pool.query(
        `INSERT INTO slack_briefing_threads (channel, ts, slug, article_hash, requested_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (channel, ts) DO UPDATE SET slug = excluded.slug, article_hash = excluded.article_hash`,
        [thread.channel, thread.ts, thread.slug, thread.articleHash, thread.requestedBy ?? null, now()],
      );
    },
    async findBriefingThread(channel, ts) {
      const result = await pool.query<{ slug: string; article_hash: string; requested_by: string | null }>(
        "SELECT slug, article_hash, requested_by FROM slack_briefing_threads WHERE channel = $1 AND ts = $2",
        [channel, ts],
      );
      const row = result.rows[0];
      return (
        row && {
          channel,
          ts,
          slug: row.slug,
          articleHash: row.article_hash,
          requestedBy: row.requested_by ?? undefined,
        }
      );
    },
    async recordFeedback(feedback) {
      // One vote per person per briefing; a second click changes it.
      await pool.query(
        `INSERT INTO slack_feedback (channel, message_ts, "user", vote, slug, at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (channel, message_ts, "user") DO UPDATE SET vote = excluded.vote, at = excluded.at`,
        [feedback.channel, feedback.messageTs, feedback.user, feedback.vote, feedback.slug ?? null, now()],
      );
    },
    async feedbackFor(channel, messageTs) {
      const result = await pool.query<{ up: number; down: number }>(
        `SELECT count(*) FILTER (WHERE vote = 'up')::integer AS up, count(*) FILTER (WHERE vote = 'down')::integer AS down
         FROM slack_feedback WHERE channel = $1 AND message_ts = $2`,
        [channel, messageTs],
      );
      return result.rows[0] ?? { up: 0, down: 0 };
    },
  };
}
