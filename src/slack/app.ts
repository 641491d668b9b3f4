import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../config";
import type { JobStore } from "../jobs/jobStore";
import type { Logger } from "../log";
import { ackAfterListeners } from "./ackAfterListeners";
import { createJobIntake, DeliveryNotRecordedError } from "./jobIntake";
import type { ListenerDependencies } from "./listenerDependencies";
import { registerListeners } from "./listeners";
import { guardSlackRequests } from "./requestGuard";
import type { SlackState } from "./slackState";
import {
  defaultWebApiPolicy,
  slackLoggerFrom,
  socketModeClientOptions,
  type WebApiPolicy,
  webClientOptions,
} from "./slackWebApi";

export const eventsPath = "/slack/events";
export const healthPath = "/healthz";

/** Who runs the recorded jobs: worker threads in production (src/jobs/jobThreads.ts), or a runner in process. */
export interface JobWorkers {
  start(): Promise<void>;
  /** A job was recorded. */
  wake(): void;
  idle(): Promise<void>;
  stop(graceMs: number): Promise<void>;
}

export interface SlackAppOptions {
  slack: SlackConfig;
  logger: Logger;
  /** Where listeners record jobs; the workers claim them from the same store. */
  jobStore: JobStore;
  /** Thread → article links, for the listeners' cheap filter. */
  state: Pick<SlackState, "findBriefingThread">;
  /** The paste form's submission stores its article before the ack (see ListenerDependencies). */
  pasteIntake: ListenerDependencies["pasteIntake"];
  workers: JobWorkers;
  webApiPolicy?: Partial<WebApiPolicy>;
  /** How long done and failed jobs are kept: a redelivery or replay within it finds its job. */
  jobRetentionMs?: number;
  /** How long jobs still running at stop() get to finish before they are put back for the next worker. */
  stopGraceMs?: number;
}

export interface SlackApp {
  /** Starts the job workers, then Socket Mode or the HTTP server (`port` overrides the config's, 0 picks one). */
  start(port?: number): Promise<{ mode: SlackConfig["mode"]; port: number | undefined }>;
  /** Stops taking requests, then lets running jobs finish (or puts them back). A second call does nothing. */
  stop(): Promise<void>;
  /** Resolves once no recorded job is left to run. */
  idle(): Promise<void>;
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * The Bolt app. Its event loop is for acking: each listener records a job and acks, and the ack is held
 * until the job is recorded (ackAfterListeners). The work runs in the job workers. HTTP mode serves
 * /slack/events behind the request guard (timestamp window, signature, payload shape) and GET /healthz;
 * Socket Mode is used when an app token is configured. Nothing is contacted until start().
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack, logger, workers } = options;
  const webApiPolicy: WebApiPolicy = { ...defaultWebApiPolicy, ...options.webApiPolicy };
  // Bolt's own log lines go through our structured logger (which redacts tokens).
  const boltLogger = slackLoggerFrom(logger.child({ component: "bolt" }), "bolt");
  const receiver = ackAfterListeners(
    slack.mode === "socket"
      ? new SocketModeReceiver({
          appToken: slack.appToken,
          logger: boltLogger,
          // Only the client options reach Socket Mode's own WebClient (apps.connections.open); no OAuth installer.
          installerOptions: { clientOptions: socketModeClientOptions(slack.apiUrl, webApiPolicy) },
        })
      : new HTTPReceiver({
          signingSecret: slack.signingSecret,
          // The request guard in front of it has checked the signature and timestamp of every POST.
          signatureVerification: false,
          endpoints: eventsPath,
          logger: boltLogger,
          customRoutes: [
            {
              path: healthPath,
              method: ["GET"],
              handler: (_request, response) => {
                void options.jobStore.counts().then(
                  (jobs) => {
                    response.writeHead(200, { "content-type": "application/json" });
                    response.end(
                      JSON.stringify({ ok: true, jobs: { pending: jobs.pending, running: jobs.running } }),
                    );
                  },
                  () => {
                    response.writeHead(503, { "content-type": "application/json" });
                    response.end(JSON.stringify({ ok: false }));
                  },
                );
              },
            },
          ],
        }),
  );
  const app = new App({
    token: slack.botToken,
    receiver,
    logger: boltLogger,
    clientOptions: webClientOptions(slack.apiUrl, webApiPolicy),
    // auth.test runs in start(), against SLACK_API_URL, not at construction.
    deferInitialization: true,
    convoStore: false,
  });
  const dependencies: ListenerDependencies = {
    jobs: createJobIntake({ store: options.jobStore, wake: () => workers.wake(), logger }),
    state: options.state,
    pasteIntake: options.pasteIntake,
    logger,
  };
  registerListeners(app, dependencies);
  app.error(async (error) => {
    // Not recorded, so not acknowledged: the receiver answers an error and Slack retries the event.
    if (error instanceof DeliveryNotRecordedError) throw error;
    logger.error("slack.unhandled_error", { error, code: "code" in error ? error.code : undefined });
  });

  let server: Server | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  let started = false;
  const retentionMs = options.jobRetentionMs ?? week;
  const prune = () =>
    options.jobStore
      .prune(retentionMs)
      .then((pruned) => pruned > 0 && logger.info("jobs.pruned", { pruned }))
      .catch((error: unknown) => logger.warn("jobs.prune_failed", { error }));

  return {
    async start(port) {
      // The job threads load their own services meanwhile.
      await Promise.all([app.init(), workers.start()]);
      void prune();
      pruneTimer = setInterval(prune, 60 * 60 * 1000);
      pruneTimer.unref();
      started = true;
      if (receiver instanceof SocketModeReceiver) {
        await app.start();
        logger.info("slack.started", { mode: "socket" });
        return { mode: "socket", port: undefined };
      }
      const httpReceiver = receiver as HTTPReceiver;
      const listener = guardSlackRequests({
        signingSecret: slack.signingSecret ?? "",
        path: eventsPath,
        logger,
        next: (request, response) => {
          try {
            httpReceiver.requestListener(request, response);
          } catch {
            // Bolt throws for a path it does not serve.
            response.writeHead(404);
            response.end();
          }
        },
      });
      const httpServer = createServer(listener);
      // A client that never finishes its request must not hold a socket for long.
      httpServer.requestTimeout = 10_000;
      httpServer.headersTimeout = 10_000;
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port ?? slack.port, () => resolve());
      });
      server = httpServer;
      const address = httpServer.address() as AddressInfo;
      logger.info("slack.started", { mode: "http", port: address.port, path: eventsPath });
      return { mode: "http", port: address.port };
    },
    async stop() {
      clearInterval(pruneTimer);
      if (!started) return;
      started = false;
      if (server) {
        const closing = server;
        server = undefined;
        await new Promise<void>((resolve) => {
          closing.close(() => resolve());
          closing.closeIdleConnections();
        });
      } else await app.stop();
      await workers.stop(options.stopGraceMs ?? 8_000);
      logger.info("slack.stopped");
    },
    idle: () => workers.idle(),
  };
}
