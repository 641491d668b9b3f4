import pg from "pg";
import type { Logger } from "../log";
import { type Migration, migrations } from "./postgresMigrations";

export type PostgresPool = pg.Pool;
export type PostgresClient = pg.PoolClient;

/**
 * Any constant shared by every brief-bot instance: whoever holds this advisory lock is migrating the schema,
 * so two instances starting at once apply each migration exactly once.
 */
const migrationLockKey = 7_220_412_001;

export interface PostgresDatabase {
  pool: PostgresPool;
  /** The schema version after start-up's migrations. */
  schemaVersion: number;
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL` and brings the schema up to date before anything else reads it. A connection
 * that drops while idle is logged and replaced by the pool, never fatal.
 */
export async function openPostgresDatabase(
  url: string,
  options: {
    logger: Logger;
    maxConnections?: number;
    /** Commits return before Postgres has flushed them to disk (synchronous_commit off) on this pool. */
    commitsWaitForDisk?: boolean;
  },
): Promise<PostgresDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.commitsWaitForDisk === false ? { options: "-c synchronous_commit=off" } : {}),
  });
  pool.on("error", (error) => options.logger.warn("postgres.idle_connection_lost", { error }));
  try {
    const schemaVersion = await migrate(pool, migrations, options.logger);
    return { pool, schemaVersion, close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Runs `work` in one transaction on one pooled connection: committed if it resolves, rolled back if it throws. */
export async function inTransaction<Result>(
  pool: PostgresPool,
  work: (client: PostgresClient) => Promise<Result>,
): Promise<Result> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Applies the missing migrations in one transaction under the advisory lock; returns the resulting version. */
export async function migrate(
  pool: PostgresPool,
  available: readonly Migration[],
  logger: Logger,
): Promise<number> {
  const appliedVersions = await inTransaction(pool, async (client) => {
    // Held until COMMIT: a second instance waits here, then finds every migration applied.
    await client.query("SELECT pg_advisory_xact_lock($1)", [migrationLockKey]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const versions = new Set(applied.rows.map((row) => row.version));
    for (const migration of available) {
      if (versions.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      logger.info("postgres.migrated", { version: migration.version, name: migration.name });
      versions.add(migration.version);
    }
    return versions;
  });
  const latestKnown = Math.max(0, ...available.map((migration) => migration.version));
  const latestApplied = Math.max(0, ...appliedVersions);
  // A newer instance migrated further (a rolling deploy, or this one rolled back): its migrations are additive.
  if (latestApplied > latestKnown)
    logger.warn("postgres.schema_newer_than_code", { schemaVersion: latestApplied, latestKnown });
  return latestApplied;
}
