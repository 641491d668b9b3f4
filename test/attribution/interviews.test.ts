import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("interviews laid out as questions and answers", () => {
  const interview = (headline: string) => [
    headline,
    "Brussels has debated a gas price cap for months. Why is it taking so long?",
    "I think the cap will come this summer. We want it set low. Russia will keep testing Europe.",
    "What if Washington walks away?",
    "We are preparing for that too. The Kremlin, meanwhile, said it would ignore any cap.",
  ];

  it("gives the answers to the official the headline names, and the questions to nobody", () => {
    const article = readCatalogArticle(interview("Ukraine's foreign minister in an interview with Le Monde"));
    expect(article.stated("Ukraine")).toEqual(["S4", "S5", "S6", "S8"]);
    expect(article.attributed("Russia")).toEqual(["S6"]);
    expect(article.claimants("Russia")).toEqual({ S6: "Ukraine" });
    // A sentence of an answer that names its own speaker stays that speaker's.
    expect(article.stated("Russia")).toEqual(["S9"]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("gives the answers to no actor when the one interviewed is not the government's voice", () => {
    const article = readCatalogArticle(interview("A Ukrainian economist in an interview with Le Monde"));
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("gives them to no actor without an interview headline", () => {
    const article = readCatalogArticle(interview("Ukraine's foreign minister visits Paris"));
    expect(article.stated("Ukraine")).toEqual([]);
  });
});
