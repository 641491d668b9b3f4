import type { AnswerService } from "../answer/answerService";
import type { BriefingService } from "../briefing/briefingService";
import type { CoreConfig } from "../config";
import type { ActorCatalog } from "../domain/actor";
import type { IngestService } from "../ingest/ingestService";
import type { Logger } from "../log";
import type { ArticleFinder } from "../retrieve/suggestArticles";
import type { ArticleStore } from "../store/articleStore";
import type { BackgroundWork } from "./backgroundWork";
import type { IngestAccess } from "./ingestAccess";
import type { SlackState } from "./slackState";
import type { WebApiPolicy } from "./slackWebApi";
import type { WebApiThread } from "./webApiThread";

/** The core services the Slack edge uses; the app's Services satisfy it. */
export interface SlackAppServices {
  briefings: BriefingService;
  answers: AnswerService;
  store: Pick<ArticleStore, "list" | "sentences">;
  articles: ArticleFinder;
  actorCatalog: ActorCatalog;
  /** Articles from links and pasted text, and who may add them (config.ingest). */
  ingest: IngestService;
  config: Pick<CoreConfig, "ingest">;
}

/**
 * What every listener is given: services, the Slack state, the logger, background work, the thread that makes
 * the app's own Web API calls and their policy.
 */
export interface ListenerDependencies {
  services: SlackAppServices;
  state: SlackState;
  logger: Logger;
  background: BackgroundWork;
  webApi: Pick<WebApiThread, "call">;
  webApiPolicy: WebApiPolicy;
  ingestAccess: IngestAccess;
}
