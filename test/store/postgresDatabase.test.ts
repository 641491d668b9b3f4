import pg from "pg";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log";
import { openPostgresDatabase } from "../../src/store/postgresDatabase";
import { migrations } from "../../src/store/postgresMigrations";
import { freshPostgresDatabase } from "../support/postgresDatabase";

async function appliedVersions(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    return result.rows.map((row) => row.version);
  } finally {
    await client.end();
  }
}

describe("Postgres schema migrations", () => {
  it("applies every migration once when three instances start at the same moment", async () => {
    const url = await freshPostgresDatabase();
    const instances = await Promise.all(
      [1, 2, 3].map(() => openPostgresDatabase(url, { logger: silentLogger })),
    );
    const latest = Math.max(...migrations.map((migration) => migration.version));
    expect(instances.map((instance) => instance.schemaVersion)).toEqual([latest, latest, latest]);
    await Promise.all(instances.map((instance) => instance.close()));
    expect(await appliedVersions(url)).toEqual(migrations.map((migration) => migration.version));
  });

  it("applies nothing again on a restart, and keeps the rows", async () => {
    const url = await freshPostgresDatabase();
    const first = await openPostgresDatabase(url, { logger: silentLogger });
    await first.pool.query(
      "INSERT INTO slack_feedback (channel, message_ts, \"user\", vote, at) VALUES ('C1', '1.1', 'U1', 'up', now())",
    );
    await first.close();
    const second = await openPostgresDatabase(url, { logger: silentLogger });
    const kept = await second.pool.query('SELECT "user", vote FROM slack_feedback');
    await second.close();
    expect(kept.rows).toEqual([{ user: "U1", vote: "up" }]);
    expect(await appliedVersions(url)).toEqual(migrations.map((migration) => migration.version));
  });
});
