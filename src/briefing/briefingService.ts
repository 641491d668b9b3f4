import { type ActorCatalog, resolveActors } from "../actors/actors";
import type { BriefingEngine } from "../engine/types";
import type { Logger } from "../log";
import type { ArticleStore } from "../store/articleStore";
import { collectSources } from "./collectSources";
import { type Briefing, BriefingSchema } from "./schema";

export interface BriefOptions {
  /** Actor names or aliases; the catalog's defaults when absent. */
  actors?: readonly string[] | undefined;
  /** Bypass any cached result. */
  fresh?: boolean | undefined;
}

export interface BriefingService {
  brief(slug: string, options?: BriefOptions): Promise<Briefing>;
}

/** The orchestrator: store → sentences → engine → sources → a validated Briefing. */
export function createBriefingService(dependencies: {
  store: ArticleStore;
  actorCatalog: ActorCatalog;
  engine: BriefingEngine;
  logger: Logger;
}): BriefingService {
  const { store, actorCatalog, engine, logger } = dependencies;
  return {
    async brief(slug, options = {}) {
      const article = store.require(slug);
      const actors = resolveActors(actorCatalog, options.actors);
      const sentences = store.sentences(slug);
      const started = performance.now();
      const result = await engine.brief({ article, sentences, actors });
      const briefing = BriefingSchema.parse({
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
      logger.info("briefing.built", {
        slug,
        engine: briefing.engine,
        actors: briefing.actors,
        sources: briefing.sources.length,
        ms: Math.round(performance.now() - started),
      });
      return briefing;
    },
  };
}
