import { describe, expect, it } from "vitest";
import type { ActorPosition } from "../../src/domain/briefing";
import { digestBriefing } from "../../src/render/briefingDigest";

const stated = (text: string, citations: string[]) => ({ kind: "stated" as const, text, citations });

describe("digestBriefing", () => {
  it("keeps a sentence under the actor it is placed under when that actor's list is full", () => {
    const positions: ActorPosition[] = [
      {
        actor: "Russia",
        status: "stated",
        points: [
          stated("Putin said the talks were useful.", ["S1"]),
          stated("Lavrov said sanctions had failed.", ["S2"]),
          stated("Putin had ordered a three-day truce.", ["S3"]),
        ],
      },
      {
        actor: "Ukraine",
        status: "stated",
        points: [
          stated("Kyiv called the truce a stunt.", ["S4"]),
          stated("Amid Ukraine's claim, Putin had ordered a three-day truce.", ["S3"]),
        ],
      },
    ];
    const [russia, ukraine] = digestBriefing({ positions }, 1).actors;
    expect(russia?.says.map((point) => point.citations)).toEqual([["S2"]]);
    expect(russia?.more.says.map((point) => point.citations)).toEqual([["S3"]]);
    // Ukraine's reading of S3 is another reading of a sentence placed under Russia, whatever the limit.
    expect(ukraine?.says).toEqual([]);
    expect(ukraine?.more.says.map((point) => point.citations)).toEqual([["S3"]]);
    expect(digestBriefing({ positions }).actors[1]?.says).toEqual([]);
  });
});
