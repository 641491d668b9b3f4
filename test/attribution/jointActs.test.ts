import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("a statement sharing a subject of two names with a verb before it", () => {
  it("is both names' statement: 'Xi and Putin held a summit and issued a joint statement'", () => {
    const article = readCatalogArticle([
      "Xi and Putin held a summit and issued a joint statement on their partnership.",
      "Just weeks before the war, Xi and Russian President Vladimir Putin met in Beijing and signed a pact.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });

  it("is not the statement of an object of the verb before, nor of a name past the subject", () => {
    const article = readCatalogArticle([
      "NATO allies called China a facilitator and Russia an aggressor and expressed concern.",
      "Xi met Putin and Zelensky and said peace was needed.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("the two countries of a joint statement", () => {
  it("pledge and disavow as one: 'the two countries promised to ...', past a document put out 'during' a visit", () => {
    const article = readCatalogArticle([
      "Putin and Xi met in Moscow on May 8.",
      'In a joint statement released during Xi\'s visit, the two countries promised to "strengthen coordination."',
      'The two countries disavowed "hostile approaches toward Russia and China by third countries."',
    ]);
    expect(article.stated("China")).toEqual(["S2", "S3"]);
    expect(article.stated("Russia")).toEqual(["S2", "S3"]);
  });
});

describe("a passive agent after an act", () => {
  it("speaks in the writer's narration, not as what the act reports: 'in a move hailed by Kyiv as historic'", () => {
    const article = readCatalogArticle([
      "EU leaders on Thursday agreed to grant candidate status to Ukraine in a move hailed by Kyiv as historic.",
      "Peskov said that the ceasefire proposed by Kyiv was a trick.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S1"]);
    // Inside what a speaker says, the agent is the speaker's account of it.
    expect(article.attributed("Ukraine")).toEqual(["S2"]);
  });

  it("is the agent's own act when it names a plan, or opens a clause of its own", () => {
    const article = readCatalogArticle([
      "Lavrov hailed the 12-point initiative first proposed by Beijing in February 2023.",
      "China proposed a peace plan in 2023, but it was rejected by Ukraine for failing to demand a withdrawal.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("finds the agents past a place or a time before 'by': 'signed in Istanbul by Turkey, the UN, Russia and Ukraine'", () => {
    const article = readCatalogArticle([
      "The agreement, signed in July of last year in Istanbul by Türkiye, the UN, Russia, and Ukraine, resumed grain exports.",
      "Xi was welcomed in Moscow by cheering crowds.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("a joint document in one side's readout", () => {
  const readout = [
    "Xi tells Putin ties are strong",
    "Xi told Putin that ties were strong, according to a Chinese Foreign Ministry readout.",
    "Weeks earlier, Xi and Putin held a summit and issued a joint statement on their partnership.",
    "Xi and Putin held talks and agreed to deepen trade ties.",
  ];

  it("is each issuer's own statement", () => {
    expect(readCatalogArticle(readout).stated("Russia")).toEqual(["S3"]);
  });

  it("leaves what the readout says both agreed the issuer's account of the other side", () => {
    const article = readCatalogArticle(readout);
    expect(article.attributed("Russia")).toEqual(["S4"]);
    expect(article.claimants("Russia")).toEqual({ S4: "China" });
  });
});

describe("a call an official holds", () => {
  // The labelling guide settles it: a meeting or call as such is no position of either side.
  it("is no position of the one who holds it, nor of the one called", () => {
    const article = readCatalogArticle([
      "KYIV, May 2 -- Ukrainian Foreign Minister Andrii Sybiha held a phone conversation with Wang Yi on Tuesday.",
      "Zelensky held phone talks with von der Leyen.",
      "Chinese President Xi Jinping spoke to his Ukrainian counterpart for the first time since the invasion.",
      "Xi Jinping and Volodymyr Zelensky spoke by phone on Wednesday.",
      "Kallas spoke with Wang Yi in Brussels on Monday.",
      "Chinese President Xi Jinping held a video call on 21 January.",
      "The Chinese and Ukrainian leaders spoke yesterday for the first time since the invasion.",
    ]);
    for (const actor of ["Ukraine", "China", "EU"]) expect(article.stated(actor), actor).toEqual([]);
  });

  it("still files what is said in it, and a speaker's audience is no call", () => {
    const article = readCatalogArticle([
      "Zelensky spoke with Xi on Wednesday, saying that peace needs China.",
      "Kaja Kallas spoke to reporters after meeting Wang Yi in Brussels, saying the talks were frank.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    const topic = readCatalogArticle(["Xi spoke of a new era of friendship between the two countries."]);
    expect(topic.stated("China")).toEqual(["S1"]);
    const subject = readCatalogArticle(["Lavrov spoke on the Ukrainian crisis at length."]);
    expect(subject.stated("Russia")).toEqual(["S1"]);
    const appeal = readCatalogArticle(["The EU renewed its call on China to press Russia."]);
    expect(appeal.stated("EU")).toEqual(["S1"]);
  });

  it("is no act when others report it, when it is a condition or only expected", () => {
    const article = readCatalogArticle([
      "Analysts said Zelensky held a phone call with Xi last week.",
      "If Zelensky held a phone call with Putin, it would be a first.",
      "Zelensky is expected to have held a phone call with Xi.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S1"]);
  });
});

describe("a joint statement named by 'the' alone", () => {
  it("speaks for the two whose leaders were just named: 'Xi and Putin met ... , the joint statement said'", () => {
    const article = readCatalogArticle([
      "Xi and Putin met in Moscow.",
      "China supports Russia's proposals for talks, the joint statement said.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });

  it("is never the last single speaker's: after Kallas speaks, its issuers are unknown", () => {
    const article = readCatalogArticle([
      "Kallas said in Brussels on Monday that talks must include Kyiv.",
      "China supports Russia's proposals for talks, the joint statement said.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).not.toContain("S2");
  });
});

describe("acts named by their object", () => {
  it("reads a prisoner exchange completed, an initiative launched and a coalition joined as acts", () => {
    const article = readCatalogArticle([
      "Russia and Ukraine have completed another large prisoner exchange brokered by the UAE.",
      "The European Commission launched an initiative to return Ukrainian children.",
      "The EU has joined the International Coalition for the Return of Ukrainian Children.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2", "S3"]);
  });

  it("reads leaving a deal, freezing assets, tightening controls, new tariffs and urging someone as acts", () => {
    const article = readCatalogArticle([
      "Moscow scrapped a deal in July guaranteeing safe passage of grain.",
      "Russia withdrew from the grain agreement.",
      "The EU and the G7 froze nearly half of Russia's foreign currency reserves.",
      "China has tightened export controls on military-capable drones.",
      "The EU has recently introduced new tariffs on Chinese electric vehicles.",
      "The EU encouraged Russia on Sunday to reconsider its decision.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.stated("EU")).toEqual(["S3", "S5", "S6"]);
    expect(article.stated("China")).toEqual(["S4"]);
  });

  it("reads no act in troops withdrawn or in being encouraged", () => {
    const article = readCatalogArticle([
      "Russia withdrew its troops from Kherson.",
      "Kyiv was encouraged by the talks.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("reads no act in a strike launched, talks joined or fire exchanged", () => {
    const article = readCatalogArticle([
      "Russia launched a massive missile attack on Kyiv.",
      "Ukraine joined the talks in Geneva.",
      "Russian and Ukrainian troops exchanged fire near Bakhmut.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});
