import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import { projectRoot } from "../../src/config";
import { ActorCatalogSchema } from "../../src/domain/actor";
import { readArticle, readCatalogArticle } from "../support/readArticle";

const actors = resolveActors(loadActorCatalog(path.join(projectRoot, "data", "actors.json")));

describe("he and she agree with the person", () => {
  it("reads 'she' as the woman named, past a man who spoke last", () => {
    const read = readArticle(actors, [
      "Ursula von der Leyen met Xi Jinping and Emmanuel Macron in Beijing.",
      "Xi said the talks had been candid.",
      "She said the trade imbalance could not last.",
    ]);
    expect(read.stated("China")).toEqual(["S2"]);
    expect(read.stated("EU")).toEqual(["S3"]);
  });

  it("skips a man named just before 'she' in the same sentence", () => {
    const read = readArticle(actors, [
      "Kaja Kallas described a dinner with Wang Yi, and she said the mood had been frosty.",
    ]);
    expect(read.stated("EU")).toEqual(["S1"]);
    expect(read.stated("China")).toEqual([]);
  });

  it("gives a pronoun that fits nobody to nobody", () => {
    const read = readArticle(actors, [
      "Kaja Kallas said the talks had been hard.",
      "He said the sanctions would stay.",
    ]);
    expect(read.stated("EU")).toEqual(["S1"]);
  });

  it("reads 'according to her' as the woman last named", () => {
    const read = readArticle(actors, [
      "Kaja Kallas spoke to reporters after meeting Wang Yi in Brussels.",
      "According to her, Beijing promised not to send weapons to Russia.",
    ]);
    // Whom she spoke to and when says nothing (see institutionsAndSources.test.ts); what she said is hers.
    expect(read.stated("EU")).toEqual(["S2"]);
    expect(read.stated("China")).toEqual([]);
    expect(read.attributed("China")).toEqual(["S2"]);
  });

  it("takes the pronoun from a title when the catalog gives none", () => {
    const catalog = ActorCatalogSchema.parse({
      defaults: ["Ruritania", "Freedonia"],
      actors: [
        { name: "Ruritania", aliases: ["Ruritania"], people: ["Ivanova"] },
        { name: "Freedonia", aliases: ["Freedonia"], people: ["Petrenko"] },
      ],
    });
    const read = readArticle(resolveActors(catalog), [
      "Mr Petrenko met Ms Ivanova on Monday.",
      "Petrenko said the border would reopen.",
      "She said it would stay closed.",
    ]);
    expect(read.stated("Freedonia")).toEqual(["S2"]);
    expect(read.stated("Ruritania")).toEqual(["S3"]);
  });

  it("keeps a person named inside a quotation out of 'he' in the next sentence", () => {
    const read = readArticle(actors, [
      "“Thank you for the welcome, President Xi.",
      "We hope to find a way forward,” he said.",
    ]);
    expect(read.stated("China")).toEqual([]);
  });
});

describe("a time phrase before the subject", () => {
  it("is no part of it: 'Last year, she rejected ...' is the one 'she' points back to", () => {
    const article = readCatalogArticle([
      "Kallas said sanctions on Russia were needed.",
      "Last year, she rejected the peace plan, saying concessions would be a trap.",
      "More recently, she criticised the tariff threats.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("leaves a subject named past it as it was, and others' words theirs", () => {
    const article = readCatalogArticle([
      "Kallas said sanctions on Russia were needed.",
      "Last year, analysts said Russia was rebuilding its army.",
      "Xi, 70, said ties with Moscow were strong.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toContain("S2");
    expect(article.stated("China")).toEqual(["S3"]);
  });
});

describe("a pronoun after an opening adverb", () => {
  it("is the one who spoke before: 'Additionally, he stressed ...'", () => {
    const article = readCatalogArticle([
      "Lin Jian said China has never supplied weapons.",
      "Additionally, he stressed that China maintains the world's strictest controls on drones.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });
});

describe("'its' before an office", () => {
  it("is the actor the sentence opens with: '..., its commerce ministry said'", () => {
    const article = readCatalogArticle([
      "China has taken countermeasures against two banks in the European Union, its commerce ministry said on Wednesday.",
      "Effective immediately, the banks were banned from cooperation within China, the ministry’s statement showed.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("a person named inside a quotation an earlier sentence opened", () => {
  it("is talked about, so a closing 'he said' is not his", () => {
    const article = readCatalogArticle([
      "Nebenzya began by calling again for Zelensky’s participation in meetings.",
      "“This is required by the rules of the Security Council.",
      "Moreover, Mr. Zelensky does not seem to be participating in the meeting.",
      "We apparently heard his next video message,” he said.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});
