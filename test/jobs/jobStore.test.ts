import path from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createJobStore } from "../../src/jobs/createJobStore";
import type { ClaimedJob } from "../../src/jobs/jobStore";
import { createSqliteJobStore } from "../../src/jobs/sqliteJobStore";
import { openDatabase } from "../../src/store/database";
import { freshTestStorage, openTestStorage, storageBackends } from "../support/storageBackends";
import { temporaryDatabasePath } from "../support/tempDatabase";
import { jobStoreContract } from "./jobStoreContract";

describe.each(storageBackends)("the job store on $name", (backend) => {
  jobStoreContract(async () => {
    let now = 1_000_000;
    const store = createJobStore(await freshTestStorage(backend), () => now);
    return { store, advance: (milliseconds) => (now += milliseconds) };
  });

  it("gives each job to exactly one of two instances claiming at once", async () => {
    const location = await backend.freshLocation();
    const [first, second] = [
      createJobStore(await openTestStorage(location)),
      createJobStore(await openTestStorage(location)),
    ];
    if (!first || !second) throw new Error("no stores");
    const jobCount = 100;
    for (let index = 0; index < jobCount; index += 1)
      await first.enqueue({ kind: "test.work", key: `k${index}`, payload: { index } });
    const claimed: ClaimedJob[] = [];
    const drain = async (store: typeof first, owner: string) => {
      for (;;) {
        const job = await store.claim({ owner, leaseMs: 60_000, kinds: ["test.work"] });
        if (!job) return;
        claimed.push(job);
        expect(await store.complete(job.lease, { by: owner })).toBe(true);
      }
    };
    await Promise.all([
      drain(first, "one"),
      drain(second, "two"),
      drain(first, "three"),
      drain(second, "four"),
    ]);
    expect(claimed).toHaveLength(jobCount);
    expect(new Set(claimed.map((job) => job.id)).size).toBe(jobCount);
    expect(await second.counts()).toEqual({ pending: 0, running: 0, done: jobCount, failed: 0 });
  });
});

describe("the SQLite job store", () => {
  it("gives each job to exactly one of four threads claiming from one file at once", async () => {
    const databasePath = temporaryDatabasePath();
    const store = createSqliteJobStore(openDatabase(databasePath));
    const jobCount = 400;
    for (let index = 0; index < jobCount; index += 1)
      await store.enqueue({ kind: "test.work", key: `k${index}`, payload: { index } });
    const workerFile = path.join(import.meta.dirname, "claimingThread.ts");
    const href = JSON.stringify(new URL(`file://${workerFile}`).href);
    const threads = [0, 1, 2, 3].map((thread) => {
      const worker = new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${href}, ${href}));`, {
        eval: true,
        workerData: { databasePath, owner: `thread${thread}` },
      });
      const ready = new Promise((resolve) => worker.once("message", resolve));
      return { worker, ready };
    });
    await Promise.all(threads.map((thread) => thread.ready));
    const claimedByThread = await Promise.all(
      threads.map(
        ({ worker }) =>
          new Promise<string[]>((resolve, reject) => {
            worker.once("message", (ids: string[]) => resolve(ids));
            worker.once("error", reject);
            worker.postMessage("go");
          }),
      ),
    );
    const all = claimedByThread.flat();
    expect(all).toHaveLength(jobCount);
    expect(new Set(all).size).toBe(jobCount);
    // The claims really interleaved.
    expect(claimedByThread.filter((ids) => ids.length > 0).length).toBeGreaterThan(1);
    expect(await store.counts()).toEqual({ pending: 0, running: 0, done: jobCount, failed: 0 });
  });
});
