import { Worker } from "node:worker_threads";
import type { Logger } from "../log";
import {
  type WebApiThreadMessage,
  WebApiThreadMessageSchema,
  type WebApiThreadRequest,
  type WebApiThreadSettings,
} from "./webApiThreadProtocol";

/**
 * The app's own Web API calls (briefings, answers), made by a WebClient in a worker thread. Each
 * chat.postMessage costs the event loop about 2 ms of CPU and garbage (form encoding, fetch, streams); on the
 * loop that acks Slack that put brief-bot's ack p99 at 2× bare Bolt's at 100 /brief a second. Here the loop only
 * hands over a few strings. Errors come back with the SDK's fields (code, data.error, retryAfter), so callers
 * read them as before. A thread that dies fails its calls in flight with a clear error and is replaced on the
 * next call.
 */
export interface WebApiThread {
  /**
   * Starts the thread ahead of the first call and resolves once it has loaded the SDK (or failed, which is
   * logged: calls then start a new one). Calls start it when needed.
   */
  start(): Promise<void>;
  call(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Ends the thread; calls in flight fail. */
  close(): Promise<void>;
}

// In the bundle the worker is dist/webApiThread.worker.js, beside dist/main.js. Under vitest or tsx this module
// is TypeScript, and Node 20 does not apply tsx's loader to a worker's entry file, so a one-line bootstrap loads
// the worker's source through tsx (resolved from the working directory, the project's root when run by npm).
const sourceMode = import.meta.url.endsWith(".ts");
const workerUrl = new URL(`./webApiThread.worker.${sourceMode ? "ts" : "js"}`, import.meta.url);

/**
 * A post needs well under a megabyte. V8's default young generation let the thread's RSS grow by about 60 MiB
 * under load (the app's peak passed 200 MiB); 4 MiB keeps it near 40 MiB at the same speed. Running out ends the
 * thread, which fails its calls in flight and is replaced.
 */
const workerHeapLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

function newWorker(settings: WebApiThreadSettings): Worker {
  const options = { workerData: settings, resourceLimits: workerHeapLimits };
  if (!sourceMode) return new Worker(workerUrl, options);
  const href = JSON.stringify(workerUrl.href);
  const bootstrap = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${href}, ${href}));`;
  return new Worker(bootstrap, { ...options, eval: true });
}

interface PendingCall {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

function rebuildError(error: Extract<WebApiThreadMessage, { ok: false }>["error"]): Error {
  const { name, message, ...fields } = error;
  return Object.assign(new Error(message), { name }, fields);
}

export function createWebApiThread(settings: WebApiThreadSettings, logger: Logger): WebApiThread {
  const pending = new Map<number, PendingCall>();
  let nextId = 1;
  let worker: Worker | undefined;
  let closed = false;
  /** Resolved when the current thread reports ready, fails or exits. */
  let settled: Promise<void> = Promise.resolve();

  const failPending = (reason: string) => {
    for (const call of pending.values())
      call.reject(new Error(`The Slack Web API thread stopped (${reason}).`));
    pending.clear();
  };

  const spawn = (): Worker => {
    const spawned = newWorker(settings);
    let markSettled = () => {};
    settled = new Promise((resolve) => {
      markSettled = resolve;
    });
    // The app's server keeps the process alive; a thread left open must not.
    // Held (ref) only while calls are in flight.
    spawned.unref();
    spawned.on("message", (raw: unknown) => {
      const message = WebApiThreadMessageSchema.parse(raw);
      if (message.kind === "ready") {
        markSettled();
        return;
      }
      if (message.kind === "log") {
        logger[message.level]("slack.web_api", { message: message.message });
        return;
      }
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (pending.size === 0) spawned.unref();
      if (message.ok) call?.resolve(message.result);
      else call?.reject(rebuildError(message.error));
    });
    spawned.on("error", (error) => {
      logger.error("slack.web_api_thread_failed", { error });
      markSettled();
    });
    spawned.on("exit", (code) => {
      markSettled();
      if (worker === spawned) worker = undefined;
      if (pending.size > 0) {
        logger.error("slack.web_api_thread_exited", { code, callsInFlight: pending.size });
        failPending(`exit code ${code}`);
      }
    });
    return spawned;
  };

  return {
    start() {
      if (!closed) worker ??= spawn();
      return settled;
    },
    call(method, params) {
      if (closed) return Promise.reject(new Error("The Slack Web API thread is closed."));
      const target = worker ?? spawn();
      worker = target;
      const request: WebApiThreadRequest = { id: nextId++, method, params };
      return new Promise((resolve, reject) => {
        pending.set(request.id, { resolve, reject });
        target.ref();
        target.postMessage(request);
      });
    },
    async close() {
      closed = true;
      const closing = worker;
      worker = undefined;
      failPending("closed");
      await closing?.terminate();
    },
  };
}
