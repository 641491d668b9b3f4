import { loadActorCatalog } from "./actors/actors";
import type { AnswerService } from "./answer/answerService";
import { createAnswerService } from "./answer/answerService";
import { type BriefingService, createBriefingService } from "./briefing/briefingService";
import { createBriefingCache } from "./cache/briefingCache";
import type { CoreConfig } from "./config";
import type { ActorCatalog } from "./domain/actor";
import { createModelEngines } from "./engine/createEngines";
import { createOfflineAnswerEngine } from "./engine/offline/offlineAnswerEngine";
import { createOfflineBriefingEngine } from "./engine/offline/offlineBriefingEngine";
import { standardPorts } from "./fetch/addressPolicy";
import { createGuardedFetch } from "./fetch/guardedFetch";
import { createIngestService, type IngestService } from "./ingest/ingestService";
import { createJobStore } from "./jobs/createJobStore";
import type { JobStore } from "./jobs/jobStore";
import type { Logger } from "./log";
import { loadPromptTemplates } from "./prompt/promptTemplates";
import { createSearchIndex, type SearchIndex } from "./retrieve/searchIndex";
import { type ArticleFinder, createArticleFinder, createArticleSuggester } from "./retrieve/suggestArticles";
import { type ArticleStore, createArticleStore } from "./store/articleStore";
import {
  type OpenStorage,
  openStorage,
  type Storage,
  type StorageLocation,
  type StorageOptions,
} from "./store/storage";
import { createThreadMemory, type ThreadMemory } from "./threads/threadMemory";

/** The core services, built once by a composition root (CLI or Slack app) and passed to the edges. */
export interface Services {
  config: CoreConfig;
  /** Every table's home (SQLite or Postgres), also for the edges' own tables (the Slack state). */
  storage: Storage;
  store: ArticleStore;
  actorCatalog: ActorCatalog;
  /** The article a person means by a slug or words of its title. */
  articles: ArticleFinder;
  briefings: BriefingService;
  searchIndex: SearchIndex;
  threads: ThreadMemory;
  answers: AnswerService;
  /** Articles from URLs, pasted text and feeds. */
  ingest: IngestService;
  /** Durable work recorded by the Slack edge and run by its job workers. */
  jobStore: JobStore;
  close(): Promise<void>;
}

/** Where the config keeps every table: Postgres when DATABASE_URL is set, else the SQLite file at BRIEF_DB. */
export function storageLocationOf(config: CoreConfig): StorageLocation {
  return config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl }
    : { kind: "sqlite", path: config.databasePath };
}

export async function createServices(
  config: CoreConfig,
  logger: Logger,
  storageOptions: StorageOptions = {},
): Promise<Services> {
  const storage = await openStorage(storageLocationOf(config), logger, storageOptions);
  try {
    return await servicesOn(storage, config, logger);
  } catch (error) {
    await storage.close();
    throw error;
  }
}

async function servicesOn(storage: OpenStorage, config: CoreConfig, logger: Logger): Promise<Services> {
  const store = await createArticleStore(storage, {
    seedDirectory: config.articlesDirectory,
    maxArticleBytes: config.maxArticleBytes,
  });
  // The index's triggers need the store's tables; its first build picks up the seeded articles.
  const searchIndex = createSearchIndex(storage);
  const suggest = createArticleSuggester(searchIndex);
  const threads = createThreadMemory(storage, config.thread);
  const actorCatalog = loadActorCatalog(config.actorCatalogPath);
  // config.engine: the model engines (offline as their fallback) or the offline engines alone.
  const offline = {
    briefing: createOfflineBriefingEngine({ timeBudgetMs: config.offlineTimeBudgetMs }),
    answer: createOfflineAnswerEngine(),
  };
  const engines =
    config.engine === "openai"
      ? createModelEngines(config, loadPromptTemplates(config.promptsDirectory), logger, offline)
      : offline;
  const cache = createBriefingCache(storage);
  store.onChange(({ slug }) => cache.forgetArticle(slug));
  const briefings = createBriefingService({
    store,
    suggest,
    actorCatalog,
    engine: engines.briefing,
    logger,
    cache,
  });
  const answers = createAnswerService({
    store,
    suggest,
    actorCatalog,
    searchIndex,
    threads,
    engine: engines.answer,
    logger,
  });
  const fetchPage = createGuardedFetch({
    policy: { allowHosts: config.fetch.allowHosts, ports: standardPorts },
    maxBytes: config.fetch.maxBytes,
    timeoutMs: config.fetch.timeoutMs,
  });
  const ingest = createIngestService({ store, fetchPage, logger });
  return {
    config,
    storage,
    store,
    actorCatalog,
    articles: createArticleFinder({ store, index: searchIndex, suggest }),
    briefings,
    searchIndex,
    threads,
    answers,
    ingest,
    jobStore: createJobStore(storage),
    close: () => storage.close(),
  };
}
