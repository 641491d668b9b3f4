import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, sixth round: the writer's characterisation of a country is a claim about it with no claimant, never
// the country's statement. Each rule has a test that it fires and one that it does not over-fire.

describe("the writer's characterisation of a country", () => {
  it("reads a stance participle after a present perfect that is no speech as the writer's summing up", () => {
    const article = readCatalogArticle([
      "Since the war began, Beijing has walked a fine line, faulting Western export curbs but never arming Moscow.",
      "Moscow has turned much of its fury on the bloc, accusing Brussels of dragging out the war.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: undefined });
    expect(article.claimants("Russia")).toEqual({ S2: undefined });
  });

  it("reads a second perfect after one that is no speech ('has avoided ... and has refused') the same way", () => {
    const article = readCatalogArticle([
      "China has avoided openly siding with either party and has refused to label the assault an invasion.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });

  it("reads a manner adverb on a bare country's conduct ('actively', 'demonstratively') as the writer's", () => {
    const article = readCatalogArticle([
      "China actively lobbied to keep its lenders off the list, threatening retaliation.",
      "But the European Union demonstratively brushed off the warnings and added both lenders to the list.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.attributed("EU")).toEqual(["S2"]);
  });

  it("still reads a country's own perfect speech or act, and its plain acts, as statements", () => {
    const article = readCatalogArticle([
      "Russia has denied striking the hospital.",
      "Beijing has said it will not join any sanctions.",
      "China has opposed any curbs on its trade with Moscow.",
      "The EU has reviewed Kyiv's reforms and expressed its readiness to help.",
      "China abstained in the vote.",
      "Moscow on Monday summoned the bloc's envoy, accusing Brussels of meddling.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S6"]);
    expect(article.stated("China")).toEqual(["S2", "S3", "S5"]);
    expect(article.stated("EU")).toEqual(["S4"]);
  });

  it("still reads officials, institutions and quoted words as speaking, whatever the adverb or tense", () => {
    const article = readCatalogArticle([
      "China's foreign ministry has kept a careful tone, criticising the new listings.",
      "The Kremlin actively lobbied the envoys, threatening a response.",
      'Beijing actively lobbied the bloc, warning that "there will be consequences for everyone involved".',
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("the writer's reading of an act's aim", () => {
  it("reads '..., aiming to' or '..., seeking to' after an act that is no speech as no statement", () => {
    const article = readCatalogArticle([
      "In 2022 Russia launched its offensive in the east, aiming to seize the whole of Donbas.",
      "Beijing sent its envoy to four capitals, seeking to broker a truce.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads a bare aim in the writer's run as the writer's reading, and one carrying on a statement as said", () => {
    const article = readCatalogArticle([
      "Russia seeks to keep the ports closed.",
      "Brussels aims to deter Chinese businesses from handling Russian oil.",
      "China has sought to project itself as a neutral party.",
      "Kallas urged the ministers to act, seeking to win them over before the vote.",
    ]);
    // An aim no one of the actor's states is a claim about it (docs/labelling-guide.md: motives and plans).
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S4"]);
    expect(article.attributed("EU")).toEqual(["S2"]);
    // How an actor presents itself is its declared stance.
    expect(article.stated("China")).toEqual(["S3"]);
  });

  it("keeps an aim as its side's when its officials have just spoken", () => {
    const article = readCatalogArticle([
      "Peskov said on Monday that Moscow would not reopen the ports.",
      "Russia seeks to keep them closed until the sanctions are lifted.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });
});

describe("a country's mind with none of its officials speaking", () => {
  it("reads 'China believes ...' in the writer's own run as the writer's reading of China", () => {
    const article = readCatalogArticle([
      "Europe's strategy towards Beijing has failed for a decade.",
      "China believes that even if it pressed the Kremlin, it would get nothing from Brussels in return.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S2"]);
  });

  it("keeps the country's mind as its statement right after its official spoke", () => {
    const article = readCatalogArticle([
      "Lavrov said the West must lift its sanctions before any talks.",
      "Moscow also believes that Ukraine's neutrality must be guaranteed.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });

  it("reads 'the two sides agree' in the writer's reasoning as the writer's reading, after their officials it is theirs", () => {
    const writer = readCatalogArticle([
      "The EU wants peace and hopes China will help bring it about.",
      "Since the two sides agree on this issue, the scope for cooperation is high.",
    ]);
    expect(writer.stated("China")).toEqual([]);
    expect(writer.stated("EU")).toEqual([]);
    const officials = readCatalogArticle([
      "Wang Yi and Kaja Kallas met in Brussels and discussed the war.",
      "Wang Yi said China wants peace, and Kallas said the EU wants the same.",
      "Both sides agree that the talks must go on.",
    ]);
    expect(officials.stated("China")).toContain("S3");
    expect(officials.stated("EU")).toContain("S3");
  });

  it("keeps an act of agreeing ('The EU did, however, agree to a fallback') a statement", () => {
    const article = readCatalogArticle([
      "Belgium blocked the use of frozen Russian assets.",
      "The EU did, however, agree to a fallback: joint borrowing of 90 billion euros for Ukraine.",
    ]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("keeps a country's voice ('Beijing said ...') a statement even with no official around", () => {
    const article = readCatalogArticle([
      "Europe's strategy towards Beijing has failed for a decade.",
      "Beijing said it would never supply weapons to either side.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});

describe("statements the writer's framing makes no one's word", () => {
  it("reads a doubted act, a claim about nobody and an inference from an act as the writer's", () => {
    const article = readCatalogArticle([
      "Allegedly, Xi expressed respect for Russia's actions.",
      "No EU member state intends to break the consensus on sanctions.",
      "Its attendance shows China supports efforts to end the war.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.attributed("China")).toEqual(expect.arrayContaining(["S1", "S3"]));
  });

  it("leaves a quotation that opens with 'No one' its speaker's", () => {
    const article = readCatalogArticle([
      '"No one needs steps that only imitate peace," Peskov told Russian state TV.',
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});
