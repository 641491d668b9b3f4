import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import { createArticleNames } from "../../src/attribution/articleNames";
import { readCatalogArticle } from "../support/readArticle";
import { sentenceMentions } from "../support/sentenceMentions";

const catalog = loadActorCatalog(path.join(import.meta.dirname, "../../data/actors.json"));

function learnFromSentences(sentences: string[]) {
  const names = createArticleNames(resolveActors(catalog));
  for (const text of sentences) {
    const mentions = sentenceMentions(text, names.actors());
    names.learnFrom(text, mentions);
  }
  return (actor: string) => names.actors().find((candidate) => candidate.name === actor)?.people ?? [];
}

describe("names an article teaches", () => {
  it("learns the family name of an official named in full, first for Chinese names, and a Chinese given name", () => {
    const peopleOf = learnFromSentences([
      "European Council President Charles Michel announced the deal.",
      "Chinese foreign ministry spokeswoman Zhang Xiaoli said the listings were unlawful.",
      "China's special envoy Li Hui arrived in Moscow.",
      "EU Special Envoy for Sanctions David O'Sullivan visited Beijing.",
    ]);
    expect(peopleOf("EU")).toContain("Michel");
    expect(peopleOf("China")).toEqual(expect.arrayContaining(["Zhang Xiaoli", "Zhang"]));
    // Foreign outlets often take the given name for the family name ("Ning refuted ..." for Mao Ning).
    expect(peopleOf("China")).toContain("Xiaoli");
    expect(peopleOf("China")).toContain("Li");
    expect(peopleOf("EU")).toEqual(expect.arrayContaining(["David O'Sullivan", "O'Sullivan"]));
  });

  it("learns nothing from a former official, a first name, or a name another actor owns", () => {
    const peopleOf = learnFromSentences([
      "A former Chinese diplomat Li Wenhao said the talks were doomed.",
      "Ukrainian President Volodymyr Zelensky spoke to soldiers.",
      "The Russian side and President Vladimir Putin agreed.",
    ]);
    expect(peopleOf("China")).not.toContain("Li Wenhao");
    expect(peopleOf("Ukraine")).not.toContain("Volodymyr");
    expect(peopleOf("Russia")).not.toContain("Vladimir");
    // Nothing learnt at all: each actor's people are still the catalog's (a broken reader returning none fails).
    for (const actor of ["China", "Ukraine", "Russia"])
      expect(peopleOf(actor)).toEqual(resolveActors(catalog, [actor])[0]?.people);
  });
});

describe("names given in an appositive", () => {
  it("teach the family name of an actor's titled official: 'Ukraine's ambassador to China, Pavlo Riabikin,'", () => {
    const article = readCatalogArticle([
      "Ukraine's ambassador to China, Pavlo Riabikin, met a Chinese vice minister on Monday.",
      "Riabikin said that Beijing had been invited to the talks.",
    ]);
    expect(article.stated("Ukraine")).toContain("S2");
    expect(article.attributed("China")).toContain("S2");
  });

  it("do not teach a former official's name", () => {
    const article = readCatalogArticle([
      "Ukraine's former ambassador to China, Oleh Demin, spoke at a forum on Monday.",
      "Demin said that Beijing had been invited to the talks.",
    ]);
    expect(article.stated("Ukraine")).not.toContain("S2");
  });
});

describe("a role brought in first and named a sentence or two later", () => {
  it("learns the name of 'the European Union Ambassador to China' from the next bare name that speaks", () => {
    const article = readCatalogArticle([
      "The European Union Ambassador to China urged greater efforts for peace.",
      '"We would like China to do more," Jorge Toledo Albinana said at a press event.',
      "Albinana said that Borrell's comments on Taiwan had been overstated.",
    ]);
    expect(article.stated("EU")).toContain("S3");
  });

  it("does not give the role's name to a speaker introduced as someone else", () => {
    const article = readCatalogArticle([
      "The European Union Ambassador to China urged greater efforts for peace.",
      '"Beijing will not budge," John Carter, an analyst at a US think tank, said.',
      "Carter said that China would keep buying Russian oil.",
    ]);
    expect(article.stated("EU")).not.toContain("S3");
  });
});
