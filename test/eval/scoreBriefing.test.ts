import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { createBriefingService } from "../../src/briefing/briefingService";
import { projectRoot } from "../../src/config";
import type { Sentence } from "../../src/domain/article";
import type { ActorPosition, Briefing } from "../../src/domain/briefing";
import { createOfflineBriefingEngine } from "../../src/engine/offline/offlineBriefingEngine";
import { evaluateGold, goldFilesIn, ingestArticlesIn } from "../../src/eval/evaluateGold";
import type { GoldFile } from "../../src/eval/goldFile";
import { formatScore, scoreBriefing } from "../../src/eval/scoreBriefing";
import { createLogger } from "../../src/log";
import { createArticleStore } from "../../src/store/articleStore";
import { suggestSlugs } from "../../src/store/suggestSlugs";
import { memoryStorage } from "../support/storageBackends";

const fixtures = path.join(projectRoot, "test", "fixtures");

async function fixtureServices() {
  const store = await createArticleStore(memoryStorage(), {
    seedDirectory: path.join(projectRoot, "data", "articles"),
  });
  await ingestArticlesIn(path.join(fixtures, "articles"), store);
  const briefings = createBriefingService({
    store,
    suggest: suggestSlugs,
    actorCatalog: loadActorCatalog(path.join(projectRoot, "data", "actors.json")),
    engine: createOfflineBriefingEngine(),
    logger: createLogger({ level: "error" }),
  });
  return { store, briefings };
}

const services = await fixtureServices();

describe("the offline engine against every gold file", () => {
  const golds = goldFilesIn(path.join(fixtures, "eval"));

  it("has xi-putin and at least three more articles", () => {
    expect(golds.map((gold) => gold.slug)).toContain("xi-putin");
    expect(golds.length).toBeGreaterThanOrEqual(4);
  });

  for (const gold of golds) {
    it(`passes every check on ${gold.slug}`, async () => {
      const score = await evaluateGold(gold, services);
      expect(
        score.checks.filter((check) => !check.passed),
        formatScore(score),
      ).toEqual([]);
      expect(score.precision.ratio).toBeGreaterThan(0.6);
    });
  }
});

// A small hand-made case, so each check is seen to fail when it should.
const sentences: Sentence[] = [
  "Kallas said the EU would stand firm.",
  "Critics accused Beijing of helping Moscow.",
  "Tokyo was quiet.",
].map((text, index) => ({ id: `S${index + 1}`, index: index + 1, paragraph: 0, text }));

const gold: GoldFile = {
  slug: "case",
  actors: {
    EU: {
      absent: false,
      no_stated_position: false,
      stated: [{ position: "The EU stands firm", evidence: ["Kallas said the EU would stand firm."] }],
      attributed_by_others: [],
      mentioned_only: [],
    },
    China: {
      absent: false,
      no_stated_position: true,
      stated: [],
      attributed_by_others: [
        { position: "Critics accuse Beijing", evidence: ["Critics accused Beijing of helping Moscow."] },
      ],
      mentioned_only: [],
    },
    Japan: {
      absent: true,
      no_stated_position: false,
      stated: [],
      attributed_by_others: [],
      mentioned_only: [],
    },
  },
};

function briefingWith(positions: Briefing["positions"], sources?: Briefing["sources"]): Briefing {
  const cited = new Set(positions.flatMap((position) => position.points.flatMap((point) => point.citations)));
  return {
    article: { slug: "case", title: "Case", hash: "h" },
    engine: "offline",
    actors: positions.map((position) => position.actor),
    positions,
    sources:
      sources ?? sentences.filter((sentence) => cited.has(sentence.id)).map(({ id, text }) => ({ id, text })),
  };
}

const goodEu: ActorPosition = {
  actor: "EU",
  status: "stated",
  points: [{ text: "Kallas said the EU would stand firm.", kind: "stated", citations: ["S1"] }],
};
const goodChina: ActorPosition = {
  actor: "China",
  status: "attributed_only",
  points: [{ text: "Critics accused Beijing of helping Moscow.", kind: "attributed", citations: ["S2"] }],
};
const goodJapan: ActorPosition = { actor: "Japan", status: "not_mentioned", points: [] };
const good = briefingWith([goodEu, goodChina, goodJapan]);

const failedChecks = (briefing: Briefing) =>
  scoreBriefing(gold, briefing, sentences)
    .checks.filter((check) => !check.passed)
    .map((check) => `${check.subject}: ${check.check}`);

describe("the gold scorer", () => {
  it("passes a briefing that matches the gold file", () => {
    const score = scoreBriefing(gold, good, sentences);
    expect(score.passed).toBe(true);
    expect(score.precision).toEqual({ supported: 1, total: 1, ratio: 1 });
  });

  it("fails a stated position with no stated point citing its evidence", () => {
    const briefing = briefingWith([{ actor: "EU", status: "none", points: [] }, goodChina, goodJapan]);
    expect(failedChecks(briefing)).toEqual(["EU: status is stated", "EU: stated point: The EU stands firm"]);
  });

  it("fails an accusation by others presented as the actor's own position", () => {
    const briefing = briefingWith([
      goodEu,
      {
        actor: "China",
        status: "stated",
        points: [{ text: "Critics accused Beijing of helping Moscow.", kind: "stated", citations: ["S2"] }],
      },
      goodJapan,
    ]);
    expect(failedChecks(briefing)).toEqual([
      "China: status is attributed_only",
      "China: attributed point: Critics accuse Beijing",
      "China: others' claims are never presented as its own position",
    ]);
    expect(scoreBriefing(gold, briefing, sentences).precision).toEqual({
      supported: 1,
      total: 2,
      ratio: 0.5,
    });
  });

  it("fails unknown ids, misquoted sources and a wrong status for an absent actor", () => {
    const briefing = briefingWith(
      [goodEu, goodChina, { actor: "Japan", status: "none", summary: "Only mentioned [S9].", points: [] }],
      [
        { id: "S1", text: "Kallas said the EU would stand firm!" },
        { id: "S2", text: "Critics accused Beijing of helping Moscow." },
      ],
    );
    expect(failedChecks(briefing)).toEqual([
      "article: every cited id exists",
      "article: every cited sentence is a source quoting the article exactly",
      "Japan: status is not_mentioned",
    ]);
  });
});
