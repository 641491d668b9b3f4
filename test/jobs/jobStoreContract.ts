import { expect, it } from "vitest";
import type { JobStore } from "../../src/jobs/jobStore";

/**
 * What every JobStore must do, whatever holds it: run by each implementation's test file with a store whose
 * clock the test moves (`advance`), so leases lapse without waiting.
 */
export interface ContractStore {
  store: JobStore;
  advance(milliseconds: number): void;
}

const kinds = ["test.work"];
const leaseMs = 1_000;

export function jobStoreContract(open: () => Promise<ContractStore> | ContractStore): void {
  it("records one job per idempotency key, and a redelivery finds the first one's job and payload", async () => {
    const { store } = await open();
    const first = await store.enqueue({ kind: "test.work", key: "k1", payload: { n: 1 } });
    const again = await store.enqueue({ kind: "test.work", key: "k1", payload: { n: 2 } });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.job.id).toBe(first.job.id);
    expect(again.job.payload).toEqual({ n: 1 });
    expect(await store.counts()).toEqual({ pending: 1, running: 0, done: 0, failed: 0 });
  });

  it("leases the oldest pending job of the kinds asked for, once", async () => {
    const { store, advance } = await open();
    await store.enqueue({ kind: "other.kind", key: "other", payload: {} });
    await store.enqueue({ kind: "test.work", key: "a", payload: {} });
    advance(1);
    await store.enqueue({ kind: "test.work", key: "b", payload: {} });
    const claimed = await store.claim({ owner: "w1", leaseMs, kinds });
    expect(claimed?.key).toBe("a");
    expect(claimed?.state).toBe("running");
    expect(claimed?.attempts).toBe(1);
    expect((await store.claim({ owner: "w2", leaseMs, kinds }))?.key).toBe("b");
    expect(await store.claim({ owner: "w3", leaseMs, kinds })).toBeUndefined();
  });

  it("hands a job whose lease lapsed to the next claimer, and refuses the old lease's writes", async () => {
    const { store, advance } = await open();
    await store.enqueue({ kind: "test.work", key: "k", payload: {} });
    const first = await store.claim({ owner: "dead", leaseMs, kinds });
    if (!first) throw new Error("nothing claimed");
    expect(await store.saveProgress(first.lease, { posting: 0 })).toBe(true);
    advance(leaseMs - 1);
    expect(await store.claim({ owner: "w2", leaseMs, kinds })).toBeUndefined();
    advance(2);
    const second = await store.claim({ owner: "w2", leaseMs, kinds });
    expect(second?.id).toBe(first.id);
    expect(second?.attempts).toBe(2);
    expect(second?.progress).toEqual({ posting: 0 });
    expect(await store.extendLease(first.lease, leaseMs)).toBe(false);
    expect(await store.saveProgress(first.lease, { posting: 1 })).toBe(false);
    expect(await store.complete(first.lease, { ts: "old" })).toBe(false);
    if (!second) throw new Error("nothing claimed");
    expect(await store.complete(second.lease, { ts: "1.1" })).toBe(true);
    const done = await store.findByKey("k");
    expect(done).toMatchObject({ state: "done", result: { ts: "1.1" }, progress: { posting: 0 } });
    advance(10 * leaseMs);
    expect(await store.claim({ owner: "w3", leaseMs, kinds })).toBeUndefined();
  });

  it("does not hand a claimer a job it says it is running itself, lapsed lease or not", async () => {
    const { store, advance } = await open();
    await store.enqueue({ kind: "test.work", key: "k", payload: {} });
    const first = await store.claim({ owner: "w1", leaseMs, kinds });
    if (!first) throw new Error("nothing claimed");
    advance(leaseMs + 1);
    expect(await store.claim({ owner: "w1", leaseMs, kinds, runningIds: [first.id] })).toBeUndefined();
    // Its lease is still good for its own writes, and another worker may take the lapsed job over.
    expect(await store.extendLease(first.lease, leaseMs)).toBe(true);
    advance(leaseMs + 1);
    expect((await store.claim({ owner: "w2", leaseMs, kinds, runningIds: [] }))?.id).toBe(first.id);
  });

  it("keeps a lease that is extended, and a finished job is never claimed again", async () => {
    const { store, advance } = await open();
    await store.enqueue({ kind: "test.work", key: "k", payload: {} });
    const claimed = await store.claim({ owner: "w1", leaseMs, kinds });
    if (!claimed) throw new Error("nothing claimed");
    advance(leaseMs - 100);
    expect(await store.extendLease(claimed.lease, leaseMs)).toBe(true);
    advance(leaseMs - 100);
    expect(await store.claim({ owner: "w2", leaseMs, kinds })).toBeUndefined();
    expect(await store.fail(claimed.lease, "it broke")).toBe(true);
    advance(10 * leaseMs);
    expect(await store.claim({ owner: "w2", leaseMs, kinds })).toBeUndefined();
    expect(await store.findByKey("k")).toMatchObject({ state: "failed", error: "it broke" });
  });

  it("puts a released job back after its delay, and a gone owner's jobs back at once", async () => {
    const { store, advance } = await open();
    await store.enqueue({ kind: "test.work", key: "a", payload: {} });
    await store.enqueue({ kind: "test.work", key: "b", payload: {} });
    const a = await store.claim({ owner: "w1", leaseMs, kinds });
    const b = await store.claim({ owner: "gone", leaseMs, kinds });
    if (!a || !b) throw new Error("nothing claimed");
    expect(await store.release(a.lease, { delayMs: 5_000, error: "Slack was down" })).toBe(true);
    expect(await store.releaseOwner("gone")).toBe(1);
    expect((await store.claim({ owner: "w2", leaseMs, kinds }))?.key).toBe("b");
    expect(await store.claim({ owner: "w2", leaseMs, kinds })).toBeUndefined();
    advance(5_000);
    const retried = await store.claim({ owner: "w2", leaseMs, kinds });
    expect(retried).toMatchObject({ key: "a", attempts: 2, error: "Slack was down" });
  });

  it("prunes finished jobs past their age and counts jobs by state", async () => {
    const { store, advance } = await open();
    for (const key of ["old", "recent", "open"]) await store.enqueue({ kind: "test.work", key, payload: {} });
    const old = await store.claim({ owner: "w", leaseMs, kinds });
    if (!old) throw new Error("nothing claimed");
    await store.complete(old.lease, undefined);
    advance(10_000);
    const recent = await store.claim({ owner: "w", leaseMs, kinds });
    if (!recent) throw new Error("nothing claimed");
    await store.complete(recent.lease, undefined);
    expect(await store.prune(5_000)).toBe(1);
    expect(await store.counts()).toEqual({ pending: 1, running: 0, done: 1, failed: 0 });
    expect(await store.findByKey("old")).toBeUndefined();
  });
}
