import { setTimeout as sleep } from "node:timers/promises";

/**
 * Shows the latest of the values offered, one at a time and at most once per interval: a value offered while
 * one is being shown, or too soon after, waits, and a newer one replaces it. For chat.update of one message,
 * which Slack allows about once a second per channel. `finish` drops what waits, lets the one being shown
 * land, and returns once the interval since it has passed, so the caller's final update keeps the pace too.
 */
export interface PacedUpdates<Value> {
  offer(value: Value): void;
  finish(): Promise<void>;
  /** How many values were shown. */
  readonly shown: number;
}

export interface PaceClock {
  now(): number;
  sleep(milliseconds: number): Promise<unknown>;
}

const realClock: PaceClock = { now: () => Date.now(), sleep: (milliseconds) => sleep(milliseconds) };

export function createPacedUpdates<Value>(
  show: (value: Value) => Promise<void>,
  intervalMs: number,
  clock: PaceClock = realClock,
): PacedUpdates<Value> {
  let waiting: { value: Value } | undefined;
  let running: Promise<void> | undefined;
  let lastShownAt = Number.NEGATIVE_INFINITY;
  let finished = false;
  let shown = 0;
  const pump = async () => {
    while (waiting && !finished) {
      const wait = lastShownAt + intervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      if (finished || !waiting) break;
      const { value } = waiting;
      waiting = undefined;
      lastShownAt = clock.now();
      shown += 1;
      await show(value);
    }
    running = undefined;
  };
  return {
    offer(value) {
      if (finished) return;
      waiting = { value };
      running ??= pump();
    },
    async finish() {
      finished = true;
      waiting = undefined;
      await running;
      const wait = lastShownAt + intervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
    },
    get shown() {
      return shown;
    },
  };
}
