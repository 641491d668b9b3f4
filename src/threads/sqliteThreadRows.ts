import { z } from "zod";
import type { SqliteDatabase } from "../store/database";
import type { ThreadRows } from "./threadRows";

const TurnRowSchema = z.object({
  question: z.string(),
  answer: z.string(),
  citations: z.string(),
  at: z.string(),
  tokens: z.number(),
});

/** The thread_turns table in the SQLite file; times are ISO strings, which sort as times. */
export function createSqliteThreadRows(database: SqliteDatabase): ThreadRows {
  database.exec(`
    CREATE TABLE IF NOT EXISTS thread_turns (
      id INTEGER PRIMARY KEY,
      thread_key TEXT NOT NULL,
      slug TEXT NOT NULL,
      question TEXT NOT NULL,
      answer TEXT NOT NULL,
      citations TEXT NOT NULL,
      tokens INTEGER NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS thread_turns_by_thread ON thread_turns (thread_key, id);
    CREATE INDEX IF NOT EXISTS thread_turns_by_age ON thread_turns (at);
  `);
  const selectRecent = database.prepare(
    `SELECT question, answer, citations, at, tokens FROM thread_turns
     WHERE thread_key = ? AND slug = ? AND at >= ? ORDER BY id DESC LIMIT ?`,
  );
  const insertTurn = database.prepare(
    `INSERT INTO thread_turns (thread_key, slug, question, answer, citations, tokens, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteBeyondLast = database.prepare(
    `DELETE FROM thread_turns WHERE thread_key = ? AND id NOT IN
       (SELECT id FROM thread_turns WHERE thread_key = ? ORDER BY id DESC LIMIT ?)`,
  );
  const deleteOlderThan = database.prepare("DELETE FROM thread_turns WHERE at < ?");
  const record = database.transaction(
    (
      threadKey: string,
      slug: string,
      turn: Parameters<ThreadRows["record"]>[2],
      keepLast: number,
      cutoff: Date,
    ) => {
      insertTurn.run(
        threadKey,
        slug,
        turn.question,
        turn.answer,
        JSON.stringify(turn.citations),
        turn.tokens,
        turn.at,
      );
      deleteBeyondLast.run(threadKey, threadKey, keepLast);
      deleteOlderThan.run(cutoff.toISOString());
    },
  );

  return {
    async newestFirst(threadKey, slug, since, limit) {
      return selectRecent.all(threadKey, slug, since.toISOString(), limit).map((row) => {
        const parsed = TurnRowSchema.parse(row);
        return { ...parsed, citations: z.array(z.string()).parse(JSON.parse(parsed.citations)) };
      });
    },
    async record(threadKey, slug, turn, { keepLast, cutoff }) {
      record(threadKey, slug, turn, keepLast, cutoff);
    },
    async deleteOlderThan(cutoff) {
      return deleteOlderThan.run(cutoff.toISOString()).changes;
    },
  };
}
