import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("a portfolio in a title", () => {
  it("belongs to the role before it: 'the Ministry of Foreign Affairs of China' is China", () => {
    const article = readCatalogArticle([
      "The Ministry of Foreign Affairs of China published a twelve-point plan for talks.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("makes no one's voice of someone who only works on the portfolio", () => {
    const article = readCatalogArticle([
      "An expert on Foreign Affairs of China published a twelve-point plan for talks.",
      "A course in Foreign Affairs of Russia published its reading list.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a headline naming a person before a colon", () => {
  it("is that person's claim even unquoted: 'Kallas: Russia is rebuilding its army'", () => {
    const article = readCatalogArticle(["Kallas: Russia is rebuilding its army faster than expected"]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("is a topic, not a speaker, when the label is a country or more than a name", () => {
    for (const headline of [
      "Ukraine: Russia strikes Kyiv overnight",
      "After Kallas: Russia strikes Kyiv overnight",
    ]) {
      const article = readCatalogArticle([headline]);
      expect(article.stated("Ukraine"), headline).toEqual([]);
      expect(article.stated("EU"), headline).toEqual([]);
      expect(article.stated("Russia"), headline).toEqual([]);
    }
  });
});
