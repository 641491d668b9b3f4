import type { PostgresPool } from "../store/postgresDatabase";
import type { SlackState } from "./slackState";

/**
 * The Slack edge's tables on Postgres (see slackState.ts for what each holds). Several instances share them:
 * a delivery is claimed by inserting its keys, so of two instances given the same event, exactly one wins.
 */
export function createPostgresSlackState(pool: PostgresPool, clock: () => number): SlackState {
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
    async claimDelivery(keys) {
      // Sorted, so two claims sharing keys take their row locks in the same order and never deadlock; a
      // claim waits for a concurrent one holding a shared key and then sees it taken.
      const distinct = [...new Set(keys)].sort();
      const result = await pool.query(
        `INSERT INTO slack_processed_deliveries (key, at) SELECT key, $2 FROM unnest($1::text[]) AS key
         ON CONFLICT (key) DO NOTHING`,
        [distinct, now()],
      );
      return result.rowCount === distinct.length;
    },
    async pruneDeliveries(maxAgeMs) {
      const result = await pool.query("DELETE FROM slack_processed_deliveries WHERE at < $1", [
        new Date(clock() - maxAgeMs),
      ]);
      return result.rowCount ?? 0;
    },
  };
}
