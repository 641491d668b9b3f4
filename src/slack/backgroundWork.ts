import type { Logger } from "../log";

/**
 * Work that runs after Slack has been acknowledged. Each task is tracked so shutdown (and tests) can wait for
 * it, and its failure is logged instead of crashing the process.
 */
export interface BackgroundWork {
  run(name: string, task: () => Promise<void>): Promise<void>;
  /** Resolves once no task is running. */
  idle(): Promise<void>;
}

export function createBackgroundWork(logger: Logger): BackgroundWork {
  const running = new Set<Promise<void>>();
  return {
    run(name, task) {
      // Let pending I/O (this ack's bytes, other requests' acks) go first: the work may be CPU-bound.
      const tracked = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .catch((error: unknown) => {
          logger.error("slack.task_failed", { task: name, error });
        });
      running.add(tracked);
      void tracked.finally(() => running.delete(tracked));
      return tracked;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
