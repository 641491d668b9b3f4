import { afterEach, describe, expect, it } from "vitest";
import { type JobNotifications, jobChannel, listenForJobs } from "../../src/jobs/postgresJobNotifications";
import { createPostgresJobStore } from "../../src/jobs/postgresJobStore";
import { silentLogger } from "../../src/log";
import { openPostgresDatabase } from "../../src/store/postgresDatabase";
import { freshPostgresDatabase } from "../support/postgresDatabase";

const listeners: JobNotifications[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

/** Resolves with the next `count` kinds heard, or rejects after the timeout. */
function hear(count: number, timeoutMs = 5_000) {
  const kinds: string[] = [];
  let done: () => void = () => {};
  const heardAll = new Promise<void>((resolve, reject) => {
    done = resolve;
    setTimeout(
      () => reject(new Error(`heard ${kinds.length} of ${count}: ${kinds.join(", ")}`)),
      timeoutMs,
    ).unref();
  });
  return {
    onJob(kind: string) {
      if (kind === "") return;
      kinds.push(kind);
      if (kinds.length >= count) done();
    },
    heard: () => heardAll.then(() => kinds),
  };
}

describe("job notifications on Postgres", () => {
  it("wakes a listener when any connection records a job (not for a redelivery), and again after its connection was cut", async () => {
    const url = await freshPostgresDatabase();
    const database = await openPostgresDatabase(url, { logger: silentLogger });
    try {
      const first = hear(2);
      let onJob = first.onJob;
      const listener = await listenForJobs(url, (kind) => onJob(kind), silentLogger, { reconnectMs: 50 });
      listeners.push(listener);
      const store = createPostgresJobStore(database.pool);
      await store.enqueue({ kind: "test.first", key: "k1", payload: {} });
      // A redelivery records nothing, so it announces nothing.
      await store.enqueue({ kind: "test.first", key: "k1", payload: {} });
      await store.enqueue({ kind: "test.second", key: "k2", payload: {} });
      expect(await first.heard()).toEqual(["test.first", "test.second"]);

      // The server ends the listening session (a failover, an idle-connection reaper): it listens again.
      const second = hear(1);
      onJob = second.onJob;
      await database.pool.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
      );
      const announce = setInterval(
        () => void database.pool.query("SELECT pg_notify($1, 'slack.answer')", [jobChannel]).catch(() => {}),
        50,
      );
      try {
        expect(await second.heard()).toEqual(["slack.answer"]);
      } finally {
        clearInterval(announce);
      }
    } finally {
      await database.close();
    }
  });
});
