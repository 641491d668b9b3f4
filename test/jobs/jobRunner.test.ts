import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createJobRunner,
  type JobExecution,
  type JobKind,
  LeaseLostError,
  RetryLaterError,
  runnable,
} from "../../src/jobs/jobRunner";
import type { JobStore } from "../../src/jobs/jobStore";
import { createSqliteJobStore } from "../../src/jobs/sqliteJobStore";
import { silentLogger } from "../../src/log";
import { openDatabase } from "../../src/store/database";

type Script = (execution: JobExecution) => Promise<unknown>;

/** A job kind whose run is whatever the test scripts for the job's `step`, recording runs and give-ups. */
function scriptedKind(scripts: Record<string, Script>) {
  const ran: string[] = [];
  const gaveUp: Array<{ step: string; reason: string }> = [];
  const kind: JobKind<{ step: string }, undefined> = {
    kind: "test.scripted",
    payload: z.object({ step: z.string() }),
    async run(payload, execution) {
      ran.push(payload.step);
      const script = scripts[payload.step];
      return script ? script(execution) : { ok: true };
    },
    async giveUp(payload, _execution, _context, reason) {
      gaveUp.push({ step: payload.step, reason: reason instanceof Error ? reason.message : String(reason) });
    },
  };
  return { kind, ran, gaveUp };
}

function runnerFor(store: JobStore, kind: JobKind<{ step: string }, undefined>, overrides = {}) {
  return createJobRunner({
    store,
    kinds: [runnable(kind)],
    context: undefined,
    owner: "runner-under-test",
    leaseMs: 300,
    pollMs: 20,
    concurrency: 2,
    maxAttempts: 3,
    logger: silentLogger,
    ...overrides,
  });
}

const enqueue = (store: JobStore, step: string) =>
  store.enqueue({ kind: "test.scripted", key: step, payload: { step } });

describe("the job runner", () => {
  it("runs a job once and stores its result", async () => {
    const store = createSqliteJobStore(openDatabase(":memory:"));
    const { kind, ran } = scriptedKind({ work: async () => ({ ts: "1.1" }) });
    await enqueue(store, "work");
    const runner = runnerFor(store, kind);
    await runner.idle();
    expect(ran).toEqual(["work"]);
    expect(await store.findByKey("work")).toMatchObject({ state: "done", result: { ts: "1.1" } });
  });

  it("tries a passing failure again later, then gives it up with one failure outcome", async () => {
    const store = createSqliteJobStore(openDatabase(":memory:"));
    const { kind, ran, gaveUp } = scriptedKind({
      flaky: async () => {
        throw new RetryLaterError("Slack is down", { retryAfterMs: 10 });
      },
    });
    await enqueue(store, "flaky");
    const runner = runnerFor(store, kind);
    await runner.start();
    for (let wait = 0; wait < 100 && gaveUp.length === 0; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await runner.stop(0);
    expect(ran).toEqual(["flaky", "flaky", "flaky"]);
    expect(gaveUp).toEqual([{ step: "flaky", reason: "Slack is down" }]);
    expect(await store.findByKey("flaky")).toMatchObject({ state: "failed", attempts: 3 });
  });

  it("gives up at once on an error it did not expect", async () => {
    const store = createSqliteJobStore(openDatabase(":memory:"));
    const { kind, ran, gaveUp } = scriptedKind({
      broken: async () => {
        throw new Error("bug");
      },
    });
    await enqueue(store, "broken");
    await runnerFor(store, kind).idle();
    expect(ran).toEqual(["broken"]);
    expect(gaveUp).toEqual([{ step: "broken", reason: "bug" }]);
  });

  it("does not run a job whose workers kept dying again: it is given up at the claim past the limit", async () => {
    let now = 1_000_000;
    const store = createSqliteJobStore(openDatabase(":memory:"), () => now);
    await enqueue(store, "poison");
    // Three workers claimed it and died.
    for (let claim = 0; claim < 3; claim += 1) {
      await store.claim({ owner: `dead${claim}`, leaseMs: 300, kinds: ["test.scripted"] });
      now += 1_000;
    }
    const { kind, ran, gaveUp } = scriptedKind({});
    await runnerFor(store, kind).idle();
    expect(ran).toEqual([]);
    expect(gaveUp).toEqual([{ step: "poison", reason: "claimed 4 times" }]);
  });

  it("stops a job whose lease was lost before its next visible step; its new worker finishes it", async () => {
    const store = createSqliteJobStore(openDatabase(":memory:"));
    let sawLeaseLost = false;
    const { kind, ran } = scriptedKind({
      slow: async (execution) => {
        if (execution.attempt > 1) return { by: execution.attempt };
        // Another worker takes the job over meanwhile.
        await store.releaseOwner("runner-under-test");
        try {
          await execution.holdLease();
        } catch (error) {
          sawLeaseLost = error instanceof LeaseLostError;
          throw error;
        }
        return { by: "the worker that lost its lease" };
      },
    });
    await enqueue(store, "slow");
    await runnerFor(store, kind).idle();
    expect(sawLeaseLost).toBe(true);
    expect(ran).toEqual(["slow", "slow"]);
    expect(await store.findByKey("slow")).toMatchObject({ state: "done", result: { by: 2 } });
  });

  it("does not take its own job over when its lease lapsed while the thread was busy past the heartbeats", async () => {
    const store = createSqliteJobStore(openDatabase(":memory:"));
    const { kind, ran, gaveUp } = scriptedKind({
      busy: async (execution) => {
        // CPU-bound work (the offline engine on a loaded machine): no heartbeat fires for three leases.
        const until = Date.now() + 900;
        while (Date.now() < until);
        // The poll fires as soon as the thread is free; the job is still this worker's.
        await new Promise((resolve) => setTimeout(resolve, 100));
        await execution.holdLease();
        return { by: execution.attempt };
      },
    });
    await enqueue(store, "busy");
    const runner = runnerFor(store, kind);
    await runner.start();
    for (let wait = 0; wait < 100 && (await store.findByKey("busy"))?.state !== "done"; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await runner.stop(0);
    expect(ran).toEqual(["busy"]);
    expect(gaveUp).toEqual([]);
    expect(await store.findByKey("busy")).toMatchObject({ state: "done", attempts: 1, result: { by: 1 } });
  });

  it("on stop, puts a job still running after the grace back to pending for the next worker", async () => {
    const store = createSqliteJobStore(openDatabase(":memory:"));
    let started = false;
    const { kind } = scriptedKind({
      long: async (execution) => {
        started = true;
        await new Promise((resolve) => execution.signal.addEventListener("abort", resolve));
        throw execution.signal.reason;
      },
    });
    await enqueue(store, "long");
    const runner = runnerFor(store, kind);
    await runner.start();
    for (let wait = 0; wait < 100 && !started; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await runner.stop(50);
    expect(await store.findByKey("long")).toMatchObject({ state: "pending", attempts: 1 });
  });
});
