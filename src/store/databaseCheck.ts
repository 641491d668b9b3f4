import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { BriefError } from "../domain/errors";
import { type SqliteDatabase, unreadableDatabaseError } from "./database";

/**
 * What `npm run db:check` and `npm run db:backup` do, on the SQLite file alone (no services are built, so
 * nothing is seeded or migrated): SQLite's integrity check, row counts, jobs by state, and a consistent copy
 * made with VACUUM INTO while the app keeps running.
 */

export interface DatabaseReport {
  databasePath: string;
  /** "ok", or SQLite's list of problems. */
  integrity: string[];
  tables: Array<{ name: string; rows: number }>;
  /** Jobs by state; undefined when the file has no job table yet. */
  jobs: Record<string, number> | undefined;
  bytes: { database: number; wal: number };
}

const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

/** Opens an existing file read-only; a missing or unreadable one is a BriefError naming BRIEF_DB. */
export function openExistingDatabase(databasePath: string): SqliteDatabase {
  if (!fs.existsSync(databasePath))
    throw new BriefError("database", `BRIEF_DB (${databasePath}) does not exist.`, { databasePath });
  try {
    const database = new Database(databasePath, { readonly: true, fileMustExist: true });
    database.pragma("busy_timeout = 5000");
    database.prepare("SELECT count(*) FROM sqlite_master").get();
    return database;
  } catch (error) {
    const code = error instanceof Database.SqliteError ? error.code : "SQLITE_ERROR";
    throw unreadableDatabaseError(databasePath, error, code);
  }
}

// The full-text indexes' own tables (article_search_data, ..._idx, ...) are counted through their table.
const shadowTable = /_(data|idx|content|docsize|config)$/;

export function checkDatabase(database: SqliteDatabase, databasePath: string): DatabaseReport {
  const integrity = z
    .array(z.object({ integrity_check: z.string() }))
    .parse(database.pragma("integrity_check"))
    .map((row) => row.integrity_check);
  const names = z
    .array(z.string())
    .parse(
      database
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .pluck()
        .all(),
    )
    .filter((name) => !shadowTable.test(name));
  const tables = names.map((name) => ({
    name,
    rows: z.number().parse(
      database
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get(),
    ),
  }));
  const jobs = names.includes("jobs")
    ? Object.fromEntries(
        database
          .prepare("SELECT state, count(*) AS count FROM jobs GROUP BY state ORDER BY state")
          .all()
          .map((row) => {
            const parsed = z.object({ state: z.string(), count: z.number() }).parse(row);
            return [parsed.state, parsed.count];
          }),
      )
    : undefined;
  return {
    databasePath,
    integrity,
    tables,
    jobs,
    bytes: { database: sizeOf(databasePath), wal: sizeOf(`${databasePath}-wal`) },
  };
}

/**
 * A consistent copy of the live database in one file (no -wal beside it), taken while others keep writing:
 * VACUUM INTO reads one snapshot. Refuses to overwrite an existing file.
 */
export function backupDatabase(database: SqliteDatabase, targetPath: string): { bytes: number } {
  const target = path.resolve(targetPath);
  if (fs.existsSync(target))
    throw new BriefError("bad_input", `'${targetPath}' exists already; name a new file for the backup.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  database.prepare("VACUUM INTO ?").run(target);
  return { bytes: sizeOf(target) };
}
