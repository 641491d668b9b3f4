/** Caps how many model calls are in flight; the rest wait in order, and a waiter leaves when its signal aborts. */
export interface ConcurrencyLimit {
  run<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T>;
  readonly active: number;
}

export function createConcurrencyLimit(maximum: number): ConcurrencyLimit {
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal: AbortSignal): Promise<void> => {
    if (active < maximum) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const position = waiting.indexOf(grant);
        if (position >= 0) waiting.splice(position, 1);
        reject(signal.reason);
      };
      // The releasing call hands its slot over directly, so `active` never exceeds the maximum.
      const grant = () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      };
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      waiting.push(grant);
    });
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  return {
    async run(signal, task) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
  };
}
