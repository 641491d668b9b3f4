import { afterEach } from "vitest";
import { silentLogger } from "../../src/log";
import { openDatabase } from "../../src/store/database";
import { type OpenStorage, openStorage, type Storage, type StorageLocation } from "../../src/store/storage";
import { freshPostgresDatabase } from "./postgresDatabase";
import { temporaryDatabasePath } from "./tempDatabase";

/**
 * Both storage implementations, for `describe.each(storageBackends)`: the same tests run on a SQLite file and
 * on a database of the run's embedded Postgres server.
 */
export interface StorageBackend {
  name: "SQLite" | "Postgres";
  /** Somewhere new and empty to keep the tables. */
  freshLocation(): Promise<StorageLocation>;
}

export const storageBackends: readonly StorageBackend[] = [
  { name: "SQLite", freshLocation: async () => ({ kind: "sqlite", path: temporaryDatabasePath() }) },
  { name: "Postgres", freshLocation: async () => ({ kind: "postgres", url: await freshPostgresDatabase() }) },
];

const opened: OpenStorage[] = [];

/** Opens the storage like an instance starting up; whatever is still open is closed after the test. */
export async function openTestStorage(location: StorageLocation): Promise<OpenStorage> {
  const storage = await openStorage(location, silentLogger);
  opened.push(storage);
  return storage;
}

/** Opens a fresh location of the backend. */
export async function freshTestStorage(backend: StorageBackend): Promise<OpenStorage> {
  return openTestStorage(await backend.freshLocation());
}

/** Closes a storage before the test ends (a restart), so the cleanup does not close it twice. */
export async function closeTestStorage(storage: OpenStorage): Promise<void> {
  opened.splice(opened.indexOf(storage), 1);
  await storage.close();
}

// Registered after tempDatabase's cleanup, so it runs first: files are removed once nothing holds them.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

/** How many rows a table holds (`from`: a table, and a WHERE clause if any), on either backend. */
export async function countRows(storage: Storage, from: string): Promise<number> {
  const sql = `SELECT count(*) AS count FROM ${from}`;
  if (storage.kind === "sqlite") return Number(storage.database.prepare(sql).pluck().get());
  const result = await storage.pool.query<{ count: string }>(sql);
  return Number(result.rows[0]?.count);
}

/** Runs one statement written in the SQL both backends speak, for tests that tamper with rows. */
export async function runSql(storage: Storage, sql: string): Promise<void> {
  if (storage.kind === "sqlite") storage.database.exec(sql);
  else await storage.pool.query(sql);
}

/** A throwaway in-memory SQLite storage, for tests about something other than storage. */
export function memoryStorage(): Storage {
  return { kind: "sqlite", database: openDatabase(":memory:") };
}

/** The environment variables that put the app's tables at a location: BRIEF_DB, or DATABASE_URL. */
export function storageEnvironment(location: StorageLocation): Record<string, string> {
  return location.kind === "postgres" ? { DATABASE_URL: location.url } : { BRIEF_DB: location.path };
}
