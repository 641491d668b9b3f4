import { parentPort, workerData } from "node:worker_threads";
import { createSqliteJobStore } from "../../src/jobs/sqliteJobStore";
import { openDatabase } from "../../src/store/database";

/** A worker thread for sqliteJobStore.test.ts: claims and completes jobs from the shared file until none is left. */
const { databasePath, owner } = workerData as { databasePath: string; owner: string };
const store = createSqliteJobStore(openDatabase(databasePath));
// All threads start claiming together, once each is loaded.
parentPort?.postMessage("ready");
await new Promise((resolve) => parentPort?.once("message", resolve));
const claimed: string[] = [];
for (;;) {
  const job = await store.claim({ owner, leaseMs: 60_000, kinds: ["test.work"] });
  if (!job) break;
  claimed.push(job.id);
  if (!(await store.complete(job.lease, { by: owner }))) throw new Error(`lost ${job.id}`);
}
parentPort?.postMessage(claimed);
