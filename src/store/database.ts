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
export function openDatabase(databasePath: string): SqliteDatabase {
  if (databasePath !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  let database: SqliteDatabase | undefined;
  try {
    database = new Database(databasePath);
    database.pragma(`busy_timeout = ${busyTimeoutMs}`);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
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
 * Runs a write, trying again when SQLite reports the database busy. The busy timeout covers most waits, but
 * not SQLITE_BUSY_SNAPSHOT (a transaction that read an older snapshot cannot write): that one needs a new
 * transaction, which is what a retry is. Synchronous, like better-sqlite3; the backoff is a short sleep.
 */
export function retryWhileBusy<Result>(write: () => Result, attempts = 8): Result {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return write();
    } catch (error) {
      if (!isBusyError(error) || attempt >= attempts) throw error;
      sleepSync(Math.min(50, 2 ** attempt) * (0.5 + Math.random()));
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
