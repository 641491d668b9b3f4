import type { OwnStatementCheck } from "../../attribution/ownStatementCheck";
import type { BriefingEngine } from "../../domain/engine";
import type { Logger } from "../../log";
import { buildBriefingPrompt } from "../../prompt/buildMessages";
import type { PromptTemplates } from "../../prompt/promptTemplates";
import { verifyPositions } from "../../verify/verifyCitations";
import { ModelBriefingOutputSchema } from "./modelOutputSchemas";
import type { StructuredModel } from "./structuredModel";

/** A model briefing: prompt from prompts/, structured output checked by zod, every citation verified in code. */
export function createOpenAiBriefingEngine(dependencies: {
  model: StructuredModel;
  templates: PromptTemplates;
  maxPromptTokens: number;
  carriesOwnStatement: OwnStatementCheck;
  logger: Logger;
}): BriefingEngine {
  const { model, templates, maxPromptTokens, carriesOwnStatement, logger } = dependencies;
  const id = `openai:${model.model}`;
  return {
    id,
    cacheIdentity: { model: model.model, promptVersion: templates.version },
    async brief(request) {
      const prompt = buildBriefingPrompt(templates, request, maxPromptTokens);
      const result = await model.call({
        messages: prompt.messages,
        schema: ModelBriefingOutputSchema,
        schemaName: "briefing_positions",
      });
      const verified = verifyPositions({
        positions: result.value.positions,
        actors: request.actors,
        citable: request.sentences.filter((sentence) => prompt.sentIds.has(sentence.id)),
        sentences: request.sentences,
        carriesOwnStatement,
      });
      logger.info("briefing.verified", {
        slug: request.article.slug,
        engine: id,
        ...verified.verification,
        droppedPoints: verified.dropped,
        usage: result.usage,
        requests: result.requests,
      });
      const notes =
        prompt.omitted > 0
          ? [
              `Long article: the model was sent the ${prompt.sentIds.size} sentences that mention the actors and their neighbours; ${prompt.omitted} others were left out.`,
            ]
          : undefined;
      return {
        engine: id,
        positions: verified.positions,
        promptVersion: templates.version,
        usage: result.usage,
        verification: verified.verification,
        ...(notes ? { notes } : {}),
      };
    },
  };
}
