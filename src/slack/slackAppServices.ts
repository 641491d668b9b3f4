import type { AnswerService } from "../answer/answerService";
import type { BriefingService } from "../briefing/briefingService";
import type { CoreConfig } from "../config";
import type { ActorCatalog } from "../domain/actor";
import type { IngestService } from "../ingest/ingestService";
import type { ArticleFinder } from "../retrieve/suggestArticles";
import type { ArticleStore } from "../store/articleStore";

/** The core services the Slack jobs use; the app's Services satisfy it. */
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
