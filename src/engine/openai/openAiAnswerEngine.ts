import type { AnswerEngine } from "../../domain/engine";
import type { Logger } from "../../log";
import { buildAnswerPrompt } from "../../prompt/buildMessages";
import type { PromptTemplates } from "../../prompt/promptTemplates";
import { verifyAnswer } from "../../verify/verifyCitations";
import { ModelAnswerOutputSchema } from "./modelOutputSchemas";
import type { StructuredModel } from "./structuredModel";

/** A model answer to a follow-up, from the retrieved passages only, verified like a briefing. */
export function createOpenAiAnswerEngine(dependencies: {
  model: StructuredModel;
  templates: PromptTemplates;
  logger: Logger;
}): AnswerEngine {
  const { model, templates, logger } = dependencies;
  const id = `openai:${model.model}`;
  return {
    id,
    async answer(request) {
      const result = await model.call({
        messages: buildAnswerPrompt(templates, request),
        schema: ModelAnswerOutputSchema,
        schemaName: "follow_up_answer",
      });
      const verified = verifyAnswer({
        found: result.value.found,
        answer: result.value.answer,
        actors: request.actors,
        citable: request.passages,
      });
      logger.info("answer.verified", {
        slug: request.article.slug,
        engine: id,
        ...verified.verification,
        droppedParts: verified.dropped,
        usage: result.usage,
        requests: result.requests,
      });
      return {
        engine: id,
        found: verified.found,
        answer: verified.answer,
        promptVersion: templates.version,
        usage: result.usage,
        verification: verified.verification,
      };
    },
  };
}
