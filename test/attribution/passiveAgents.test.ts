import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("the agent of an announcement in a perfect passive", () => {
  it("made it: 'The mission had been announced by Xi Jinping'", () => {
    const article = readCatalogArticle([
      "The mission had been announced by Xi Jinping during a call with Zelensky.",
      "The sanctions have been imposed by Brussels.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("of any other verb does nothing, and the one it befalls states nothing", () => {
    const article = readCatalogArticle([
      "Moscow has been denounced by Kallas.",
      "The plan had been criticised by Kyiv.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});
