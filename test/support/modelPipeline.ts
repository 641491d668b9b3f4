import { afterEach } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { createBriefingService } from "../../src/briefing/briefingService";
import { createBriefingCache } from "../../src/cache/briefingCache";
import { type CoreConfig, loadCoreConfig } from "../../src/config";
import { createModelEngines, type Engines } from "../../src/engine/createEngines";
import { createOfflineAnswerEngine } from "../../src/engine/offline/offlineAnswerEngine";
import { createOfflineBriefingEngine } from "../../src/engine/offline/offlineBriefingEngine";
import { createLogger, type Logger } from "../../src/log";
import { loadPromptTemplates } from "../../src/prompt/promptTemplates";
import { createArticleStore } from "../../src/store/articleStore";
import { type FakeOpenAiServer, type ScriptedReply, startFakeOpenAiServer } from "./fakeOpenAiServer";
import { memoryStorage } from "./storageBackends";

const openServers: FakeOpenAiServer[] = [];
afterEach(async () => {
  for (const server of openServers.splice(0)) await server.close();
});

/** A log that keeps its lines, to assert on what was logged. */
export function recordingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return {
    logger: createLogger({ level: "debug", write: (line) => lines.push(JSON.parse(line)) }),
    lines,
  };
}

/**
 * The briefing pipeline as the app builds it (store, catalog, engines with fallback, cache) on an in-memory
 * database, talking to a fake OpenAI-compatible server through the real SDK.
 */
export async function startModelPipeline(
  script: readonly ScriptedReply[] | Parameters<typeof startFakeOpenAiServer>[0],
  environment: Record<string, string> = {},
) {
  const server = await startFakeOpenAiServer(script);
  openServers.push(server);
  const config: CoreConfig = loadCoreConfig({
    BRIEF_DB: ":memory:",
    BRIEF_ENGINE: "openai",
    OPENAI_API_KEY: "sk-test-not-a-real-key",
    OPENAI_BASE_URL: server.baseURL,
    BRIEF_LLM_TIMEOUT_MS: "4000",
    ...environment,
  });
  const storage = memoryStorage();
  const store = await createArticleStore(storage, { seedDirectory: config.articlesDirectory });
  const actorCatalog = loadActorCatalog(config.actorCatalogPath);
  const { logger, lines } = recordingLogger();
  const engines: Engines = createModelEngines(config, loadPromptTemplates(config.promptsDirectory), logger, {
    briefing: createOfflineBriefingEngine(),
    answer: createOfflineAnswerEngine(),
  });
  const briefings = createBriefingService({
    store,
    suggest: () => [],
    actorCatalog,
    engine: engines.briefing,
    logger,
    cache: createBriefingCache(storage),
  });
  return { server, config, store, actorCatalog, engines, briefings, logLines: lines };
}
