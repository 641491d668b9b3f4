import type { AnswerEngine } from "../../domain/engine";
import { buildAnswerPrompt } from "../../prompt/buildMessages";
import type { PromptTemplates } from "../../prompt/promptTemplates";
import { ModelAnswerOutputSchema, ModelAnswerReplySchema } from "./modelOutputSchemas";
import type { StructuredModel } from "./structuredModel";

/** A model answer to a follow-up, from the retrieved passages only; verify/ checks it like a briefing. */
export function createOpenAiAnswerEngine(dependencies: {
  model: StructuredModel;
  templates: PromptTemplates;
}): AnswerEngine {
  const { model, templates } = dependencies;
  const id = `openai:${model.model}`;
  return {
    id,
    async answer(request) {
      const result = await model.call({
        messages: buildAnswerPrompt(templates, request),
        schema: ModelAnswerReplySchema,
        requestedSchema: ModelAnswerOutputSchema,
        schemaName: "follow_up_answer",
      });
      return {
        engine: id,
        found: result.value.found,
        answer: result.value.answer,
        shownSentenceIds: request.passages.map((sentence) => sentence.id),
        promptVersion: templates.version,
        usage: result.usage,
      };
    },
  };
}
