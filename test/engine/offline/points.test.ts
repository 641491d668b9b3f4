import { describe, expect, it } from "vitest";
import { maxPointLength, mergePoints, pointTextFrom } from "../../../src/engine/offline/points";

const whole = (text: string) => ({ start: 0, end: text.length });

describe("point text", () => {
  it("trims discourse markers and dangling punctuation, keeping the sentence's words", () => {
    const sentence = "However, Ukraine contests this truce as a political stunt,";
    expect(pointTextFrom(sentence, whole(sentence))).toBe(
      "Ukraine contests this truce as a political stunt.",
    );
    const regardless = "Regardless, Putin looks forward to a trip.";
    expect(pointTextFrom(regardless, whole(regardless))).toBe("Putin looks forward to a trip.");
  });

  it("names a pronoun subject in brackets, and keeps a whole sentence's opening when asked", () => {
    const sentence = "It denied targeting residential buildings.";
    expect(pointTextFrom(sentence, whole(sentence), { subjectName: "Russia" })).toBe(
      "[Russia] denied targeting residential buildings.",
    );
    expect(pointTextFrom("Italy said so.", whole("Italy said so."), { subjectName: "Russia" })).toBe(
      "Italy said so.",
    );
    const amid = "Amid Ukraine's self-professed ceasefire violation by Russia, Putin ordered a truce.";
    expect(pointTextFrom(amid, whole(amid), { keepOpening: true })).toBe(amid);
  });

  it("drops a wire dateline", () => {
    const sentence =
      "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Tuesday he was ready.";
    expect(pointTextFrom(sentence, whole(sentence))).toBe(
      "Ukrainian President Volodymyr Zelenskyy said Tuesday he was ready.",
    );
    const reuters = "BRUSSELS (Reuters) - EU leaders agreed on a loan.";
    expect(pointTextFrom(reuters, whole(reuters))).toBe("EU leaders agreed on a loan.");
  });

  it("quotes a clause of the sentence when given one", () => {
    const sentence = "Though China maintains neutrality, Western nations accused China.";
    expect(pointTextFrom(sentence, { start: 7, end: 33 })).toBe("China maintains neutrality.");
  });

  it("keeps a long point under the Slack-friendly limit, cut at a clause", () => {
    const sentence = `${"The minister said the measures, ".repeat(12)}were final.`;
    const text = pointTextFrom(sentence, whole(sentence));
    expect(text.length).toBeLessThanOrEqual(maxPointLength);
    expect(text.endsWith("…")).toBe(true);
    expect(sentence.startsWith(text.slice(0, -1))).toBe(true);
  });
});

describe("merging points", () => {
  it("folds a near-identical point of the same kind into the first, keeping both citations", () => {
    const points = mergePoints(
      [
        { kind: "stated", text: "China maintains neutrality in the Ukraine conflict.", citation: "S3" },
        {
          kind: "stated",
          text: "China maintains neutrality in the Ukraine conflict, it said.",
          citation: "S9",
        },
        { kind: "attributed", text: "China maintains neutrality in the Ukraine conflict.", citation: "S4" },
        { kind: "stated", text: "Xi vows support for Russia.", citation: "S5" },
      ],
      10,
    );
    expect(points).toEqual([
      {
        kind: "stated",
        text: "China maintains neutrality in the Ukraine conflict.",
        citations: ["S3", "S9"],
      },
      { kind: "attributed", text: "China maintains neutrality in the Ukraine conflict.", citations: ["S4"] },
      { kind: "stated", text: "Xi vows support for Russia.", citations: ["S5"] },
    ]);
  });

  it("bounds the number of points", () => {
    const candidates = Array.from({ length: 20 }, (_, index) => ({
      kind: "stated" as const,
      text: `Statement number ${index} about topic${index}.`,
      citation: `S${index + 1}`,
    }));
    expect(mergePoints(candidates, 5)).toHaveLength(5);
  });
});
