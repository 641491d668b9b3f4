import { describe, expect, it } from "vitest";
import { createThreadMemory } from "../../src/threads/threadMemory";
import {
  closeTestStorage,
  countRows,
  freshTestStorage,
  openTestStorage,
  storageBackends,
} from "../support/storageBackends";

const limits = { maxTurns: 3, tokenBudget: 1_000, maxAgeDays: 30 };
const turn = (question: string) => ({ question, answer: `Answer to ${question}`, citations: ["S1"] });

function clockAt(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    advanceDays(days: number) {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}

describe.each(storageBackends)("thread memory on $name", (backend) => {
  it("keeps a thread's turns across closing and reopening the database", async () => {
    const location = await backend.freshLocation();
    const first = await openTestStorage(location);
    await createThreadMemory(first, limits).record("C1:1.1", "xi-putin", turn("What did Ukraine say?"));
    await closeTestStorage(first);
    const turns = await createThreadMemory(await openTestStorage(location), limits).recent(
      "C1:1.1",
      "xi-putin",
    );
    expect(turns.map((remembered) => remembered.question)).toEqual(["What did Ukraine say?"]);
    expect(turns[0]?.citations).toEqual(["S1"]);
  });

  it("keeps only the last N turns of a thread, oldest first", async () => {
    const storage = await freshTestStorage(backend);
    const memory = createThreadMemory(storage, limits);
    for (const index of [1, 2, 3, 4, 5]) await memory.record("T", "xi-putin", turn(`q${index}`));
    expect((await memory.recent("T", "xi-putin")).map((remembered) => remembered.question)).toEqual([
      "q3",
      "q4",
      "q5",
    ]);
    expect(await countRows(storage, "thread_turns")).toBe(3);
  });

  it("drops the oldest turns past the token budget", async () => {
    const memory = createThreadMemory(
      await freshTestStorage(backend),
      { ...limits, tokenBudget: 25 },
      // One token a word keeps the arithmetic readable.
      { countTokens: (text) => text.split(/\s+/).length },
    );
    await memory.record("T", "xi-putin", turn("one two three four five six seven eight nine ten"));
    await memory.record("T", "xi-putin", turn("short"));
    await memory.record("T", "xi-putin", turn("brief"));
    // Newest first: 4 + 4 tokens fit; the first turn's 10 + 12 would pass 25.
    expect((await memory.recent("T", "xi-putin")).map((remembered) => remembered.question)).toEqual([
      "short",
      "brief",
    ]);
  });

  it("forgets turns past the age limit, by the injected clock", async () => {
    const clock = clockAt("2026-01-01T00:00:00Z");
    const storage = await freshTestStorage(backend);
    const memory = createThreadMemory(storage, limits, { now: clock.now });
    await memory.record("old", "xi-putin", turn("early"));
    clock.advanceDays(20);
    await memory.record("T", "xi-putin", turn("later"));
    clock.advanceDays(15);
    expect(await memory.recent("old", "xi-putin")).toEqual([]);
    expect(await memory.recent("T", "xi-putin")).toHaveLength(1);
    expect(await memory.pruneByAge()).toBe(1);
    expect(await countRows(storage, "thread_turns")).toBe(1);
  });

  it("keeps threads and articles apart", async () => {
    const memory = createThreadMemory(await freshTestStorage(backend), limits);
    await memory.record("A", "xi-putin", turn("about xi-putin"));
    await memory.record("B", "xi-putin", turn("other thread"));
    await memory.record("A", "kyiv", turn("about kyiv"));
    expect((await memory.recent("A", "xi-putin")).map((remembered) => remembered.question)).toEqual([
      "about xi-putin",
    ]);
  });
});
