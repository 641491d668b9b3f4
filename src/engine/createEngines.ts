import type { CoreConfig } from "../config";
import type { AnswerEngine, BriefingEngine } from "../domain/engine";
import type { Logger } from "../log";
import { loadPromptTemplates } from "../prompt/promptTemplates";
import { createFallbackAnswerEngine, createFallbackBriefingEngine } from "./fallbackEngines";
import { createOpenAiAnswerEngine } from "./openai/openAiAnswerEngine";
import { createOpenAiBriefingEngine } from "./openai/openAiBriefingEngine";
import { createStructuredModel } from "./openai/structuredModel";

export interface Engines {
  briefing: BriefingEngine;
  answer: AnswerEngine;
}

/**
 * The engines config.engine asks for. The model engines share one client and one concurrency cap, and fall
 * back to the offline engines on any model failure.
 */
export function createEngines(config: CoreConfig, logger: Logger, offline: Engines): Engines {
  if (config.engine === "offline") return offline;
  const templates = loadPromptTemplates();
  const model = createStructuredModel(
    {
      model: config.model,
      apiKey: config.openai.apiKey,
      baseURL: config.openai.baseURL,
      timeoutMs: config.llmTimeoutMs,
      maxOutputTokens: config.maxOutputTokens,
      concurrency: config.modelConcurrency,
    },
    templates,
    logger,
  );
  const briefing = createOpenAiBriefingEngine({ model, templates, maxPromptTokens: config.maxPromptTokens });
  const answer = createOpenAiAnswerEngine({ model, templates });
  return {
    briefing: createFallbackBriefingEngine(briefing, offline.briefing, logger),
    answer: createFallbackAnswerEngine(answer, offline.answer, logger),
  };
}
