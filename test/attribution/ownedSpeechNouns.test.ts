import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("an actor's noun of speech spelled out in a that-clause", () => {
  it("is the owner's statement: 'Moscow's announcement that ...', 'the Russian military's claim that ...'", () => {
    const article = readCatalogArticle([
      "The remarks followed Moscow's announcement that a new round of talks is set for Geneva.",
      "The visit coincides with the Russian military's claim that it has retaken the town.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });

  it("makes what it says of another actor the owner's claim about it, never that actor's word", () => {
    const article = readCatalogArticle([
      "Kyiv rejected Moscow's claim that Ukrainian troops shelled the town.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "Russia" });
  });

  it("is no statement without an owner among the actors, without a that-clause, or inside another's quotation", () => {
    const article = readCatalogArticle([
      "Western claims that China arms Russia were denied.",
      "Russia's claims were dismissed.",
      '"Moscow\'s claim that we attacked first is false," Zelensky said.',
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
  });
});

describe("an actor's contentions", () => {
  it("are its own statement: 'China has backed Moscow's contentions that Russia was provoked'", () => {
    const article = readCatalogArticle([
      "China has backed Moscow's contentions that Russia was provoked into attacking Ukraine by the West.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});
