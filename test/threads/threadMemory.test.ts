import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database";
import { createThreadMemory } from "../../src/threads/threadMemory";
import { temporaryDatabasePath } from "../support/tempDatabase";

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

describe("thread memory", () => {
  it("keeps a thread's turns across closing and reopening the database", () => {
    const databasePath = temporaryDatabasePath();
    const first = openDatabase(databasePath);
    createThreadMemory(first, limits).record("C1:1.1", "xi-putin", turn("What did Ukraine say?"));
    first.close();
    const reopened = openDatabase(databasePath);
    const turns = createThreadMemory(reopened, limits).recent("C1:1.1", "xi-putin");
    expect(turns.map((remembered) => remembered.question)).toEqual(["What did Ukraine say?"]);
    expect(turns[0]?.citations).toEqual(["S1"]);
    reopened.close();
  });

  it("keeps only the last N turns of a thread, oldest first", () => {
    const database = openDatabase(":memory:");
    const memory = createThreadMemory(database, limits);
    for (const index of [1, 2, 3, 4, 5]) memory.record("T", "xi-putin", turn(`q${index}`));
    expect(memory.recent("T", "xi-putin").map((remembered) => remembered.question)).toEqual([
      "q3",
      "q4",
      "q5",
    ]);
    expect(database.prepare("SELECT count(*) FROM thread_turns").pluck().get()).toBe(3);
  });

  it("drops the oldest turns past the token budget", () => {
    const memory = createThreadMemory(
      openDatabase(":memory:"),
      { ...limits, tokenBudget: 25 },
      // One token a word keeps the arithmetic readable.
      { countTokens: (text) => text.split(/\s+/).length },
    );
    memory.record("T", "xi-putin", turn("one two three four five six seven eight nine ten"));
    memory.record("T", "xi-putin", turn("short"));
    memory.record("T", "xi-putin", turn("brief"));
    // Newest first: 4 + 4 tokens fit; the first turn's 10 + 12 would pass 25.
    expect(memory.recent("T", "xi-putin").map((remembered) => remembered.question)).toEqual([
      "short",
      "brief",
    ]);
  });

  it("forgets turns past the age limit, by the injected clock", () => {
    const clock = clockAt("2026-01-01T00:00:00Z");
    const database = openDatabase(":memory:");
    const memory = createThreadMemory(database, limits, { now: clock.now });
    memory.record("old", "xi-putin", turn("early"));
    clock.advanceDays(20);
    memory.record("T", "xi-putin", turn("later"));
    clock.advanceDays(15);
    expect(memory.recent("old", "xi-putin")).toEqual([]);
    expect(memory.recent("T", "xi-putin")).toHaveLength(1);
    expect(memory.pruneByAge()).toBe(1);
    expect(database.prepare("SELECT count(*) FROM thread_turns").pluck().get()).toBe(1);
  });

  it("keeps threads and articles apart", () => {
    const memory = createThreadMemory(openDatabase(":memory:"), limits);
    memory.record("A", "xi-putin", turn("about xi-putin"));
    memory.record("B", "xi-putin", turn("other thread"));
    memory.record("A", "kyiv", turn("about kyiv"));
    expect(memory.recent("A", "xi-putin").map((remembered) => remembered.question)).toEqual([
      "about xi-putin",
    ]);
  });
});
