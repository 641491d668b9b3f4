import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../config";
import type { Logger } from "../log";
import type { Storage } from "../store/storage";
import { createBackgroundWork } from "./backgroundWork";
import { createIngestAccess } from "./ingestAccess";
import type { ListenerDependencies, SlackAppServices } from "./listenerDependencies";
import { registerListeners } from "./listeners";
import { createSlackState } from "./slackState";
import {
  defaultWebApiPolicy,
  socketModeClientOptions,
  type WebApiPolicy,
  webClientOptions,
} from "./slackWebApi";
import { createWebApiThread } from "./webApiThread";

export const eventsPath = "/slack/events";
export const healthPath = "/healthz";

export interface SlackAppOptions {
  slack: SlackConfig;
  services: SlackAppServices;
  /** Holds the Slack tables (thread links, feedback, processed deliveries). */
  storage: Storage;
  logger: Logger;
  webApiPolicy?: Partial<WebApiPolicy>;
  /** How long processed deliveries are remembered; Slack's retries come within minutes. */
  deliveryMemoryMs?: number;
}

export interface SlackApp {
  /** Starts Socket Mode or the HTTP server (`port` overrides the config's, 0 picks a free one). */
  start(port?: number): Promise<{ mode: SlackConfig["mode"]; port: number | undefined }>;
  /** Stops taking requests, then waits for work already acknowledged. A second call does nothing. */
  stop(): Promise<void>;
  /** Resolves once no acknowledged work is still running. */
  idle(): Promise<void>;
}

/** Bolt's own log lines go through our structured logger (which redacts tokens). */
function boltLoggerFrom(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (messages: unknown[]) => ({ message: messages.map(String).join(" ") });
  return {
    debug: (...messages) => logger.debug("bolt", line(messages)),
    info: (...messages) => logger.info("bolt", line(messages)),
    warn: (...messages) => logger.warn("bolt", line(messages)),
    error: (...messages) => logger.error("bolt", line(messages)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * The Bolt app: HTTP receiver at /slack/events (acks before work: processBeforeResponse false) with a health
 * route, or Socket Mode when an app token is configured. Nothing is contacted until start().
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack, logger } = options;
  const webApiPolicy: WebApiPolicy = { ...defaultWebApiPolicy, ...options.webApiPolicy };
  const boltLogger = boltLoggerFrom(logger.child({ component: "bolt" }));
  const clientOptions = webClientOptions(slack.apiUrl, webApiPolicy);
  const receiver =
    slack.mode === "socket"
      ? new SocketModeReceiver({
          appToken: slack.appToken,
          logger: boltLogger,
          // Only the client options reach Socket Mode's own WebClient (apps.connections.open); no OAuth installer.
          installerOptions: { clientOptions: socketModeClientOptions(slack.apiUrl, webApiPolicy) },
        })
      : new HTTPReceiver({
          signingSecret: slack.signingSecret,
          endpoints: eventsPath,
          processBeforeResponse: false,
          logger: boltLogger,
          customRoutes: [
            {
              path: healthPath,
              method: ["GET"],
              handler: (_request, response) => {
                response.writeHead(200, { "content-type": "application/json" });
                response.end(JSON.stringify({ ok: true }));
              },
            },
          ],
        });
  const app = new App({
    token: slack.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    // auth.test runs in start(), against SLACK_API_URL, not at construction.
    deferInitialization: true,
    convoStore: false,
  });
  const webApi = createWebApiThread(
    { token: slack.botToken, apiUrl: slack.apiUrl, policy: webApiPolicy },
    logger.child({ component: "web_api_thread" }),
  );
  const background = createBackgroundWork(logger);
  const state = createSlackState(options.storage);
  const dependencies: ListenerDependencies = {
    services: options.services,
    state,
    logger,
    background,
    webApi,
    webApiPolicy,
    ingestAccess: createIngestAccess(options.services.config.ingest),
  };
  registerListeners(app, dependencies);
  app.error(async (error) => {
    logger.error("slack.unhandled_error", { error, code: "code" in error ? error.code : undefined });
  });

  const deliveryMemoryMs = options.deliveryMemoryMs ?? 24 * 60 * 60 * 1000;
  let pruneTimer: NodeJS.Timeout | undefined;
  let started = false;

  return {
    async start(port) {
      await app.init();
      // Loading the SDK in the posting thread takes a moment; the first briefing should not wait for it.
      await webApi.start();
      await state.pruneDeliveries(deliveryMemoryMs);
      // A database briefly out of reach costs one prune, not the process.
      pruneTimer = setInterval(
        () =>
          void state
            .pruneDeliveries(deliveryMemoryMs)
            .catch((error: unknown) => logger.warn("slack.prune_failed", { error })),
        60 * 60 * 1000,
      );
      pruneTimer.unref();
      started = true;
      if (receiver instanceof SocketModeReceiver) {
        await app.start();
        logger.info("slack.started", { mode: "socket" });
        return { mode: "socket", port: undefined };
      }
      const server = await receiver.start(port ?? slack.port);
      const address = server.address() as AddressInfo;
      logger.info("slack.started", { mode: "http", port: address.port, path: eventsPath });
      return { mode: "http", port: address.port };
    },
    async stop() {
      clearInterval(pruneTimer);
      if (!started) return;
      started = false;
      await app.stop();
      await background.idle();
      await webApi.close();
      logger.info("slack.stopped");
    },
    idle: () => background.idle(),
  };
}
