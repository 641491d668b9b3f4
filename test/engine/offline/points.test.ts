import { describe, expect, it } from "vitest";
import { mergePoints } from "../../../src/engine/offline/points";

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

  it("past the bound, lets the sentence right after the last point go on citing in it, and leaves others out", () => {
    const stated = (citation: string, text: string) => ({ kind: "stated" as const, text, citation });
    const points = mergePoints(
      [
        stated("S2", "We handed over the draft treaty."),
        stated("S3", "The draft has three parts."),
        stated("S4", "The second part sets out a truce."),
        { kind: "attributed", text: "The other side took it home.", citation: "S5" },
        stated("S7", "The exchange will cover all wounded soldiers."),
      ],
      2,
    );
    expect(points).toEqual([
      { kind: "stated", text: "We handed over the draft treaty.", citations: ["S2"] },
      { kind: "stated", text: "The draft has three parts.", citations: ["S3", "S4"] },
    ]);
  });
});
