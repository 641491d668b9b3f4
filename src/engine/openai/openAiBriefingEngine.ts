import type { ActorPosition } from "../../domain/briefing";
import type { BriefingEngine, BriefingProgressListener } from "../../domain/engine";
import { buildBriefingPrompt } from "../../prompt/buildMessages";
import type { PromptTemplates } from "../../prompt/promptTemplates";
import { ModelBriefingOutputSchema, ModelBriefingReplySchema, readModelPosition } from "./modelOutputSchemas";
import { createStreamedArrayItems } from "./streamedArrayItems";
import type { StructuredModel } from "./structuredModel";

/**
 * The reply's text as it streams → each actor's position once its object is complete. `onContent` is given
 * the whole text so far each time; only what is new is read.
 */
function positionsAsTheyArrive(onPositions: (positions: ActorPosition[]) => void) {
  const items = createStreamedArrayItems();
  const positions: ActorPosition[] = [];
  let read = 0;
  return (contentSoFar: string) => {
    const arrived = items.push(contentSoFar.slice(read)).flatMap((item) => readModelPosition(item) ?? []);
    read = contentSoFar.length;
    if (arrived.length === 0) return;
    positions.push(...arrived);
    onPositions([...positions]);
  };
}

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
    async brief(request, listener?: BriefingProgressListener) {
      const prompt = buildBriefingPrompt(templates, request, maxPromptTokens);
      const shownSentenceIds = [...prompt.sentIds];
      const onPositions = listener?.onPositions?.bind(listener);
      const result = await model.call({
        messages: prompt.messages,
        schema: ModelBriefingReplySchema,
        requestedSchema: ModelBriefingOutputSchema,
        schemaName: "briefing_positions",
        ...(onPositions && {
          onContent: positionsAsTheyArrive((positions) =>
            onPositions({ engine: id, positions, shownSentenceIds, promptVersion: templates.version }),
          ),
        }),
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
        shownSentenceIds,
        promptVersion: templates.version,
        usage: result.usage,
        ...(notes ? { notes } : {}),
      };
    },
  };
}
