import path from "node:path";
import { loadActorCatalog } from "./actors/actors";
import type { AnswerService } from "./answer/answerService";
import { createAnswerService } from "./answer/answerService";
import { type BriefingService, createBriefingService } from "./briefing/briefingService";
import { createBriefingCache } from "./cache/briefingCache";
import { type CoreConfig, projectRoot } from "./config";
import type { ActorCatalog } from "./domain/actor";
import { createEngines } from "./engine/createEngines";
import { createOfflineAnswerEngine } from "./engine/offline/offlineAnswerEngine";
import { createOfflineBriefingEngine } from "./engine/offline/offlineBriefingEngine";
import type { Logger } from "./log";
import { createSearchIndex, type SearchIndex } from "./retrieve/searchIndex";
import { createArticleSuggester } from "./retrieve/suggestArticles";
import { type ArticleStore, createArticleStore } from "./store/articleStore";
import { openDatabase, type SqliteDatabase } from "./store/database";
import { createThreadMemory, type ThreadMemory } from "./threads/threadMemory";

/** The core services, built once by a composition root (CLI or Slack app) and passed to the edges. */
export interface Services {
  config: CoreConfig;
  database: SqliteDatabase;
  store: ArticleStore;
  actorCatalog: ActorCatalog;
  briefings: BriefingService;
  searchIndex: SearchIndex;
  threads: ThreadMemory;
  answers: AnswerService;
  close(): void;
}

export const actorCatalogPath = path.join(projectRoot, "data", "actors.json");

export function createServices(config: CoreConfig, logger: Logger): Services {
  const database = openDatabase(config.databasePath);
  const store = createArticleStore(database, {
    // Called only for an unknown slug, after the search index below exists.
    suggest: (slug, storedSlugs) => suggestArticles(slug, storedSlugs),
    seedDirectory: config.articlesDirectory,
  });
  // The index's triggers need the store's tables; its first build picks up the seeded articles.
  const searchIndex = createSearchIndex(database);
  const suggestArticles = createArticleSuggester(searchIndex);
  const threads = createThreadMemory(database, config.thread);
  const actorCatalog = loadActorCatalog(actorCatalogPath);
  // config.engine: the model engines (offline as their fallback) or the offline engines alone.
  const engines = createEngines(config, logger, {
    briefing: createOfflineBriefingEngine(),
    answer: createOfflineAnswerEngine(),
  });
  const cache = createBriefingCache(database);
  store.onChange(({ slug }) => cache.forgetArticle(slug));
  const briefings = createBriefingService({ store, actorCatalog, engine: engines.briefing, logger, cache });
  const answers = createAnswerService({
    store,
    actorCatalog,
    searchIndex,
    threads,
    engine: engines.answer,
    logger,
  });
  return {
    config,
    database,
    store,
    actorCatalog,
    briefings,
    searchIndex,
    threads,
    answers,
    close: () => database.close(),
  };
}
