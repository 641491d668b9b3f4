import type { BriefingEngine } from "../../domain/engine";
import { buildBriefingPrompt } from "../../prompt/buildMessages";
import type { PromptTemplates } from "../../prompt/promptTemplates";
import { ModelBriefingOutputSchema, ModelBriefingReplySchema } from "./modelOutputSchemas";
import type { StructuredModel } from "./structuredModel";

/** A model briefing: prompt from prompts/, structured output checked by zod; verify/ checks every citation. */
export function createOpenAiBriefingEngine(dependencies: {
  model: StructuredModel;
  templates: PromptTemplates;
  maxPromptTokens: number;
}): BriefingEngine {
  const { model, templates, maxPromptTokens } = dependencies;
  const id = `openai:${model.model}`;
  return {
    id,
    cacheIdentity: { model: model.model, promptVersion: templates.version },
    async brief(request) {
      const prompt = buildBriefingPrompt(templates, request, maxPromptTokens);
      const result = await model.call({
        messages: prompt.messages,
        schema: ModelBriefingReplySchema,
        requestedSchema: ModelBriefingOutputSchema,
        schemaName: "briefing_positions",
      });
      const notes =
        prompt.omitted > 0
          ? [
              `Long article: the model was sent the ${prompt.sentIds.size} sentences that mention the actors and their neighbours; ${prompt.omitted} others were left out.`,
            ]
          : undefined;
      return {
        engine: id,
        positions: result.value.positions,
        shownSentenceIds: [...prompt.sentIds],
        promptVersion: templates.version,
        usage: result.usage,
        ...(notes ? { notes } : {}),
      };
    },
  };
}
