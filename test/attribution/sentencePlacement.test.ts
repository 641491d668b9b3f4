import { describe, expect, it } from "vitest";
import { placeBriefing } from "../../src/attribution/sentencePlacement";
import type { ActorPosition, Point } from "../../src/domain/briefing";

const stated = (text: string, citations: string[]) => ({ kind: "stated" as const, text, citations });

describe("placeBriefing", () => {
  const positions: ActorPosition[] = [
    {
      actor: "Russia",
      status: "stated",
      points: [
        stated("Putin said the talks were useful.", ["S1"]),
        stated("Putin had ordered a three-day truce.", ["S2"]),
        stated("Both leaders praised the talks.", ["S4"]),
      ],
    },
    {
      actor: "Ukraine",
      status: "stated",
      points: [
        stated("Kyiv called the truce a stunt.", ["S3"]),
        stated("Amid Ukraine's claim, Putin had ordered a three-day truce.", ["S2"]),
        {
          kind: "attributed",
          text: "Putin had ordered a three-day truce.",
          claimant: "Russia",
          citations: ["S2"],
        },
      ],
    },
    {
      actor: "China",
      status: "stated",
      points: [
        stated("Xi hailed the partnership.", ["S5"]),
        stated("Both leaders praised the talks.", ["S4"]),
      ],
    },
  ];

  it("places a sentence under the first actor that shows it; another reading waits in more, a repeat is left out", () => {
    const placement = placeBriefing(positions);
    const [russia, ukraine] = positions.map((position) => position.points as Point[]) as [Point[], Point[]];
    expect(placement.bottomLines.get("Russia")?.citations).toEqual(["S1"]);
    expect(placement.bottomLines.get("Ukraine")?.citations).toEqual(["S3"]);
    expect(placement.placeOf(russia[1] as Point)).toBe("listed");
    expect(placement.placeOf(ukraine[1] as Point)).toBe("more");
    expect(placement.placeOf(ukraine[2] as Point)).toBe("omitted");
    expect(placement.readingsOf("S2").map((reading) => reading.actor)).toEqual(["Russia", "Ukraine"]);
  });

  it("names the other speakers of a joint statement on its one reading", () => {
    const [reading, ...others] = placeBriefing(positions).readingsOf("S4");
    expect(reading).toMatchObject({ actor: "Russia", kind: "stated", alsoSaidBy: ["China"] });
    expect(others).toEqual([]);
  });

  it("places the mentions of an actor with no position after the bottom lines, once", () => {
    const placement = placeBriefing([
      ...positions,
      { actor: "EU", status: "none", summary: "Mentioned only [S1][S6].", points: [] },
    ]);
    expect(placement.mentions.get("EU")).toEqual(["S6"]);
    expect(placement.readingsOf("S6")).toEqual([{ actor: "EU", kind: "mentioned", alsoSaidBy: [] }]);
  });
});
