import type { AnswerEngine, BriefingEngine } from "../domain/engine";
import { BriefError, isBriefError } from "../domain/errors";
import { type FallbackProduct, modelFailureNote } from "../domain/modelFailureNotes";
import type { Logger } from "../log";

async function withFallback<T extends { notes?: string[] }>(
  primary: () => Promise<T>,
  fallback: () => Promise<T>,
  logger: Logger,
  fields: Record<string, unknown> & { product: FallbackProduct },
): Promise<T> {
  try {
    return await primary();
  } catch (error) {
    // Model failures are expected (warn); anything else is a bug (error). Either way the user gets a result.
    const modelFailure =
      isBriefError(error, "model_unavailable") ||
      isBriefError(error, "model_auth") ||
      isBriefError(error, "model_invalid_output");
    const log = modelFailure ? logger.warn : logger.error;
    // The log keeps what the note leaves out: the error's own message (settings, validation problems).
    log("engine.fallback", {
      ...fields,
      code: error instanceof BriefError ? error.code : "internal",
      error,
      ...(error instanceof BriefError ? { details: error.details } : {}),
    });
    const result = await fallback();
    return { ...result, notes: [...(result.notes ?? []), modelFailureNote(error, fields.product)] };
  }
}

/**
 * The model briefing, or on any model failure the offline briefing with a note saying why. A caller that
 * listens gets the offline briefing first, as the preliminary reading (it takes milliseconds), and then the
 * model's positions as they arrive; that same offline briefing is the fallback.
 */
export function createFallbackBriefingEngine(
  primary: BriefingEngine,
  fallback: BriefingEngine,
  logger: Logger,
): BriefingEngine {
  return {
    id: primary.id,
    ...(primary.cacheIdentity ? { cacheIdentity: primary.cacheIdentity } : {}),
    async brief(request, listener) {
      const fields = { slug: request.article.slug, engine: primary.id, product: "briefing" } as const;
      if (!listener)
        return withFallback(
          () => primary.brief(request),
          () => fallback.brief(request),
          logger,
          fields,
        );
      const preliminary = await fallback.brief(request);
      listener.onPreliminary?.(preliminary);
      return withFallback(
        () => primary.brief(request, listener),
        async () => preliminary,
        logger,
        fields,
      );
    },
  };
}

/** The model answer, or on any model failure the offline answer with a note saying why. */
export function createFallbackAnswerEngine(
  primary: AnswerEngine,
  fallback: AnswerEngine,
  logger: Logger,
): AnswerEngine {
  return {
    id: primary.id,
    answer: (request) =>
      withFallback(
        () => primary.answer(request),
        () => fallback.answer(request),
        logger,
        { slug: request.article.slug, engine: primary.id, product: "answer" },
      ),
  };
}
