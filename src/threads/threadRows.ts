/** A turn as a backend stores it; `at` is an ISO time. */
export interface StoredTurn {
  question: string;
  answer: string;
  citations: string[];
  at: string;
  tokens: number;
}

/** What a backend keeps of threads. Times come from the memory's clock, never the database's. */
export interface ThreadRows {
  /** The thread's turns about the article since `since`, newest first, at most `limit`. */
  newestFirst(threadKey: string, slug: string, since: Date, limit: number): Promise<StoredTurn[]>;
  /** Adds a turn, keeps the thread's last `keepLast`, and deletes every turn before `cutoff`, all or nothing. */
  record(
    threadKey: string,
    slug: string,
    turn: StoredTurn,
    limits: { keepLast: number; cutoff: Date },
  ): Promise<void>;
  /** Deletes every turn before `cutoff`; returns how many. */
  deleteOlderThan(cutoff: Date): Promise<number>;
}
