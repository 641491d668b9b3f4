import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, sixth round: words that only look like a speaker and its verb.

describe("a cue word used as a plural noun", () => {
  it("reads 'issues', 'signals', 'bans' before a comma or a preposition as nouns, no statement", () => {
    const article = readCatalogArticle([
      "The delegations of Russia and Ukraine worked through three core issues during the talks.",
      "A Swiss mediator for Russia issues, said the venue was ready.",
      "Mixed signals from Moscow worried the envoys.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("still reads them as verbs before their object", () => {
    const article = readCatalogArticle([
      "Russia issues a warning to the bloc.",
      "Beijing signals its readiness to mediate.",
      "The EU bans imports of Russian steel.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("EU")).toEqual(["S3"]);
  });
});

describe("two names joined after a preposition", () => {
  it("reads the second of two names after 'for' or 'of' like the first: no voice of its actor", () => {
    const article = readCatalogArticle([
      "A Swiss envoy for Ukraine and Russia said the talks would resume.",
      "Critics of Beijing and Moscow said the summit was staged.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
  });

  it("still reads two joined names as speakers when the first speaks ('Russia and China signed ...')", () => {
    const article = readCatalogArticle([
      "Russia and China signed a pact on energy.",
      "Officials of Ukraine and the EU said the talks would resume.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });
});

describe("a plural noun after 'of'", () => {
  it("does not read 'a wide range of issues' as a verb", () => {
    const article = readCatalogArticle([
      "The summit saw a heated exchange of views between Brussels and Beijing over a wide range of issues.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("still reads 'the ministry issues a statement' as a verb", () => {
    const article = readCatalogArticle([
      "China's foreign ministry issues a statement condemning the sanctions.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });
});
