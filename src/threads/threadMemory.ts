import { type ThreadTurn, ThreadTurnSchema } from "../domain/answer";
import { estimateTokens } from "../prompt/countTokens";
import type { Storage } from "../store/storage";
import { createPostgresThreadRows } from "./postgresThreadRows";
import { createSqliteThreadRows } from "./sqliteThreadRows";
import type { ThreadRows } from "./threadRows";

/**
 * The turns of each thread (a Slack "channel:thread_ts" or a CLI --thread id), persisted in the storage so a
 * restart keeps them. Reads are bounded by the last N turns and a token budget; turns past the age limit or
 * beyond the last N are deleted when a turn is recorded.
 */
export interface ThreadMemory {
  /** The thread's turns about this article, oldest first: at most maxTurns, within the token budget. */
  recent(threadKey: string, slug: string): Promise<ThreadTurn[]>;
  record(threadKey: string, slug: string, turn: Omit<ThreadTurn, "at">): Promise<void>;
  /** Deletes turns older than maxAgeDays; returns how many. */
  pruneByAge(): Promise<number>;
}

export interface ThreadMemoryLimits {
  maxTurns: number;
  tokenBudget: number;
  maxAgeDays: number;
}

const dayMs = 86_400_000;

export function createThreadMemory(
  storage: Storage,
  limits: ThreadMemoryLimits,
  dependencies: { now?: () => Date; countTokens?: (text: string) => number } = {},
): ThreadMemory {
  const now = dependencies.now ?? (() => new Date());
  const countTokens = dependencies.countTokens ?? estimateTokens;
  const rows: ThreadRows =
    storage.kind === "postgres"
      ? createPostgresThreadRows(storage.pool)
      : createSqliteThreadRows(storage.database);

  const cutoff = () => new Date(now().getTime() - limits.maxAgeDays * dayMs);

  return {
    async recent(threadKey, slug) {
      const newestFirst = await rows.newestFirst(threadKey, slug, cutoff(), limits.maxTurns);
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
            citations: row.citations,
            at: row.at,
          }),
        );
      }
      return kept;
    },
    async record(threadKey, slug, turn) {
      await rows.record(
        threadKey,
        slug,
        {
          ...turn,
          tokens: countTokens(turn.question) + countTokens(turn.answer),
          at: now().toISOString(),
        },
        { keepLast: limits.maxTurns, cutoff: cutoff() },
      );
    },
    pruneByAge: () => rows.deleteOlderThan(cutoff()),
  };
}
