import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, sixth round: an outlet laying out its report under "Details:", "Quote:" and "Background:" labels
// is no transcript; the labels name no speaker, so no line under them is a questioner's claim.

describe("an outlet's layout labels", () => {
  const layout = [
    "Umierov says Moscow is stalling the talks",
    "Details: Umierov said Russia had again refused to discuss a ceasefire.",
    'Quote: "We brought our proposals in writing."',
    "Details: Ukraine also proposed a meeting of the leaders by the end of June.",
    "Background: The first round took place in May.",
    "Details: The Russian side asked for more time.",
  ];

  it("reads the lines under 'Details:' like any report: Ukraine's proposal is its own statement", () => {
    const article = readCatalogArticle(layout);
    expect(article.stated("Ukraine")).toEqual(expect.arrayContaining(["S2", "S4"]));
    expect(article.claimants("Ukraine")).not.toHaveProperty("S4");
  });

  it("still reads a press conference with speaker labels as a transcript", () => {
    const article = readCatalogArticle([
      "Transcript of the regular press conference",
      "Wire reporter: Earlier, the Kremlin said the strikes answered a Ukrainian attack. What is China's comment?",
      "Lin Jian: We have noted the reports.",
      "Wire reporter: Is Beijing worried?",
      "Lin Jian: China's position is consistent.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S2: "Wire reporter" });
  });
});
