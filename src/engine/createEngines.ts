import type { CoreConfig } from "../config";
import type { AnswerEngine, BriefingEngine } from "../domain/engine";
import type { Logger } from "../log";
import type { PromptTemplates } from "../prompt/promptTemplates";
import { createFallbackAnswerEngine, createFallbackBriefingEngine } from "./fallbackEngines";
import { createOpenAiAnswerEngine } from "./openai/openAiAnswerEngine";
import { createOpenAiBriefingEngine } from "./openai/openAiBriefingEngine";
import { createStructuredModel } from "./openai/structuredModel";

export interface Engines {
  briefing: BriefingEngine;
  answer: AnswerEngine;
}

/**
 * The model engines, on the prompt files the composition root loaded. They share one client and one
 * concurrency cap, and fall back to the offline engines on any model failure.
 */
export function createModelEngines(
  config: CoreConfig,
  templates: PromptTemplates,
  logger: Logger,
  offline: Engines,
): Engines {
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
