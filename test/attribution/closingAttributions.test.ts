import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, sixth round: what closes a sentence as its attribution, and what only looks like one.

describe("a clause closing with 'agreed to <verb>'", () => {
  it("reads an infinitive after a verb that is no speech as the clause's content, not an attribution", () => {
    const article = readCatalogArticle([
      "Peskov said that after the meeting, the parties agreed to exchange prisoners.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.claimants("Russia")).toEqual({});
  });

  it("still reads a verb of speech 'to' the ones spoken to as closing the sentence", () => {
    const article = readCatalogArticle(["Moscow will respond in kind, Peskov said to reporters."]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});

describe("'..., <name> concluded.'", () => {
  it("reads a name closing the sentence with 'concluded' as its speaker", () => {
    const article = readCatalogArticle([
      "Once the drafts are exchanged, the sides agreed to meet again, Peskov concluded.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("still reads talks that concluded, and 'concluded' closing a clause with no name, as no statement", () => {
    const article = readCatalogArticle([
      "Russia joined the talks, which concluded.",
      "The Kremlin hosted the round of talks, which then concluded.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("'it' in a clause its own subject opens", () => {
  it("reads 'China, though it has declared ...' as China, whoever spoke before", () => {
    const article = readCatalogArticle([
      "Zelensky said on Wednesday that Ukraine needs a just peace.",
      "China, though it has declared itself neutral in the war, has refrained from criticising Moscow.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });

  it("still reads an 'it' after a name that is no subject as the last speaker's, or nobody's", () => {
    const article = readCatalogArticle([
      "Zakharova said China keeps a balanced stance on the events in Ukraine, because it has stated its respect for history.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("a participle aside between a speaker and its verb", () => {
  it("skips 'commenting on ...' and 'reacting to ...' on the way back to the subject", () => {
    const article = readCatalogArticle([
      "Dmitry Peskov, the press secretary of the President of the Russian Federation, commenting on his remarks, said that the contacts went well.",
      "Oleh Nikolenko, the spokesman of the Ministry of Foreign Affairs of Ukraine, reacting to his words, said that the answer would come.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });

  it("still gives the verb to whoever the subject names, not to an actor inside the aside", () => {
    const article = readCatalogArticle([
      "The analyst, commenting on Peskov's words, said the talks were stalled.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});
