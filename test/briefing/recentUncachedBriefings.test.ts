import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { createBriefingService } from "../../src/briefing/briefingService";
import { projectRoot } from "../../src/config";
import type { BriefingEngine } from "../../src/domain/engine";
import { createOfflineBriefingEngine } from "../../src/engine/offline/offlineBriefingEngine";
import { silentLogger } from "../../src/log";
import { createArticleStore } from "../../src/store/articleStore";
import { suggestSlugs } from "../../src/store/suggestSlugs";
import { memoryStorage } from "../support/storageBackends";

/** The offline engine, counting how often it really runs. */
function countingOfflineEngine(): BriefingEngine & { runs: number } {
  const offline = createOfflineBriefingEngine();
  const counting = {
    id: offline.id,
    runs: 0,
    brief: (request: Parameters<BriefingEngine["brief"]>[0]) => {
      counting.runs += 1;
      return offline.brief(request);
    },
  };
  return counting;
}

async function servicesWith(engine: BriefingEngine) {
  const store = await createArticleStore(memoryStorage(), {
    seedDirectory: path.join(projectRoot, "data", "articles"),
  });
  const briefings = createBriefingService({
    store,
    suggest: suggestSlugs,
    actorCatalog: loadActorCatalog(path.join(projectRoot, "data", "actors.json")),
    engine,
    logger: silentLogger,
  });
  return { store, briefings };
}

describe("briefings of an engine without a cache identity", () => {
  it("are remembered in the process: a repeat does not run the engine again", async () => {
    const engine = countingOfflineEngine();
    const { briefings } = await servicesWith(engine);
    const first = await briefings.brief("xi-putin");
    const second = await briefings.brief("xi-putin");
    expect(second).toEqual(first);
    expect(engine.runs).toBe(1);
  });

  it("are rebuilt when asked fresh, for other actors, or when the article text changes", async () => {
    const engine = countingOfflineEngine();
    const { store, briefings } = await servicesWith(engine);
    await briefings.brief("xi-putin");
    await briefings.brief("xi-putin", { fresh: true });
    expect(engine.runs).toBe(2);
    await briefings.brief("xi-putin", { actors: ["China", "Russia"] });
    expect(engine.runs).toBe(3);
    await store.ingestText("Changed headline\n\nChina said it would talk to Russia.", { slug: "xi-putin" });
    const changed = await briefings.brief("xi-putin");
    expect(engine.runs).toBe(4);
    expect(changed.article.title).toBe("Changed headline");
  });
});
