import { describe, expect, it } from "vitest";
import { gistOf, gistPoint, maxGistWords } from "../../src/attribution/gist";
import { wordsIn } from "../../src/attribution/sentenceParts";
import type { ActorPosition } from "../../src/domain/briefing";

describe("gistOf", () => {
  it("keeps the main clause of a point, without its leading subordinate clause, in the point's own words", () => {
    expect(
      gistOf("Amid international unilateralism and hegemonic bullying by the US, Xi vows continued support."),
    ).toBe("Xi vows continued support.");
    expect(gistOf("Though the talks stalled, China maintains a stance of neutrality.")).toBe(
      "China maintains a stance of neutrality.",
    );
    // No opener: unchanged, however many commas.
    const plain = "Ukraine contests this truce as a political stunt, alleging Russia had breached it.";
    expect(gistOf(plain)).toBe(plain);
  });

  it("keeps the opening when the main clause would lose the actor, or is too short to stand alone", () => {
    const amid = "Amid Ukraine's self-professed ceasefire violation by Russia, Putin had ordered a truce.";
    expect(gistOf(amid, { keepsMeaning: (clause) => clause.includes("Ukraine") })).toBe(amid);
    expect(gistOf("As expected, it held.")).toBe("As expected, it held.");
  });

  it("never opens a quotation to cut inside it", () => {
    const quote =
      '"In the face of global turmoil and uncertainty, the accord is the primary stabilizing force," declares Putin.';
    expect(gistOf(quote)).toBe(quote);
  });

  it("cuts a long point at its last clause break within 25 words, marked with an ellipsis", () => {
    const long =
      "The European Union on Tuesday adopted a new package of sanctions against Russia, targeting the shadow fleet " +
      "of tankers, banks in third countries and exporters of dual-use goods to Moscow.";
    const gist = gistOf(long);
    expect(gist).toBe(
      "The European Union on Tuesday adopted a new package of sanctions against Russia, targeting the shadow fleet of tankers…",
    );
    expect(wordsIn(gist).length).toBeLessThanOrEqual(maxGistWords);
    const noBreak = `${"word ".repeat(40).trim()}.`;
    expect(wordsIn(gistOf(noBreak)).length).toBe(maxGistWords);
    expect(gistOf(noBreak).endsWith("…")).toBe(true);
  });

  it("closes a quotation left open by the cut", () => {
    const quoted = `He said "${"we will not accept any deal imposed over the heads of Ukrainians, ".repeat(3)}ever."`;
    const gist = gistOf(quoted);
    expect(gist.endsWith("…”")).toBe(true);
  });
});

describe("gistPoint", () => {
  const positions: ActorPosition[] = [
    {
      actor: "China",
      status: "stated",
      points: [
        { text: "Both leaders praised the talks.", kind: "stated", citations: ["S2"] },
        { text: "Xi vows support.", kind: "stated", citations: ["S3"] },
      ],
    },
    {
      actor: "Russia",
      status: "stated",
      points: [{ text: "Both leaders praised the talks.", kind: "stated", citations: ["S2"] }],
    },
    { actor: "EU", status: "none", points: [] },
  ];

  it("takes the actor's first stated point that no other actor is stated in, else its first", () => {
    expect(gistPoint(positions, "China")?.citations).toEqual(["S3"]);
    expect(gistPoint(positions, "Russia")?.citations).toEqual(["S2"]);
    expect(gistPoint(positions, "EU")).toBeUndefined();
  });
});
