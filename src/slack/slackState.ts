import { z } from "zod";
import { retryWhileBusy, type SqliteDatabase } from "../store/database";
import { inTransaction, type PostgresPool } from "../store/postgresDatabase";
import type { Storage } from "../store/storage";

/**
 * What the Slack edge remembers across restarts, in the storage (SQLite, or Postgres shared by instances):
 * - which messages are briefings (channel + ts → article), so follow-ups in their threads find the article,
 *   with the briefing's citation numbers and those its thread's answers gave since (ThreadCitations);
 * - feedback clicks on briefings.
 * Which deliveries were handled is the job table's business (src/jobs/): one job per idempotency key.
 */

export interface BriefingThread {
  channel: string;
  ts: string;
  slug: string;
  articleHash: string;
  requestedBy: string | undefined;
  /** The briefing's cited sentence ids in its sources' order: "[n]" is the n-th. Unknown for a recovered thread. */
  briefingCitations?: string[] | undefined;
}

/**
 * A thread's citation numbers: the briefing's sources are 1..n in their order, sentences its answers cited
 * first are numbered after them in the order they were first cited (citationNumbering).
 */
export interface ThreadCitations {
  briefing: string[];
  thread: string[];
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
  /**
   * Gives the sentences an answer cites that neither the briefing nor an earlier answer of the thread did the
   * thread's next numbers, all or nothing (two instances answering in one thread never share a number), and
   * returns the thread's numbering. Undefined for a thread whose briefing's numbers are not known (none is
   * remembered, it was recovered from metadata without them, or only its frame is posted so far): its answers
   * then number their own sources, and nothing is stored that the briefing's numbers could collide with.
   */
  numberThreadCitations(
    channel: string,
    ts: string,
    cited: readonly string[],
  ): Promise<ThreadCitations | undefined>;
  recordFeedback(feedback: Feedback): Promise<void>;
  feedbackFor(channel: string, messageTs: string): Promise<{ up: number; down: number }>;
}

const briefingThreadRowSchema = z.object({
  channel: z.string(),
  ts: z.string(),
  slug: z.string(),
  article_hash: z.string(),
  requested_by: z.string().nullable(),
  briefing_citations: z.string().nullable(),
});

const CitationIdsSchema = z.array(z.string());

/** The ids of `cited` that `numbered` does not hold yet, once each, in order. */
function newCitations(numbered: ThreadCitations, cited: readonly string[]): string[] {
  const known = new Set([...numbered.briefing, ...numbered.thread]);
  return [...new Set(cited)].filter((id) => !known.has(id));
}

const feedbackCountsSchema = z.object({ up: z.number().nullable(), down: z.number().nullable() });

export function createSlackState(storage: Storage, clock: () => number = Date.now): SlackState {
  return storage.kind === "postgres"
    ? createPostgresSlackState(storage.pool, clock)
    : createSqliteSlackState(storage.database, clock);
}

/** Files made before threads kept citation numbers get the two columns. */
function addCitationColumns(database: SqliteDatabase): void {
  const columns = new Set(
    z
      .array(z.object({ name: z.string() }))
      .parse(database.prepare("PRAGMA table_info(slack_briefing_threads)").all())
      .map((column) => column.name),
  );
  if (!columns.has("briefing_citations"))
    database.exec("ALTER TABLE slack_briefing_threads ADD COLUMN briefing_citations TEXT");
  if (!columns.has("thread_citations"))
    database.exec(
      "ALTER TABLE slack_briefing_threads ADD COLUMN thread_citations TEXT NOT NULL DEFAULT '[]'",
    );
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
      briefing_citations TEXT,
      thread_citations TEXT NOT NULL DEFAULT '[]',
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
  addCitationColumns(database);
  // A briefing posted again under the same ts (a resumed job) keeps what its thread numbered meanwhile.
  const insertThread = database.prepare(
    `INSERT INTO slack_briefing_threads (channel, ts, slug, article_hash, requested_by, created_at, briefing_citations)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel, ts) DO UPDATE SET slug = excluded.slug, article_hash = excluded.article_hash,
       briefing_citations = coalesce(excluded.briefing_citations, briefing_citations)`,
  );
  const selectThread = database.prepare(
    `SELECT channel, ts, slug, article_hash, requested_by, briefing_citations FROM slack_briefing_threads
     WHERE channel = ? AND ts = ?`,
  );
  const selectCitations = database.prepare(
    "SELECT briefing_citations, thread_citations FROM slack_briefing_threads WHERE channel = ? AND ts = ?",
  );
  const updateThreadCitations = database.prepare(
    "UPDATE slack_briefing_threads SET thread_citations = ? WHERE channel = ? AND ts = ?",
  );
  const numberCitations = database.transaction(
    (channel: string, ts: string, cited: readonly string[]): ThreadCitations | undefined => {
      const row = selectCitations.get(channel, ts) as
        | { briefing_citations: string | null; thread_citations: string }
        | undefined;
      if (row === undefined || row.briefing_citations === null) return undefined;
      const numbered = {
        briefing: CitationIdsSchema.parse(JSON.parse(row.briefing_citations)),
        thread: CitationIdsSchema.parse(JSON.parse(row.thread_citations)),
      };
      const added = newCitations(numbered, cited);
      if (added.length === 0) return numbered;
      const thread = [...numbered.thread, ...added];
      updateThreadCitations.run(JSON.stringify(thread), channel, ts);
      return { briefing: numbered.briefing, thread };
    },
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
          thread.briefingCitations ? JSON.stringify(thread.briefingCitations) : null,
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
        briefingCitations: parsed.briefing_citations
          ? CitationIdsSchema.parse(JSON.parse(parsed.briefing_citations))
          : undefined,
      };
    },
    async numberThreadCitations(channel, ts, cited) {
      // IMMEDIATE takes the write lock before reading, so another process cannot number in between.
      return retryWhileBusy(() => numberCitations.immediate(channel, ts, cited));
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
        `INSERT INTO slack_briefing_threads
           (channel, ts, slug, article_hash, requested_by, created_at, briefing_citations)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (channel, ts) DO UPDATE SET slug = excluded.slug, article_hash = excluded.article_hash,
           briefing_citations = coalesce(excluded.briefing_citations, slack_briefing_threads.briefing_citations)`,
        [
          thread.channel,
          thread.ts,
          thread.slug,
          thread.articleHash,
          thread.requestedBy ?? null,
          now(),
          thread.briefingCitations ? JSON.stringify(thread.briefingCitations) : null,
        ],
      );
    },
    async findBriefingThread(channel, ts) {
      const result = await pool.query<{
        slug: string;
        article_hash: string;
        requested_by: string | null;
        briefing_citations: unknown;
      }>(
        `SELECT slug, article_hash, requested_by, briefing_citations FROM slack_briefing_threads
         WHERE channel = $1 AND ts = $2`,
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
          briefingCitations:
            row.briefing_citations === null ? undefined : CitationIdsSchema.parse(row.briefing_citations),
        }
      );
    },
    numberThreadCitations: (channel, ts, cited) =>
      inTransaction(pool, async (client) => {
        // The row's lock orders two instances numbering in one thread.
        const result = await client.query<{ briefing_citations: unknown; thread_citations: unknown }>(
          `SELECT briefing_citations, thread_citations FROM slack_briefing_threads
           WHERE channel = $1 AND ts = $2 FOR UPDATE`,
          [channel, ts],
        );
        const row = result.rows[0];
        if (!row || row.briefing_citations === null) return undefined;
        const numbered = {
          briefing: CitationIdsSchema.parse(row.briefing_citations),
          thread: CitationIdsSchema.parse(row.thread_citations),
        };
        const added = newCitations(numbered, cited);
        if (added.length === 0) return numbered;
        const thread = [...numbered.thread, ...added];
        await client.query(
          "UPDATE slack_briefing_threads SET thread_citations = $3 WHERE channel = $1 AND ts = $2",
          [channel, ts, JSON.stringify(thread)],
        );
        return { briefing: numbered.briefing, thread };
      }),
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
