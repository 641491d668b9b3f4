import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createConcurrencyLimit } from "../../../src/engine/openai/concurrencyLimit";

describe("concurrency limit", () => {
  it("never runs more than the maximum at once and runs every task", async () => {
    const limit = createConcurrencyLimit(2);
    let running = 0;
    let highest = 0;
    const task = async () => {
      running += 1;
      highest = Math.max(highest, running);
      await sleep(5);
      running -= 1;
      return "done";
    };
    const signal = new AbortController().signal;
    const results = await Promise.all(Array.from({ length: 9 }, () => limit.run(signal, task)));
    expect(results).toHaveLength(9);
    expect(highest).toBe(2);
    expect(limit.active).toBe(0);
  });

  it("lets a waiting call leave when its deadline passes", async () => {
    const limit = createConcurrencyLimit(1);
    const blocker = sleep(200);
    const first = limit.run(new AbortController().signal, () => blocker);
    await expect(limit.run(AbortSignal.timeout(20), async () => "late")).rejects.toThrow();
    await first;
    expect(limit.active).toBe(0);
  });
});
