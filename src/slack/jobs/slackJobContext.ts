import type { JobKind } from "../../jobs/jobRunner";
import type { Logger } from "../../log";
import type { IngestAccess } from "../ingestAccess";
import type { SlackAppServices } from "../slackAppServices";
import type { SlackState } from "../slackState";
import { createSlackWebApi, type SlackWebApi, type WebApiPolicy } from "../slackWebApi";

/** A message as chat.postMessage and response_url take it (blocks already Block Kit). */
export interface OutgoingMessage {
  text: string;
  blocks: readonly unknown[];
}

/** What every Slack job is run with: the services, the Slack state, the Web API, the policy for it. */
export interface SlackJobContext {
  services: SlackAppServices;
  state: SlackState;
  slack: SlackWebApi;
  webApiPolicy: WebApiPolicy;
  /** Who may add articles from Slack, and each person's link fetches in the last hour (this thread's count). */
  ingestAccess: IngestAccess;
  logger: Logger;
}

export type SlackJobKind<Payload> = JobKind<Payload, SlackJobContext>;

export function createSlackJobContext(options: {
  services: SlackAppServices;
  state: SlackState;
  slack: { botToken: string; apiUrl: string | undefined };
  webApiPolicy: WebApiPolicy;
  ingestAccess: IngestAccess;
  logger: Logger;
}): SlackJobContext {
  return {
    services: options.services,
    state: options.state,
    slack: createSlackWebApi({
      token: options.slack.botToken,
      apiUrl: options.slack.apiUrl,
      policy: options.webApiPolicy,
      logger: options.logger,
    }),
    webApiPolicy: options.webApiPolicy,
    ingestAccess: options.ingestAccess,
    logger: options.logger,
  };
}
