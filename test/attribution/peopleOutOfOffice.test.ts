import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, eighteenth round: a catalog person the article places in another office speaks for no actor there.

describe("a catalog person out of their catalog office", () => {
  it("reads another state's title before the name as that state's official, under every form of the name", () => {
    const article = readCatalogArticle([
      "Estonian Prime Minister Kaja Kallas proposed that the European Union buy shells for member states.",
      '"We are running out of time," Kallas said.',
      "Commission President Ursula von der Leyen said the bloc would pay for it.",
    ]);
    expect(article.stated("EU")).toEqual(["S3"]);
  });

  it("reads a former holder, before or after the name, as no longer speaking for the actor", () => {
    const article = readCatalogArticle([
      "Former EU foreign policy chief Josep Borrell said sanctions had failed.",
      "Charles Michel, the EU's former council president, urged new talks.",
      "Borrell added that the war would be long.",
    ]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("keeps the actor's own titles and its own adjectives: 'European Commission president', 'Russian Foreign Minister'", () => {
    const article = readCatalogArticle([
      "European Commission president Ursula von der Leyen said the EU would stand by Ukraine.",
      "Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks.",
      "Chinese Foreign Minister Wang Yi said Beijing backed dialogue.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual(["S3"]);
  });
});
