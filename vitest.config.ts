import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Loopback servers and SQLite files make a few tests slower than pure units.
    testTimeout: 20_000,
    pool: "forks",
    // One embedded Postgres server per run; each Postgres test file creates its own database on it.
    // And the app builds of the e2e tests removed at the end.
    globalSetup: ["test/support/postgresGlobalSetup.ts", "test/support/buildsGlobalSetup.ts"],
  },
});
