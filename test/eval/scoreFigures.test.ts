import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/domain/article";
import type { Briefing, Point } from "../../src/domain/briefing";
import type { GoldActor, GoldFile } from "../../src/eval/goldFile";
import { scoreBriefing } from "../../src/eval/scoreBriefing";
import { addFigures, formatFigures, noFigures } from "../../src/eval/scoreFigures";

const texts = [
  "Kallas said the EU would keep its sanctions.",
  "Kallas also said the bloc would send more shells.",
  "A think-tank scholar in Beijing said China would never arm Moscow.",
  "Ukrainian officials accused Russia of shelling a school.",
  "The Kremlin denied shelling the school.",
  "Tokyo was quiet.",
  "The Foreign Ministry in Kyiv said the talks had failed and the envoy said.",
] as const;
const sentences: Sentence[] = texts.map((text, index) => ({
  id: `S${index + 1}`,
  index: index + 1,
  paragraph: 0,
  text,
}));

const actor = (fields: Partial<GoldActor>): GoldActor => ({
  absent: false,
  no_stated_position: false,
  stated: [],
  attributed_by_others: [],
  mentioned_only: [],
  ...fields,
});

const gold: GoldFile = {
  slug: "case",
  actors: {
    EU: actor({
      stated: [
        { position: "keeps sanctions", evidence: [texts[0]] },
        { position: "sends shells", evidence: [texts[1]] },
      ],
    }),
    China: actor({ no_stated_position: true, mentioned_only: [texts[2]] }),
    Russia: actor({
      stated: [{ position: "denies shelling", evidence: [texts[4]] }],
      attributed_by_others: [{ position: "Ukraine accuses it", evidence: [texts[3]] }],
    }),
    Ukraine: actor({
      // A labeller's sentence the splitter cut in two still finds both pieces.
      stated: [{ position: "accuses Russia", evidence: [`${texts[3]} Nothing else.`] }],
    }),
    Japan: actor({ absent: true }),
  },
};

const point = (kind: Point["kind"], ...citations: string[]): Point => ({ text: "A point.", kind, citations });

function score(positions: Record<string, Point[]>) {
  const briefing: Briefing = {
    article: { slug: "case", title: "Case", hash: "h" },
    engine: "offline",
    actors: Object.keys(positions),
    positions: Object.entries(positions).map(([name, points]) => ({
      actor: name,
      status: points.some((candidate) => candidate.kind === "stated") ? "stated" : "none",
      points,
    })),
    sources: [],
  };
  return scoreBriefing(gold, briefing, sentences);
}

describe("the figures a gold file gives", () => {
  it("counts the stated positions covered and the stated points citing the actor's own evidence", () => {
    const { figures, misfiled } = score({
      EU: [point("stated", "S1"), point("stated", "S1", "S6")],
      Russia: [point("stated", "S5"), point("attributed", "S4")],
      Ukraine: [point("stated", "S4")],
    });
    expect(figures).toMatchObject({
      statedPositions: 4,
      statedCovered: 3,
      statedPoints: 4,
      statedPointsSupported: 4,
      claimsAsStated: 0,
      falseStated: 0,
      attributionErrors: 0,
    });
    expect(misfiled).toEqual([]);
  });

  it("counts a stated point resting only on others' claims as a claim filed as stated", () => {
    const { figures, misfiled } = score({ Russia: [point("stated", "S4")] });
    expect(figures).toMatchObject({ claimsAsStated: 1, attributionErrors: 1, statedPointsSupported: 0 });
    expect(misfiled.map((entry) => entry.why)).toEqual(["claim as stated"]);
  });

  it("counts every stated point of an actor that states nothing as false stated, not as an attribution error", () => {
    const { figures, misfiled } = score({
      China: [point("stated", "S3")],
      Japan: [point("stated", "S6"), point("stated", "S6")],
    });
    expect(figures).toMatchObject({ falseStated: 3, falseStatedActors: 2, attributionErrors: 0 });
    expect(misfiled.map((entry) => `${entry.actor} ${entry.why}`)).toEqual([
      "China false stated",
      "Japan false stated",
      "Japan false stated",
    ]);
  });

  it("counts another actor's statement filed as stated, and an own statement filed as a claim", () => {
    const { figures, misfiled } = score({
      EU: [point("stated", "S5")],
      Russia: [point("attributed", "S5")],
      Ukraine: [point("stated", "S7")],
    });
    // S7 is in no gold list: outside the gold (precision), but no evidence of a misfiling.
    expect(figures).toMatchObject({ attributionErrors: 2, statedPoints: 2, statedPointsSupported: 0 });
    expect(misfiled.map((entry) => `${entry.actor} ${entry.why}`)).toEqual([
      "EU misattributed stated",
      "Russia statement as claim",
    ]);
  });

  it("sums over articles and prints one line", () => {
    const { figures } = score({ EU: [point("stated", "S1")], Russia: [point("stated", "S4")] });
    const total = addFigures(addFigures(noFigures, figures), figures);
    expect(total).toMatchObject({ statedPositions: 8, statedCovered: 2, claimsAsStated: 2 });
    expect(formatFigures(total)).toBe(
      "stated recall 2/8 (0.25) · claims as stated 2 · false stated 0 (0 actors) · attribution errors 2 · precision 2/4 (0.50)",
    );
  });
});
