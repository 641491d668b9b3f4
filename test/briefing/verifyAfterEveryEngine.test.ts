import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { createAnswerService } from "../../src/answer/answerService";
import { createBriefingService } from "../../src/briefing/briefingService";
import { projectRoot } from "../../src/config";
import type { AnswerEngine, BriefingEngine } from "../../src/domain/engine";
import { createOfflineBriefingEngine } from "../../src/engine/offline/offlineBriefingEngine";
import { silentLogger } from "../../src/log";
import { createSearchIndex } from "../../src/retrieve/searchIndex";
import { createArticleStore } from "../../src/store/articleStore";
import { suggestSlugs } from "../../src/store/suggestSlugs";
import { createThreadMemory } from "../../src/threads/threadMemory";
import { memoryStorage } from "../support/storageBackends";

const actorCatalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));

async function servicesWith(engines: { briefing: BriefingEngine; answer?: AnswerEngine }) {
  const storage = memoryStorage();
  const store = await createArticleStore(storage, {
    seedDirectory: path.join(projectRoot, "data", "articles"),
  });
  const briefings = createBriefingService({
    store,
    suggest: suggestSlugs,
    actorCatalog,
    engine: engines.briefing,
    logger: silentLogger,
  });
  const answers = engines.answer
    ? createAnswerService({
        store,
        suggest: suggestSlugs,
        actorCatalog,
        searchIndex: createSearchIndex(storage),
        threads: createThreadMemory(storage, { maxTurns: 5, tokenBudget: 1000, maxAgeDays: 1 }),
        engine: engines.answer,
        logger: silentLogger,
      })
    : undefined;
  return { briefings, answers };
}

// xi-putin: S4 is Putin's own words, S15 a report ("reportedly") of what Russian forces did.
describe("the services verify every engine's output, not only the model's", () => {
  it("keeps an offline briefing as the engine wrote it, and says it was checked", async () => {
    const offline = createOfflineBriefingEngine();
    const { briefings } = await servicesWith({ briefing: offline });
    const briefing = await briefings.brief("xi-putin");
    expect(briefing.verification?.dropped).toBe(0);
    expect(briefing.verification?.relabelled).toBe(0);
    expect(briefing.verification?.kept).toBe(
      briefing.positions.reduce((total, position) => total + position.points.length, 0),
    );
  });

  it("drops a citation of a sentence the engine was not shown, and re-labels a claim passed off as stated", async () => {
    const engine: BriefingEngine = {
      id: "offline",
      brief: async () => ({
        engine: "offline",
        shownSentenceIds: ["S15"],
        positions: [
          {
            actor: "Russia",
            status: "stated",
            points: [
              {
                text: "Putin calls the Russian-Chinese accord the main stabilizing force in the world.",
                kind: "stated",
                citations: ["S4"],
              },
              {
                text: "Russian forces attacked the Sumy region with guided missiles.",
                kind: "stated",
                citations: ["S15"],
              },
            ],
          },
        ],
      }),
    };
    const briefing = await (await servicesWith({ briefing: engine })).briefings.brief("xi-putin", {
      actors: ["Russia"],
    });
    expect(briefing.verification).toEqual({ kept: 1, dropped: 1, relabelled: 1 });
    expect(briefing.positions).toEqual([
      expect.objectContaining({
        actor: "Russia",
        status: "attributed_only",
        points: [expect.objectContaining({ kind: "attributed", citations: ["S15"] })],
      }),
    ]);
  });

  it("turns an answer citing no sentence it was shown into the fixed not-found line", async () => {
    const offline = createOfflineBriefingEngine();
    const answer: AnswerEngine = {
      id: "offline",
      answer: async () => ({
        engine: "offline",
        found: true,
        answer: [{ text: "Xi vows continued support for Russia.", citations: ["S3"] }],
        shownSentenceIds: [],
      }),
    };
    const result = await (await servicesWith({ briefing: offline, answer })).answers?.ask(
      "xi-putin",
      "What did Xi say?",
    );
    expect(result).toMatchObject({
      found: false,
      answer: [{ text: "The article does not say.", citations: [] }],
      verification: { kept: 0, dropped: 1, relabelled: 0 },
    });
  });
});
