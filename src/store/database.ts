import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BriefError } from "../domain/errors";

export type SqliteDatabase = Database.Database;

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
const busyTimeoutMs = 5_000;

/** SQLite's answers for a file that is not a database, or one whose pages are damaged. */
const unreadableFileCodes = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CANTOPEN"]);

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined;
}

/**
 * Opens (creating on first use) the one SQLite file behind the store, in WAL mode so readers never wait for
 * the writer, and with a busy timeout so several connections (worker threads, a second app process, the
 * ingest CLI) take turns writing. Each store module creates its own tables with `CREATE ... IF NOT EXISTS`.
 * A file that is not a readable SQLite database is one BriefError naming BRIEF_DB, not a SqliteError stack.
 */
export interface DatabaseOptions {
  /**
   * Whether this connection runs SQLite's automatic WAL checkpoints (on by default). A checkpoint copies the
   * log into the file and syncs it to disk, in the connection whose commit crossed the threshold: the acking
   * thread's own connection turns them off and leaves them to the job threads, so no ack waits for a disk sync.
   */
  walCheckpoints?: boolean;
  /**
   * How long a statement may wait inside SQLite for another connection's write lock (5 s by default). SQLite
   * waits in sleeps of 1 ms and more; the acking thread sets 0 and lets retryWhileBusy wait in steps of tens
   * of microseconds instead, about as long as a job thread holds the lock. Only for a connection whose every
   * write goes through retryWhileBusy.
   */
  busyTimeoutMs?: number;
}

export function openDatabase(databasePath: string, options: DatabaseOptions = {}): SqliteDatabase {
  if (databasePath !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  let database: SqliteDatabase | undefined;
  try {
    database = new Database(databasePath);
    database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? busyTimeoutMs}`);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    if (options.walCheckpoints === false) database.pragma("wal_autocheckpoint = 0");
    database.pragma("foreign_keys = ON");
    // Reads the schema now: a damaged file fails here, at start-up, rather than in the first request.
    database.prepare("SELECT count(*) FROM sqlite_master").get();
    return database;
  } catch (error) {
    database?.close();
    const code = sqliteCode(error);
    if (code && unreadableFileCodes.has(code)) throw unreadableDatabaseError(databasePath, error, code);
    throw error;
  }
}

export function unreadableDatabaseError(databasePath: string, cause: unknown, code: string): BriefError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new BriefError(
    "database",
    `BRIEF_DB (${databasePath}) is not a readable SQLite database: ${reason}. Restore it from a backup ` +
      "(docs/jobs.md#backup) or point BRIEF_DB at another file.",
    { databasePath, sqliteCode: code },
    { cause },
  );
}

/** True for a SqliteError that means "another connection holds the lock": worth trying again. */
export function isBusyError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_LOCKED";
}

/**
 * Runs a write, trying again while SQLite reports the database busy, for up to the busy timeout in all. The
 * busy timeout covers most waits, but not SQLITE_BUSY_SNAPSHOT (a transaction that read an older snapshot
 * cannot write): that one needs a new transaction, which is what a retry is. On a connection without a busy
 * timeout (the acking thread's) this is the whole wait. Synchronous, like better-sqlite3: the pauses start at
 * 50 µs and double up to 20 ms.
 */
export function retryWhileBusy<Result>(write: () => Result): Result {
  const started = performance.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return write();
    } catch (error) {
      if (!isBusyError(error) || performance.now() - started > busyTimeoutMs) throw error;
      sleepSync(Math.min(20, 0.05 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(milliseconds: number): void {
  Atomics.wait(sleepCell, 0, 0, milliseconds);
}

/** Which file a path names: device and inode. A file deleted or replaced under its path changes it. */
export interface DatabaseFileIdentity {
  device: number;
  inode: number;
}

export function databaseFileIdentity(databasePath: string): DatabaseFileIdentity | undefined {
  try {
    const stats = fs.statSync(databasePath);
    return { device: stats.dev, inode: stats.ino };
  } catch {
    return undefined;
  }
}

/**
 * Checks every `intervalMs` that the path still names the file this process opened. SQLite keeps writing to
 * an open file that was deleted or replaced, and everything written from then on is lost at the next
 * start; `onLost` is called once, with what happened, so the process can stop instead.
 */
export function watchDatabaseFile(
  databasePath: string,
  onLost: (change: "deleted" | "replaced") => void,
  intervalMs = 1_000,
): { stop(): void } {
  if (databasePath === ":memory:") return { stop() {} };
  const opened = databaseFileIdentity(databasePath);
  const timer = setInterval(() => {
    const now = databaseFileIdentity(databasePath);
    if (opened && now && now.device === opened.device && now.inode === opened.inode) return;
    clearInterval(timer);
    onLost(now ? "replaced" : "deleted");
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
