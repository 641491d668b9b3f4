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
