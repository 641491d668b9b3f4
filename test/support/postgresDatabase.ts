import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabase } from "./embeddedPostgres";

/**
 * An empty database of its own on the run's embedded Postgres server (test/support/postgresGlobalSetup.ts),
 * so test files running side by side never see each other's rows. The server is deleted after the run.
 */
export function freshPostgresDatabase(): Promise<string> {
  return createDatabase(
    inject("postgresAdminUrl"),
    `brief_test_${process.pid}_${randomBytes(4).toString("hex")}`,
  );
}
