/**
 * Lets a test wait until something recorded by a fake server shows up: the fake calls `wake()` after each
 * record, and `waitFor` resolves with the first non-undefined `find()` or rejects after the timeout.
 */
export function createWaiters() {
  const waiters = new Set<() => void>();
  return {
    wake() {
      for (const waiter of waiters) waiter();
    },
    waitFor<Result>(find: () => Result | undefined, describeFailure: () => string, timeoutMs: number) {
      return new Promise<Result>((resolve, reject) => {
        const check = () => {
          const found = find();
          if (found === undefined) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`waited ${timeoutMs} ms for ${describeFailure()}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
