import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import { articleReading, ownStatementCheck } from "../../src/attribution/ownStatementCheck";
import { projectRoot } from "../../src/config";
import type { Actor } from "../../src/domain/actor";
import {
  attributedOnlySummary,
  noStatementAnswer,
  noStatementSummary,
  nothingAboutAnswer,
  notMentionedSummary,
} from "../../src/domain/statusLines";
import { splitSentences } from "../../src/sentences/splitSentences";
import { parseArticleText } from "../../src/store/articleText";
import { actorVocabulary, supportRatio } from "../../src/verify/contentOverlap";
import {
  minimumSupportRatio,
  notFoundAnswerText,
  verifyAnswer,
  verifyPositions,
} from "../../src/verify/verifyCitations";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const actors = resolveActors(catalog);
const sentences = splitSentences(
  parseArticleText(fs.readFileSync(path.join(projectRoot, "data", "articles", "xi-putin.txt"), "utf8"))
    .paragraphs,
);
const textOf = (id: string) => sentences.find((sentence) => sentence.id === id)?.text ?? "";
const vocabulary = actorVocabulary(catalog.actors);

describe("content overlap", () => {
  // Faithful paraphrases a model writes, and points that cite a sentence not carrying them.
  const faithful: Array<[string, string]> = [
    ["Xi pledges continued support for Russia.", "S3"],
    [
      "Xi Jinping backed Russia during a visit to Moscow for the anniversary of the end of World War II.",
      "S2",
    ],
    [
      "Putin calls the Russian-Chinese foreign policy partnership the main stabilising force in the world.",
      "S4",
    ],
    ["Putin stresses that the relationship is built on equality.", "S5"],
    ["Ukraine dismisses the truce as a political stunt and says Russia broke it within hours.", "S14"],
    ["Russia's military denies violating the ceasefire and says Ukrainian forces keep attacking.", "S16"],
    ["Western nations accuse China of propping up Russia's economy and diplomacy.", "S11"],
    ["China says it is neutral in the conflict.", "S11"],
    ["Putin ordered a three-day ceasefire for the celebrations.", "S13"],
    ["Putin plans a return visit to China in September.", "S17"],
  ];
  const unrelated: Array<[string, string]> = [
    ["Ukraine calls the truce a political stunt.", "S2"],
    ["China supplies weapons to Russia.", "S12"],
    ["The EU will impose new sanctions on Russia.", "S21"],
    ["Russia threatens to use nuclear weapons.", "S4"],
    ["Putin looks forward to a trip to China.", "S3"],
  ];

  it.each(faithful)("keeps the faithful paraphrase %j", (text, id) => {
    expect(supportRatio(text, [textOf(id)], vocabulary)).toBeGreaterThanOrEqual(minimumSupportRatio);
  });

  it.each(unrelated)("rejects %j citing an unrelated sentence", (text, id) => {
    expect(supportRatio(text, [textOf(id)], vocabulary)).toBeLessThan(minimumSupportRatio);
  });

  it("gives a point made only of actor names nothing to stand on", () => {
    expect(supportRatio("China and Russia.", [textOf("S3")], vocabulary)).toBe(0);
  });
});

describe("verifyPositions", () => {
  const verify = (positions: Parameters<typeof verifyPositions>[0]["positions"]) =>
    verifyPositions({
      positions,
      actors,
      citable: sentences,
      sentences,
      carriesOwnStatement: ownStatementCheck,
    });

  it("keeps a stated actor's summary as its gist only with sentences that carry it and its own statement", () => {
    const points = [
      { text: "Xi vows continued support for Russia.", kind: "stated" as const, citations: ["S3"] },
      {
        text: "Both leaders have spoken highly of their discussions.",
        kind: "stated" as const,
        citations: ["S6"],
      },
    ];
    const gistOf = (summary: string, gistCitations?: string[]) =>
      verify([{ actor: "China", status: "stated", summary, ...(gistCitations && { gistCitations }), points }])
        .positions[0];
    // A model summary without citations: the kept stated sentence that carries it.
    expect(gistOf("China pledges continued support for Russia.")).toMatchObject({
      summary: "China pledges continued support for Russia.",
      gistCitations: ["S3"],
    });
    // Cited by a sentence that does not carry it, or carried by no kept sentence: dropped, so the bottom
    // line falls back to the best stated point.
    expect(gistOf("Xi vows continued support for Russia.", ["S22"])).not.toHaveProperty("summary");
    expect(gistOf("China will send troops to the front.")).not.toHaveProperty("summary");
    expect(gistOf("China will send troops to the front.")).not.toHaveProperty("gistCitations");
  });

  it("names an attributed point's claimant from the attribution reading, for any engine", () => {
    const result = verifyPositions({
      positions: [
        {
          actor: "China",
          status: "stated",
          points: [
            { text: "Xi vows continued support for Russia.", kind: "stated", citations: ["S3"] },
            { text: "The West accuses China of bolstering Russia.", kind: "attributed", citations: ["S11"] },
          ],
        },
      ],
      actors,
      citable: sentences,
      sentences,
      ...articleReading(sentences, actors),
    });
    expect(result.positions[0]?.points.map((point) => point.claimant)).toEqual([
      undefined,
      "Western nations",
    ]);
  });

  it("drops unknown ids, keeps the valid ones, and drops a point left without a citation", () => {
    const result = verify([
      {
        actor: "China",
        status: "stated",
        points: [
          { text: "Xi vows continued support for Russia.", kind: "stated", citations: ["S3", "S999"] },
          { text: "China sends troops.", kind: "stated", citations: ["S998"] },
        ],
      },
    ]);
    expect(result.verification).toEqual({ kept: 1, dropped: 1, relabelled: 0 });
    expect(result.positions[0]?.points[0]?.citations).toEqual(["S3"]);
    expect(result.dropped).toEqual([
      { actor: "China", text: "China sends troops.", problem: "no_valid_citation" },
    ]);
  });

  it("re-labels a stated point resting only on others' claims as attributed", () => {
    // S11 carries what Western nations claim about China, not China's own statement.
    const result = verifyPositions({
      positions: [
        {
          actor: "China",
          status: "stated",
          points: [
            {
              text: "China bolsters Russia's economy and diplomatic standing.",
              kind: "stated",
              citations: ["S11"],
            },
          ],
        },
      ],
      actors,
      citable: sentences,
      sentences,
      carriesOwnStatement: (sentence) => sentence.id !== "S11",
    });
    expect(result.positions[0]?.points[0]?.kind).toBe("attributed");
    expect(result.positions[0]?.status).toBe("attributed_only");
    expect(result.verification).toEqual({ kept: 1, dropped: 0, relabelled: 1 });
  });

  it("gives every requested actor a position, in order, with an honest line when nothing is left", () => {
    const result = verify([
      {
        actor: "European Union",
        status: "stated",
        points: [{ text: "x", kind: "stated", citations: ["S1"] }],
      },
      {
        actor: "Japan",
        status: "stated",
        points: [{ text: "Japan objects.", kind: "stated", citations: ["S2"] }],
      },
    ]);
    expect(result.positions.map((position) => position.actor)).toEqual(["China", "Russia", "Ukraine", "EU"]);
    expect(result.positions[3]).toMatchObject({ actor: "EU", status: "none", points: [] });
    expect(result.positions[3]?.summary).toMatch(/reports no position/);
    expect(result.verification.dropped).toBe(2);
  });

  it("drops a summary its kept points do not carry", () => {
    const result = verify([
      {
        actor: "Ukraine",
        status: "stated",
        summary: "Ukraine demands NATO membership and sanctions.",
        points: [
          { text: "Ukraine contests the truce as a political stunt.", kind: "stated", citations: ["S14"] },
        ],
      },
    ]);
    expect(result.positions[2]?.summary).toBeUndefined();
    expect(result.positions[2]?.points).toHaveLength(1);
  });
});

describe("status lines", () => {
  const verify = (positions: Parameters<typeof verifyPositions>[0]["positions"], citable = sentences) =>
    verifyPositions({ positions, actors, citable, sentences, carriesOwnStatement: ownStatementCheck });
  const eu = actors[3] as Actor;

  it("keeps an engine's fixed line when it is true of the verified position, and only then", () => {
    const line = noStatementSummary(eu, ["S10"]);
    const kept = verify([{ actor: "EU", status: "none", summary: line, points: [] }]);
    expect(kept.positions[3]).toEqual({ actor: "EU", status: "none", summary: line, points: [] });

    // Citing a sentence the engine was not shown, or calling a mentioned actor not mentioned: the honest line.
    const unshown = verify(
      [{ actor: "EU", status: "none", summary: line, points: [] }],
      sentences.filter((sentence) => sentence.id !== "S10"),
    );
    expect(unshown.positions[3]?.summary).toMatch(/reports no position/);
    const china = verify([
      { actor: "China", status: "not_mentioned", summary: notMentionedSummary, points: [] },
    ]);
    expect(china.positions[0]).toMatchObject({
      status: "none",
      summary: expect.stringMatching(/mentions China/),
    });
  });

  it("keeps the attributed-only line only while the verified status is attributed_only", () => {
    const russia = actors[1] as Actor;
    const point = {
      text: "Russian forces reportedly attacked the Sumy region with guided missiles.",
      kind: "attributed" as const,
      citations: ["S15"],
    };
    const attributed = verify([
      { actor: "Russia", status: "attributed_only", summary: attributedOnlySummary(russia), points: [point] },
    ]);
    expect(attributed.positions[1]?.summary).toBe(attributedOnlySummary(russia));
    const stated = verify([
      {
        actor: "Russia",
        status: "stated",
        summary: attributedOnlySummary(russia),
        points: [
          point,
          { text: "Putin looks forward to a trip to China.", kind: "stated", citations: ["S17"] },
        ],
      },
    ]);
    expect(stated.positions[1]?.status).toBe("stated");
    expect(stated.positions[1]?.summary).toBeUndefined();
  });
});

describe("verifyAnswer", () => {
  const passages = sentences.filter((sentence) => ["S13", "S14", "S15"].includes(sentence.id));

  it("keeps supported parts and drops ids outside the passages and unrelated citations", () => {
    const result = verifyAnswer({
      found: true,
      actors: resolveActors(catalog, ["Ukraine"]),
      citable: passages,
      answer: [
        { text: "Ukraine calls the truce a political stunt.", citations: ["S14"] },
        { text: "Xi vows continued support for Russia.", citations: ["S3"] },
        { text: "Ukraine will join the EU next year.", citations: ["S13"] },
      ],
    });
    expect(result.found).toBe(true);
    expect(result.answer).toEqual([
      { text: "Ukraine calls the truce a political stunt.", citations: ["S14"] },
    ]);
    expect(result.verification).toEqual({ kept: 1, dropped: 2, relabelled: 0 });
  });

  it("turns an answer with nothing left, or found: false, into the fixed not-found line", () => {
    const empty = verifyAnswer({
      found: true,
      actors: [],
      citable: passages,
      answer: [{ text: "Japan supports Ukraine.", citations: ["S999"] }],
    });
    expect(empty).toMatchObject({ found: false, answer: [{ text: notFoundAnswerText, citations: [] }] });
    const notFound = verifyAnswer({
      found: false,
      actors: [],
      citable: passages,
      answer: [{ text: "The article does not say, but Japan surely agrees.", citations: [] }],
    });
    expect(notFound.answer).toEqual([{ text: notFoundAnswerText, citations: [] }]);
  });

  it("keeps a fixed status line for the asked actors, found or not, and no other uncited text", () => {
    const japan = { ...actors[0], name: "Japan", aliases: ["Japan"], referredToAs: "Japan" } as Actor;
    const notFound = verifyAnswer({
      found: false,
      actors: [japan],
      citable: passages,
      answer: [{ text: nothingAboutAnswer([japan]), citations: [] }],
    });
    expect(notFound.answer).toEqual([
      { text: "The article does not say anything about Japan.", citations: [] },
    ]);
    const otherActor = verifyAnswer({
      found: false,
      actors: [actors[2] as Actor],
      citable: passages,
      answer: [{ text: nothingAboutAnswer([japan]), citations: [] }],
    });
    expect(otherActor.answer).toEqual([{ text: notFoundAnswerText, citations: [] }]);
    const ukraine = actors[2] as Actor;
    const found = verifyAnswer({
      found: true,
      actors: [ukraine],
      citable: passages,
      answer: [{ text: noStatementAnswer(ukraine), citations: ["S14", "S999"] }],
    });
    expect(found).toMatchObject({
      found: true,
      answer: [{ text: noStatementAnswer(ukraine), citations: ["S14"] }],
      verification: { kept: 0, dropped: 0, relabelled: 0 },
    });
  });
});
