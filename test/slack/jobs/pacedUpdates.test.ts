import { describe, expect, it } from "vitest";
import { createPacedUpdates, type PaceClock } from "../../../src/slack/jobs/pacedUpdates";

/** A clock that moves only when something sleeps: the pace is checked in time the test controls. */
function steppedClock(): PaceClock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
      now += milliseconds;
    },
  };
}

describe("paced updates", () => {
  it("shows the first value at once and only the latest of those offered meanwhile, one interval apart", async () => {
    const clock = steppedClock();
    const shown: Array<{ value: string; at: number }> = [];
    let release: () => void = () => {};
    const updates = createPacedUpdates(
      async (value: string) => {
        shown.push({ value, at: clock.now() });
        if (value === "frame") await new Promise<void>((resolve) => (release = resolve));
      },
      1_000,
      clock,
    );
    updates.offer("frame");
    // Offered while the frame is still being shown: only the last of them is shown next.
    updates.offer("one");
    updates.offer("two");
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await updates.finish();
    expect(shown).toEqual([
      { value: "frame", at: 0 },
      { value: "two", at: 1_000 },
    ]);
    expect(updates.shown).toBe(2);
    // finish returns one interval after the last shown, so the caller's final update keeps the pace.
    expect(clock.now()).toBe(2_000);
  });

  it("drops what waits when finished, and shows nothing offered after", async () => {
    const clock = steppedClock();
    const shown: string[] = [];
    const updates = createPacedUpdates(
      async (value: string) => {
        shown.push(value);
      },
      1_000,
      clock,
    );
    updates.offer("frame");
    const finishing = updates.finish();
    updates.offer("late");
    await finishing;
    expect(shown).toEqual(["frame"]);
  });
});
