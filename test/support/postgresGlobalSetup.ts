import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embeddedPostgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The embedded server's maintenance database; test files create their own (freshPostgresDatabase). */
    postgresAdminUrl: string;
  }
}

/** One embedded Postgres server for the whole run: starting one takes about a second, a database milliseconds. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startEmbeddedPostgres();
  project.provide("postgresAdminUrl", server.adminUrl);
  return () => server.stop();
}
