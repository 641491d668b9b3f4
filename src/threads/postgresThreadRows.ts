import { inTransaction, type PostgresPool } from "../store/postgresDatabase";
import type { ThreadRows } from "./threadRows";

/** The thread_turns table on Postgres. */
export function createPostgresThreadRows(pool: PostgresPool): ThreadRows {
  const deleteOlderThan = async (queryable: Pick<PostgresPool, "query">, cutoff: Date) =>
    (await queryable.query("DELETE FROM thread_turns WHERE at < $1", [cutoff])).rowCount ?? 0;
  return {
    async newestFirst(threadKey, slug, since, limit) {
      const result = await pool.query<{
        question: string;
        answer: string;
        citations: string[];
        at: Date;
        tokens: number;
      }>(
        `SELECT question, answer, citations, at, tokens FROM thread_turns
         WHERE thread_key = $1 AND slug = $2 AND at >= $3 ORDER BY id DESC LIMIT $4`,
        [threadKey, slug, since, limit],
      );
      return result.rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    },
    async record(threadKey, slug, turn, { keepLast, cutoff }) {
      await inTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO thread_turns (thread_key, slug, question, answer, citations, tokens, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [threadKey, slug, turn.question, turn.answer, JSON.stringify(turn.citations), turn.tokens, turn.at],
        );
        await client.query(
          `DELETE FROM thread_turns WHERE thread_key = $1 AND id NOT IN
             (SELECT id FROM thread_turns WHERE thread_key = $1 ORDER BY id DESC LIMIT $2)`,
          [threadKey, keepLast],
        );
        await deleteOlderThan(client, cutoff);
      });
    },
    deleteOlderThan: (cutoff) => deleteOlderThan(pool, cutoff),
  };
}
