import type { Logger } from "../log";
import { openDatabase, type SqliteDatabase } from "./database";
import { openPostgresDatabase, type PostgresPool } from "./postgresDatabase";

/**
 * Where every table lives: the SQLite file at BRIEF_DB (the default, one machine) or the Postgres database at
 * DATABASE_URL (shared by several instances). Each store module takes a Storage and picks its implementation
 * of one asynchronous interface; nothing above the store modules knows which one it got.
 */
export type Storage = { kind: "sqlite"; database: SqliteDatabase } | { kind: "postgres"; pool: PostgresPool };

export type StorageLocation = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

export type OpenStorage = Storage & { close(): Promise<void> };

/**
 * How a process opens the storage: `commitsWaitForDisk: false` lets Postgres confirm a commit before flushing
 * it (a crash of the Postgres server, not of the app, may lose the last fraction of a second of them; SQLite's
 * WAL with synchronous=NORMAL already makes that trade, so SQLite ignores it).
 */
export interface StorageOptions {
  commitsWaitForDisk?: boolean;
}

/** Opens the storage; on Postgres this connects and applies the schema migrations first. */
export async function openStorage(
  location: StorageLocation,
  logger: Logger,
  options: StorageOptions = {},
): Promise<OpenStorage> {
  if (location.kind === "postgres") {
    const postgres = await openPostgresDatabase(location.url, {
      logger,
      commitsWaitForDisk: options.commitsWaitForDisk,
    });
    return { kind: "postgres", pool: postgres.pool, close: postgres.close };
  }
  const database = openDatabase(location.path);
  return {
    kind: "sqlite",
    database,
    close: async () => {
      database.close();
    },
  };
}
