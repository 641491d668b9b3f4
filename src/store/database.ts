import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating on first use) the one SQLite file behind the store, in WAL mode so readers never wait for
 * the writer. Each store module creates its own tables with `CREATE ... IF NOT EXISTS`.
 */
export function openDatabase(databasePath: string): SqliteDatabase {
  if (databasePath !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const database = new Database(databasePath);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return database;
}
