import type { Storage } from "../store/storage";
import type { JobStore } from "./jobStore";
import { createPostgresJobStore } from "./postgresJobStore";
import { createSqliteJobStore } from "./sqliteJobStore";

/** The job table where every other table is: the SQLite file, or the Postgres database instances share. */
export function createJobStore(storage: Storage, clock: () => number = Date.now): JobStore {
  return storage.kind === "postgres"
    ? createPostgresJobStore(storage.pool, clock)
    : createSqliteJobStore(storage.database, clock);
}
