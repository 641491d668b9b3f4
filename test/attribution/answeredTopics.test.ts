import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, sixth round: a point must carry content; what a speaker only answered or commented on is a topic.

describe("what was only answered", () => {
  it("files no point for 'responded to' or 'commented on' a topic, but keeps the speaker for what follows", () => {
    const article = readCatalogArticle([
      "Peskov thus responded to the approval of a new package of sanctions against his country.",
      "Zelenskyy commented on the overnight strike on the power grid.",
      '"We will rebuild every station," the statement said.',
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
  });

  it("still files a response that says or does something", () => {
    const article = readCatalogArticle([
      "Peskov responded to the sanctions by promising countermeasures.",
      "Peskov commented on the package, saying it would fail.",
      "Russia responded to the sanctions with a ban on food imports.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2", "S3"]);
  });
});

describe("a speaker and a verb with only a manner or a free relative", () => {
  it("files no point for 'Whatever comrade Xi says.' or 'China says it regularly.'", () => {
    const article = readCatalogArticle(["Whatever comrade Xi says.", "China says it regularly."]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("a document put out, with nothing of what it says", () => {
  it("files no point for 'released a statement after ...' or 'issued a brief statement on Friday.'", () => {
    const article = readCatalogArticle([
      "China released a statement after a fire broke out at the plant.",
      "The Kremlin issued a brief statement on Friday.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("still files a statement that says something or is judged", () => {
    const article = readCatalogArticle([
      "China issued a statement on Friday calling for restraint.",
      "The Kremlin issued a strongly worded statement.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });

  it("reads 'so far' as an adverb, not a clause boundary before a verb", () => {
    const article = readCatalogArticle([
      "China, which has so far stopped short of condemning Moscow, said the talks were useful.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.claimants("Russia")).toEqual({});
  });
});

describe("questions only answered, and a welcome only received", () => {
  it("files no point for answering questions on a list of topics, and keeps one that says something", () => {
    const article = readCatalogArticle([
      "Wang Yi also answered questions on the Ukraine issue, China-US relations, and the Taiwan question.",
      "Wang Yi answered questions from reporters on Ukraine, saying China would never supply arms.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("reads 'a ceremonial welcome' received as a visit, and 'welcomed the proposal' as a position", () => {
    const article = readCatalogArticle([
      "The Chinese president received a ceremonial welcome in Budapest, the last stop of his tour.",
      "Xi welcomed the proposal for a ceasefire.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});
