import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// docs/labelling-guide.md: an actor's official act reported as fact is stated, also when another side's sentence
// only names it as what it reacts to.
describe("an official act named in passing in another side's sentence", () => {
  it("is the act's owner's own act, not the speaker's claim about it", () => {
    const article = readCatalogArticle([
      "Beijing lodged a strong protest over the 14th package of sanctions adopted by the European Union, its spokeswoman Mao Ning said.",
      "Moscow called for calm following the EU's approval of the new package of restrictions.",
      "China's commerce ministry said it firmly opposes the European Union (EU) adding three Chinese firms to its list.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3"]);
    expect(article.attributed("EU")).toEqual([]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.statedTexts("EU")[0]).toBe("The 14th package of sanctions adopted by the European Union.");
  });

  it("is nothing when the act has not happened, and a claim stays a claim", () => {
    const article = readCatalogArticle([
      "Beijing said any sanctions adopted by the EU would be met with countermeasures.",
      "China warned that a proposed ban approved by the European Parliament would hurt trade.",
      "Peskov criticised the EU's decision to open accession talks with Kyiv.",
      "The Kremlin said the EU was prolonging the war.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.attributed("EU")).toEqual(["S1", "S2", "S3", "S4"]);
  });
});

describe("a plan named with what it proposes", () => {
  it("is its owner's published position in another side's sentence, but not a plan without content", () => {
    const article = readCatalogArticle([
      "The Kremlin said on Monday that a Chinese peace plan on Ukraine that urges both sides to agree to a gradual de-escalation should be analysed in detail.",
      "The Kremlin acknowledged China's proposal for a political solution in Ukraine but said the conditions were not in place.",
      "Kyiv rejected a possible Chinese plan that urges a ceasefire.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.statedTexts("China")[0]).toBe(
      "A Chinese peace plan on Ukraine that urges both sides to agree to a gradual de-escalation.",
    );
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });
});

describe("a plan named with when it was put out", () => {
  it("is its owner's published position, but not a plan only said to be shown somewhere", () => {
    const article = readCatalogArticle([
      "Putin said China’s 12-point peace plan for Ukraine unveiled last month could serve as a basis.",
      "Putin said China’s plan unveiled to the press was vague.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.statedTexts("China")[0]).toBe(
      "China’s 12-point peace plan for Ukraine unveiled last month.",
    );
    expect(article.attributed("China")).toEqual(["S2"]);
  });
});

describe("measures named with their adoption, and measures judged", () => {
  it("are the owner's act in 'the EU's newly adopted 18th sanctions package', a claim in '... have failed'", () => {
    const article = readCatalogArticle([
      "The Kremlin condemned the sanctions in its first official response to the EU’s newly adopted 18th sanctions package.",
      "Zakharova said that all previous sanctions imposed by Brussels have failed.",
      "Zakharova said that the sanctions adopted by the EU are illegal.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1", "S2", "S3"]);
  });
});

describe("sanctions told as listing and enacting", () => {
  it("are the actor's act with entities or measures as object, and nothing otherwise", () => {
    const article = readCatalogArticle([
      "In July, Brussels listed two small Chinese banks.",
      "Following the invasion, the EU has enacted numerous sanctions restricting trade with Russia.",
      "Kallas listed three reasons for the delay.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
  });
});

describe("staying out of a meeting", () => {
  it("is an act of withholding: 'steered clear of the summit', 'declined to attend'; staying somewhere is none", () => {
    const article = readCatalogArticle([
      "China steered clear of the weekend summit in Switzerland.",
      "China declined to attend the summit.",
      "Beijing boycotted the conference.",
      "Xi stayed in Beijing.",
      "China declined to comment.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2", "S3"]);
  });
});
