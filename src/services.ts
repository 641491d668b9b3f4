import path from "node:path";
import { type ActorCatalog, loadActorCatalog } from "./actors/actors";
import { type BriefingService, createBriefingService } from "./briefing/briefingService";
import { type CoreConfig, projectRoot } from "./config";
import { createOfflineBriefingEngine } from "./engine/offline/offlineBriefingEngine";
import type { Logger } from "./log";
import { type ArticleStore, createArticleStore } from "./store/articleStore";
import { openDatabase, type SqliteDatabase } from "./store/database";
import { suggestSlugs } from "./store/suggestSlugs";

/** The core services, built once by a composition root (CLI or Slack app) and passed to the edges. */
export interface Services {
  config: CoreConfig;
  database: SqliteDatabase;
  store: ArticleStore;
  actorCatalog: ActorCatalog;
  briefings: BriefingService;
  close(): void;
}

export const actorCatalogPath = path.join(projectRoot, "data", "actors.json");

export function createServices(config: CoreConfig, logger: Logger): Services {
  const database = openDatabase(config.databasePath);
  const store = createArticleStore(database, {
    suggest: suggestSlugs,
    seedDirectory: config.articlesDirectory,
  });
  const actorCatalog = loadActorCatalog(actorCatalogPath);
  const engine = createOfflineBriefingEngine();
  const briefings = createBriefingService({ store, actorCatalog, engine, logger });
  return {
    config,
    database,
    store,
    actorCatalog,
    briefings,
    close: () => database.close(),
  };
}
