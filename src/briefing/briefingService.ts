import { resolveActors } from "../actors/actors";
import type { BriefingCache, BriefingCacheKey } from "../cache/briefingCache";
import type { ActorCatalog } from "../domain/actor";
import { type Briefing, type BriefingDraft, BriefingSchema } from "../domain/briefing";
import type { BriefingEngine, BriefingProgressListener, BriefingRequest } from "../domain/engine";
import type { Logger } from "../log";
import { requireArticle, type SlugSuggester } from "../retrieve/suggestArticles";
import type { ArticleStore } from "../store/articleStore";
import { findRequestedActor } from "../verify/verifyCitations";
import { type VerifiedBriefingResult, verifyBriefingResult } from "../verify/verifyEngineResults";
import { collectSources } from "./collectSources";

export interface BriefOptions {
  /** Actor names or aliases; the catalog's defaults when absent. */
  actors?: readonly string[] | undefined;
  /** Bypass any cached result. */
  fresh?: boolean | undefined;
  /**
   * Given drafts while a model engine reads the article (none for a cached or offline briefing): first the
   * offline reading of every actor, then each time more of the model's positions have arrived. Verified.
   */
  onDraft?: ((draft: BriefingDraft) => void) | undefined;
}

export interface BriefingService {
  brief(slug: string, options?: BriefOptions): Promise<Briefing>;
}

/** The verified result as a Briefing: the article's reference, the actors asked for, the sources cited. */
function assembleBriefing(request: BriefingRequest, result: VerifiedBriefingResult): Briefing {
  const { article, actors, sentences } = request;
  return BriefingSchema.parse({
    article: { slug: article.slug, title: article.title, url: article.url, hash: article.hash },
    engine: result.engine,
    actors: actors.map((actor) => actor.name),
    positions: result.positions,
    sources: collectSources(result.positions, sentences),
    promptVersion: result.promptVersion,
    verification: result.verification,
    usage: result.usage,
    notes: result.notes,
  });
}

/**
 * A listener that turns the engine's early readings into verified drafts: the preliminary reading for every
 * actor, replaced actor by actor by the engine's positions as they arrive. A draft that cannot be made (a
 * bug) is logged and skipped: it must never cost the briefing itself.
 */
function draftListener(
  request: BriefingRequest,
  onDraft: (draft: BriefingDraft) => void,
  logger: Logger,
): BriefingProgressListener {
  let preliminary: VerifiedBriefingResult | undefined;
  const guarded = (make: () => BriefingDraft | undefined) => {
    try {
      const draft = make();
      if (draft) onDraft(draft);
    } catch (error) {
      logger.error("briefing.draft_failed", { slug: request.article.slug, error });
    }
  };
  return {
    onPreliminary: (result) =>
      guarded(() => {
        preliminary = verifyBriefingResult(request, result);
        const { notes: _notes, ...withoutNotes } = preliminary;
        return {
          briefing: assembleBriefing(request, withoutNotes),
          pending: request.actors.map((actor) => actor.name),
        };
      }),
    onPositions: (result) =>
      guarded(() => {
        if (!preliminary) return undefined;
        const arrived = request.actors.filter((actor) =>
          result.positions.some((position) => findRequestedActor(position.actor, [actor])),
        );
        // Verified against every actor asked for, as the finished briefing is (who "both leaders" are
        // depends on them); only the actors that arrived take the model's position.
        const verified = verifyBriefingResult(request, result);
        const positions = preliminary.positions.map((position, index) =>
          arrived.some((actor) => actor.name === position.actor)
            ? (verified.positions[index] ?? position)
            : position,
        );
        const { notes: _notes, ...withoutNotes } = verified;
        return {
          briefing: assembleBriefing(request, { ...withoutNotes, positions }),
          pending: request.actors.filter((actor) => !arrived.includes(actor)).map((actor) => actor.name),
        };
      }),
  };
}

/** The orchestrator: store → cache → sentences → engine → verify → sources → a validated Briefing → cache. */
export function createBriefingService(dependencies: {
  store: ArticleStore;
  /** Names the closest stored slugs when one is unknown. */
  suggest: SlugSuggester;
  actorCatalog: ActorCatalog;
  engine: BriefingEngine;
  logger: Logger;
  /** Results of engines with a cacheIdentity (model engines) are kept here; absent: nothing is cached. */
  cache?: BriefingCache;
}): BriefingService {
  const { store, suggest, actorCatalog, engine, logger, cache } = dependencies;
  // Results of engines without a cacheIdentity (the offline engine) are the same for the same article text
  // and actors, but are not kept in the cache across restarts. Within this process the last few are kept, so
  // a burst of /brief for one article does not redo the analysis on the event loop that acks Slack (the
  // bench measured brief-bot's ack p99 at 100/s at 2-3× bare Bolt's without this).
  const recentUncached = new Map<string, Briefing>();
  const recentUncachedLimit = 32;
  return {
    async brief(slug, options = {}) {
      const article = await requireArticle(store, suggest, slug);
      const actors = resolveActors(actorCatalog, options.actors);
      const cacheKey: BriefingCacheKey | undefined =
        cache && engine.cacheIdentity
          ? {
              slug,
              articleHash: article.hash,
              actors: actors.map((actor) => actor.name),
              engine: engine.id,
              ...engine.cacheIdentity,
            }
          : undefined;
      const recentKey = cacheKey
        ? undefined
        : [engine.id, article.hash, ...actors.map((actor) => actor.name)].join("\u0000");
      const recent = recentKey && !options.fresh ? recentUncached.get(recentKey) : undefined;
      if (recent) return recent;
      const hit = cacheKey && !options.fresh ? await cache?.get(cacheKey) : undefined;
      if (hit) {
        logger.info("briefing.cached", { slug, engine: hit.engine });
        // No model call was made: this request cost no tokens.
        return { ...hit, cached: true, usage: { promptTokens: 0, completionTokens: 0, source: "estimated" } };
      }
      const sentences = await store.sentences(slug);
      const started = performance.now();
      const request = { article, sentences, actors };
      const listener = options.onDraft && draftListener(request, options.onDraft, logger);
      const result = verifyBriefingResult(request, await engine.brief(request, listener));
      logger.info("briefing.verified", {
        slug,
        engine: result.engine,
        ...result.verification,
        droppedPoints: result.dropped,
      });
      const briefing = assembleBriefing(request, result);
      logger.info("briefing.built", {
        slug,
        engine: briefing.engine,
        actors: briefing.actors,
        sources: briefing.sources.length,
        verification: briefing.verification,
        usage: briefing.usage,
        ms: Math.round(performance.now() - started),
      });
      // A fallback result (another engine than asked for) is not what the key promises: never cached.
      if (cacheKey && briefing.engine === engine.id) await cache?.put(cacheKey, briefing);
      if (recentKey && briefing.engine === engine.id) {
        recentUncached.set(recentKey, briefing);
        const oldest = recentUncached.keys().next().value;
        if (recentUncached.size > recentUncachedLimit && oldest !== undefined) recentUncached.delete(oldest);
      }
      return briefing;
    },
  };
}
