import type { AnswerService } from "../answer/answerService";
import type { BriefingService } from "../briefing/briefingService";
import type { ActorCatalog } from "../domain/actor";
import type { Logger } from "../log";
import type { ArticleFinder } from "../retrieve/suggestArticles";
import type { ArticleStore } from "../store/articleStore";
import type { BackgroundWork } from "./backgroundWork";
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
}
