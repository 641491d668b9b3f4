import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

const readOf = readCatalogArticle;

describe("joint statements, communiqués and readouts", () => {
  it("credits a joint statement to every issuer, through 'the statement said' and 'it continued'", () => {
    const article = readOf([
      "Vladimir Putin and Xi Jinping signed a joint statement in Kazan.",
      "“Both sides want more trade in roubles and yuan,” the statement said.",
      "The two countries also plan a new grain corridor, it continued.",
      "The statement also calls for a summit next year.",
    ]);
    for (const actor of ["China", "Russia"]) expect(article.stated(actor)).toEqual(["S1", "S2", "S3", "S4"]);
  });

  it("credits a summit statement by titled leaders of two actors to both", () => {
    const article = readOf([
      "President of the European Council Charles Michel and President of Ukraine Volodymyr Zelenskyy issued a joint declaration in Lviv.",
      "The declaration also calls for demining funds.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
  });

  it("gives a joint document's point about one issuer to every issuer, as the labelling guide does", () => {
    const article = readOf([
      "Xi Jinping and Vladimir Putin signed a joint statement in Harbin.",
      "The statement, on their energy partnership, noted that Russia is committed to building the pipeline.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });

  it("reads an actor's readout as its statement", () => {
    const article = readOf(["A Chinese readout of the call read, “Dialogue is the only way out.”"]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads what both ministers said in one side's readout as that side's account of the other", () => {
    const article = readOf([
      "Sergei Lavrov and Wang Yi agreed that the Arctic route deserved more ships.",
      "A readout from the Russian Foreign Ministry gives this account.",
      "The ministers praised the new rail link, the Russian Foreign Ministry said in a statement.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S3"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1", "S3"]);
    expect(article.claimants("China")).toEqual({ S1: "Russia", S3: "Russia" });
  });

  it("reads a titled ministry's statement as the actor's readout, and never a verb's object", () => {
    const article = readOf([
      "Sergei Lavrov and Wang Yi agreed that the talks had been useful.",
      "That is the account of a Chinese Foreign Ministry statement issued after the meeting.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(
      readOf(["Sergei Lavrov and Wang Yi agreed to meet.", "Russia rejected the statement."]).stated("China"),
    ).toEqual(["S1"]);
  });

  it("reads no readout in 'China's statements' in general", () => {
    const article = readOf([
      "Sergei Lavrov and Wang Yi agreed that the Arctic route deserved more ships.",
      "Analysts will study China's statements closely.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads the agent of a passive announcement as its speaker", () => {
    const article = readOf([
      "Traders welcomed the pipeline deal announced by Xi Jinping and Vladimir Putin in May.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(readOf(["Moscow, denounced by Kaja Kallas, held its ground."]).stated("EU")).toEqual([]);
  });

  it("reads an EU sanctions package as an act of the EU", () => {
    const article = readOf(["The EU's new sanctions package bans imports of Russian steel."]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });
});

describe("quotations and points without content", () => {
  it("drops a point that only names a speaker and a verb", () => {
    const article = readOf(["Kremlin says.", "Kallas notes.", "Russia vetoed it."]);
    expect(article.stated("Russia")).toEqual(["S3"]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("gives a quotation nobody was given to the speaker the next sentence names alone", () => {
    const article = readOf(["“We will keep the channel open.”", "Kallas notes.", "“The war must end.”"]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });

  it("reads a short attribution after an opening quotation as its speaker's", () => {
    const article = readOf([
      "“Europe will stand by Kyiv,” the Council president, António Costa, told a press conference.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });
});

describe("the writer's voice in an opinion piece", () => {
  it("keeps an actor named only as a country out of 'stated', but lets officials and quotations speak", () => {
    const article = readOf([
      "Opinion: Beijing's quiet bargain",
      "Beijing protested the new port fees.",
      "China's foreign ministry said the talks were useful.",
      "“We want peace,” Wang Yi said.",
    ]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
    expect(article.attributed("China")).toEqual(["S2"]);
    expect(article.claimants("China")).toEqual({ S2: undefined });
  });

  it("reads the same sentence in a news report as the actor's act", () => {
    expect(readOf(["Talks in Geneva", "Beijing protested the new port fees."]).stated("China")).toEqual([
      "S2",
    ]);
  });
});

describe("a quotation never closed", () => {
  it("goes on from the one speaker just before it when it runs to the article's end", () => {
    const article = readOf([
      "Zelenskyy stressed that repairs to the grid must go faster.",
      "“The substations are the first target before winter.",
      "We need more air defence from our partners.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3"]);
  });

  it("is nobody's when no single actor spoke just before it", () => {
    const article = readOf([
      "Power cuts hit Kharkiv and Odesa overnight.",
      "“The substations are the first target before winter.",
      "We need more air defence from our partners.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("a quotation laid out under a 'Quote:' label", () => {
  it("gives it to the last one who spoke, past a 'Source:' line, across its sentences", () => {
    const article = readCatalogArticle([
      "Talks in Istanbul end early",
      "Rustem Umerov, the head of the Ukrainian delegation, said Russia was stalling the talks.",
      "Source: Umerov on Facebook",
      'Quote: "Our documents were sent in advance.',
      'We expect an answer within a week."',
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2", "S4", "S5"]);
  });

  it("gives it to the person a 'Source:' line names when nobody spoke before", () => {
    const article = readCatalogArticle([
      "Ukrainian and Chinese ministers meet",
      "Andrii Yermak and Andrii Sybiha held a meeting with Chinese Foreign Minister Wang Yi.",
      "Source: Yermak on Telegram",
      'Quote: "I thanked China for its support of Ukraine\'s sovereignty and territorial integrity."',
    ]);
    expect(article.stated("Ukraine")).toEqual(["S4"]);
  });

  it("gives it to nobody when nobody spoke before it", () => {
    const article = readCatalogArticle([
      "Talks in Istanbul",
      'Quote: "Ukraine sent its documents in advance."',
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("what an issued document contains", () => {
  it("reads a sanctions package's contents as its issuer's act", () => {
    const article = readOf([
      "European Union governments have agreed the 11th package of sanctions on Russia.",
      "The package forbids transit via Russia of more dual-use goods.",
      "The EU's 15th package of sanctions against Russia includes listings of Chinese firms.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads what an actor's sanctions target as its act, but not sanctions nobody owns", () => {
    const article = readOf([
      "The new EU sanctions target, in particular, about 200 vessels of the Russian shadow fleet.",
      "Western sanctions target Russian oil exports.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("leaves a package only talked about alone ('a package that includes' is no act of anyone named)", () => {
    const article = readOf(["Analysts expect a package that targets Russian oil."]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("'they' issuing a joint document", () => {
  it("reads 'They issued a joint statement' after two leaders met as both leaders' document", () => {
    const article = readOf([
      "Vladimir Putin arrived in Beijing on Wednesday.",
      "There he met with Chinese President Xi Jinping.",
      "They later issued a joint statement on Ukraine.",
      "The statement said the two countries oppose any prolongation of the war.",
    ]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
    expect(article.stated("Russia")).toEqual(["S3", "S4"]);
  });

  it("leaves 'they' without a joint document to nobody when nobody spoke", () => {
    const article = readOf([
      "Vladimir Putin arrived in Beijing on Wednesday.",
      "There he met with Chinese President Xi Jinping.",
      "They said the talks were warm.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("a document issued by no actor", () => {
  it("leaves a later 'the document said' nobody's, not the last speaker's", () => {
    const article = readCatalogArticle([
      "Beijing insists that it does not provide military aid to Russia.",
      "The communique, approved by the 32 NATO members at their summit, makes clear that China is a focus of the alliance.",
      '"China cannot enable the largest war in Europe without this hurting its interests," the document said.',
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("leaves a resolution put to a vote the body's, not the vetoer's or the last speaker's", () => {
    const vetoed = readCatalogArticle([
      "Russia Vetoes UN Resolution, China Abstains",
      "Russia vetoed a draft resolution at the Security Council on Friday.",
      "The resolution also called on Russia to withdraw its troops from Ukraine.",
    ]);
    expect(vetoed.stated("Russia")).not.toContain("S3");
    const tabled = readCatalogArticle([
      "Peskov said Russia would answer the West.",
      "The resolution was tabled by the United States.",
      "The resolution called on Russia to withdraw its troops from Ukraine.",
    ]);
    expect(tabled.stated("Russia")).toEqual(["S1"]);
  });

  it("still gives a resolution to the actor that adopted it", () => {
    const article = readCatalogArticle([
      "The European Parliament adopted a resolution on Thursday.",
      "The resolution calls on China to stop supplying Russia with drone parts.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
  });
});
