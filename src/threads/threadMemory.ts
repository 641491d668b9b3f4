import { z } from "zod";
import { type ThreadTurn, ThreadTurnSchema } from "../domain/answer";
import { estimateTokens } from "../prompt/countTokens";
import type { SqliteDatabase } from "../store/database";

/**
 * The turns of each thread (a Slack "channel:thread_ts" or a CLI --thread id), persisted in SQLite so a
 * restart keeps them. Reads are bounded by the last N turns and a token budget; turns past the age limit or
 * beyond the last N are deleted when a turn is recorded.
 */
export interface ThreadMemory {
  /** The thread's turns about this article, oldest first: at most maxTurns, within the token budget. */
  recent(threadKey: string, slug: string): ThreadTurn[];
  record(threadKey: string, slug: string, turn: Omit<ThreadTurn, "at">): void;
  /** Deletes turns older than maxAgeDays; returns how many. */
  pruneByAge(): number;
}

export interface ThreadMemoryLimits {
  maxTurns: number;
  tokenBudget: number;
  maxAgeDays: number;
}

const dayMs = 86_400_000;

const TurnRowSchema = z.object({
  question: z.string(),
  answer: z.string(),
  citations: z.string(),
  at: z.string(),
  tokens: z.number(),
});

export function createThreadMemory(
  database: SqliteDatabase,
  limits: ThreadMemoryLimits,
  dependencies: { now?: () => Date; countTokens?: (text: string) => number } = {},
): ThreadMemory {
  const now = dependencies.now ?? (() => new Date());
  const countTokens = dependencies.countTokens ?? estimateTokens;
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

  const cutoff = () => new Date(now().getTime() - limits.maxAgeDays * dayMs).toISOString();

  const pruneByAge = () => deleteOlderThan.run(cutoff()).changes;

  return {
    recent(threadKey, slug) {
      const newestFirst = selectRecent
        .all(threadKey, slug, cutoff(), limits.maxTurns)
        .map((row) => TurnRowSchema.parse(row));
      const kept: ThreadTurn[] = [];
      let tokens = 0;
      // Newest turns matter most for "and what about that?": keep them first, stop at the budget.
      for (const row of newestFirst) {
        tokens += row.tokens;
        if (tokens > limits.tokenBudget) break;
        kept.unshift(
          ThreadTurnSchema.parse({
            question: row.question,
            answer: row.answer,
            citations: z.array(z.string()).parse(JSON.parse(row.citations)),
            at: row.at,
          }),
        );
      }
      return kept;
    },
    record(threadKey, slug, turn) {
      const tokens = countTokens(turn.question) + countTokens(turn.answer);
      database.transaction(() => {
        insertTurn.run(
          threadKey,
          slug,
          turn.question,
          turn.answer,
          JSON.stringify(turn.citations),
          tokens,
          now().toISOString(),
        );
        deleteBeyondLast.run(threadKey, threadKey, limits.maxTurns);
        pruneByAge();
      })();
    },
    pruneByAge,
  };
}
