import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { Logger } from "../log";
import type { JobStore } from "./jobStore";

/**
 * Job runners in worker threads, so briefing and answering (CPU-bound for a long article with the offline
 * engine) never run on the event loop that acks Slack. Each thread is a whole worker: its own database
 * connection, services and Web API client; it claims jobs itself. This side only starts the threads, tells
 * them when a job was recorded, replaces a thread that died (putting its leased jobs back at once) and stops
 * them.
 */

/** What the main thread sends a job thread. */
export const JobThreadCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("wake") }),
  z.object({ type: z.literal("idle"), id: z.number() }),
  z.object({ type: z.literal("stop"), graceMs: z.number() }),
]);
export type JobThreadCommand = z.infer<typeof JobThreadCommandSchema>;

/** What a job thread answers. */
export const JobThreadReportSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("start_failed"), message: z.string() }),
  z.object({ type: z.literal("idle"), id: z.number() }),
  z.object({ type: z.literal("stopped") }),
]);
export type JobThreadReport = z.infer<typeof JobThreadReportSchema>;

/** Every thread gets these, plus the application's own settings. */
export interface JobThreadData<Settings> {
  owner: string;
  settings: Settings;
}

export interface JobThreads {
  /** Starts the threads and resolves once each has its services built and is claiming. */
  start(): Promise<void>;
  wake(): void;
  idle(): Promise<void>;
  /** Lets running jobs finish for `graceMs`, then ends the threads (their unfinished jobs go back to pending). */
  stop(graceMs: number): Promise<void>;
}

// In the bundle the entry is a .js file beside dist/main.js. Under vitest or tsx it is TypeScript, and Node 20
// does not apply tsx's loader to a worker's entry file, so a one-line bootstrap loads it through tsx.
function newWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  const href = JSON.stringify(entry.href);
  const bootstrap = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${href}, ${href}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Names a thread in the leases it holds: host, process, a fresh id per thread. */
export function jobOwnerName(label: string): string {
  return `${os.hostname()}/${process.pid}/${label}/${randomUUID().slice(0, 8)}`;
}

interface RunningThread {
  worker: Worker;
  owner: string;
  ready: Promise<void>;
}

export function createJobThreads<Settings>(options: {
  entry: URL;
  count: number;
  settings: Settings;
  /** Used only to put a dead thread's leased jobs back. */
  store: Pick<JobStore, "releaseOwner">;
  logger: Logger;
}): JobThreads {
  const { logger } = options;
  const threads = new Set<RunningThread>();
  let stopping = false;
  let nextIdleId = 1;
  const idleWaiters = new Map<number, () => void>();

  const spawn = (index: number): RunningThread => {
    const owner = jobOwnerName(`thread${index}`);
    const data: JobThreadData<Settings> = { owner, settings: options.settings };
    const worker = newWorker(options.entry, data);
    let markReady: () => void = () => {};
    let markFailed: (error: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    const thread: RunningThread = { worker, owner, ready };
    worker.on("message", (raw: unknown) => {
      const report = JobThreadReportSchema.parse(raw);
      if (report.type === "ready") markReady();
      else if (report.type === "start_failed") markFailed(new Error(report.message));
      else if (report.type === "idle") idleWaiters.get(report.id)?.();
    });
    worker.on("error", (error) => {
      logger.error("jobs.thread_failed", { owner, error });
      markFailed(error);
    });
    worker.on("exit", (code) => {
      threads.delete(thread);
      markFailed(new Error(`job thread exited with code ${code} before it was ready`));
      if (stopping) return;
      // Its leases would lapse on their own; putting them back now saves the wait.
      void options.store
        .releaseOwner(owner)
        .then((released) => logger.error("jobs.thread_exited", { owner, code, released }))
        .catch((error: unknown) => logger.error("jobs.thread_exited", { owner, code, error }));
      const replacement = setTimeout(() => {
        if (!stopping) threads.add(spawn(index));
      }, 1_000);
      replacement.unref();
    });
    return thread;
  };

  // A burst of recorded jobs wakes the threads once per turn of the event loop, not once per job.
  let wakePending = false;
  const wakeAll = () => {
    wakePending = false;
    for (const thread of threads) thread.worker.postMessage({ type: "wake" } satisfies JobThreadCommand);
  };

  return {
    async start() {
      for (let index = 0; index < options.count; index += 1) threads.add(spawn(index));
      await Promise.all([...threads].map((thread) => thread.ready));
    },
    wake() {
      if (wakePending) return;
      wakePending = true;
      setImmediate(wakeAll);
    },
    async idle() {
      await Promise.all(
        [...threads].map(
          (thread) =>
            new Promise<void>((resolve) => {
              const id = nextIdleId++;
              idleWaiters.set(id, () => {
                idleWaiters.delete(id);
                resolve();
              });
              thread.worker.postMessage({ type: "idle", id } satisfies JobThreadCommand);
            }),
        ),
      );
    },
    async stop(graceMs) {
      stopping = true;
      const all = [...threads];
      await Promise.all(
        all.map(async (thread) => {
          const exited = new Promise((resolve) => thread.worker.once("exit", resolve));
          thread.worker.postMessage({ type: "stop", graceMs } satisfies JobThreadCommand);
          // A thread stuck in CPU work cannot answer; it is ended a little after its grace.
          const deadline = setTimeout(() => void thread.worker.terminate(), graceMs + 2_000);
          await exited;
          clearTimeout(deadline);
        }),
      );
      for (const thread of all) await options.store.releaseOwner(thread.owner).catch(() => 0);
    },
  };
}

/**
 * Lets the thread that acks Slack win the CPU over this one: on Linux a thread has a nice value of its own
 * (setpriority on its thread id, read from /proc/thread-self). Elsewhere this does nothing. A briefing takes a
 * few milliseconds longer on a busy machine; an ack does not wait behind it.
 */
function yieldCpuToTheAckingThread(): void {
  try {
    const threadId = Number(path.basename(fs.readlinkSync("/proc/thread-self")));
    if (Number.isInteger(threadId) && threadId > 0) os.setPriority(threadId, 10);
  } catch {
    // Not Linux, or not allowed: the threads share the CPU evenly instead.
  }
}

/**
 * The thread's side: reads its data, lowers its priority below the acking thread's, reports ready once
 * `startRunner` has built its services, and turns the main thread's commands into calls on the runner.
 */
export async function serveJobThread<Settings>(
  port: { postMessage(message: unknown): void; on(event: "message", listener: (raw: unknown) => void): void },
  data: JobThreadData<Settings>,
  startRunner: (data: JobThreadData<Settings>) => Promise<{
    wake(): void;
    idle(): Promise<void>;
    stop(graceMs: number): Promise<void>;
  }>,
): Promise<void> {
  const report = (message: JobThreadReport) => port.postMessage(message);
  yieldCpuToTheAckingThread();
  let runner: Awaited<ReturnType<typeof startRunner>>;
  try {
    runner = await startRunner(data);
  } catch (error) {
    report({ type: "start_failed", message: error instanceof Error ? error.message : String(error) });
    return;
  }
  port.on("message", (raw) => {
    const command = JobThreadCommandSchema.parse(raw);
    if (command.type === "wake") runner.wake();
    else if (command.type === "idle") void runner.idle().then(() => report({ type: "idle", id: command.id }));
    else
      void runner.stop(command.graceMs).then(() => {
        report({ type: "stopped" });
        process.exit(0);
      });
  });
  report({ type: "ready" });
}
