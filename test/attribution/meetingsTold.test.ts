import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// docs/labelling-guide.md, the meeting row: a meeting or call as such is no one's position, and telling of it
// does not make it one; what a side said or did in it is its statement.
describe("a meeting or call told by one who speaks for a side", () => {
  it("is no stated point: talks held, a call, a topic discussed, views exchanged, a meeting to come", () => {
    const article = readCatalogArticle([
      "Russian state news agencies later reported that Putin and Xi held informal talks for nearly four hours.",
      "Ukrainian President Volodymyr Zelensky said he spoke with Chinese President Xi Jinping by phone.",
      "Lavrov and Wang Yi discussed relations with the US and the Ukraine conflict, the Russian statement said.",
      "Putin and Xi will speak before the end of the year, the Kremlin said on Monday.",
      "“We exchanged views on the Russian war in Ukraine,” Ursula von der Leyen said.",
      "Kallas reported that the matter was discussed with Ukrainian Prime Minister Denys Shmyhal.",
      "The meeting also focused on trade and discussed further contacts, the Ukrainian ministry said.",
      "The Russian foreign ministry said the two ministers discussed issues on the international agenda.",
      "It added that “a number of regional topics were touched upon, including the Ukrainian crisis.”",
    ]);
    for (const actor of ["Russia", "Ukraine", "EU", "China"])
      expect(article.stated(actor), actor).toEqual([]);
  });

  it("still files a stance on meeting, a judgment of the talks and what was said or agreed in them", () => {
    const article = readCatalogArticle([
      "Zelensky said Ukraine was ready to meet Putin once a ceasefire was in place.",
      "Chinese envoy Li Hui said he had candid talks in every European capital.",
      "Lavrov met Wang Yi in Beijing and said the West was to blame.",
      "Putin and Xi discussed the war and agreed that sanctions were illegal, the Kremlin said.",
      "Von der Leyen said the EU and China discussed the European approach to de-risk, not de-couple.",
      "Kallas said the EU would not hold talks with Moscow.",
      "Yermak told a briefing that no other peace initiative was discussed at the meeting apart from Ukraine's.",
      "“It met the common will of most countries,” said Wang Yi of the Xi-Putin statement.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S7"]);
    expect(article.stated("China")).toEqual(["S2", "S8"]);
    expect(article.stated("Russia")).toEqual(["S3", "S4"]);
    expect(article.stated("EU")).toEqual(["S5", "S6"]);
  });

  it("reads 'the United States' as a name, not 'states', and talks that 'covered' topics as a meeting told", () => {
    const article = readCatalogArticle([
      "Lavrov and Wang Yi discussed relations with the United States, the Russian foreign ministry said.",
      "The discussions between the two diplomats involved a wide range of topics, the Russian foreign ministry said.",
      "The talks covered trade and the war in Ukraine, the Kremlin said.",
      "Lavrov said the United States had lost its way.",
    ]);
    expect(article.stated("Russia")).toEqual(["S4"]);
  });

  it("reads a statement released 'stating that the two diplomats discussed ...' as a meeting told", () => {
    const told = readCatalogArticle([
      "The Russian foreign ministry released a statement after the meeting, stating that the two diplomats discussed the situation in Ukraine in detail.",
    ]);
    expect(told.stated("Russia")).toEqual([]);
    const calling = readCatalogArticle([
      "Xi and Putin issued a joint statement calling for deeper ties after their summit, where they discussed Ukraine.",
    ]);
    expect(calling.stated("Russia")).toEqual(["S1"]);
    expect(calling.stated("China")).toEqual(["S1"]);
  });

  it("is no point either when it is a quotation the next sentence gives its speaker", () => {
    const article = readCatalogArticle([
      "“We exchanged views on the Russian war in Ukraine.",
      "Ukraine is defending its sovereignty,” said von der Leyen.",
    ]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });
});

describe("a meeting that is only due", () => {
  it("is no stated point when scheduled, planned or expected, or only confirmed", () => {
    const article = readCatalogArticle([
      "The presidents are scheduled to hold one-on-one talks on Monday, according to the Kremlin.",
      "Chinese President Xi Jinping plans to travel to Moscow to meet Vladimir Putin next week, Beijing said.",
      "Lavrov is expected to meet Wang Yi in Beijing, the Russian foreign ministry said.",
      "The Kremlin confirmed the call and noted that Putin also discussed his visit to China.",
      "China confirmed on Monday that it will host a high-level summit with the European Union this week.",
      "The diplomat recalled that Russian Foreign Minister Sergey Lavrov discussed Ukraine with Wang Yi.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
  });

  it("still files a side's stance on meeting", () => {
    const article = readCatalogArticle([
      "Zelensky said he was ready to meet Putin.",
      "Putin said he refused to meet Zelensky.",
      "Zelensky said that China discussing Ukraine “was not bad.”",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S3"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("a visit announced", () => {
  it("is no position, whoever announces it; a call for something made with it is", () => {
    const article = readCatalogArticle([
      "Chinese Foreign Ministry spokesman Wang Wenbin said that the Chinese envoy would visit Russia, Germany, Poland, Ukraine and France.",
      "Li Hui will visit Ukraine and Russia to communicate with all parties, a Chinese foreign ministry spokesperson announced.",
      "Xi met Putin and called for peace.",
      "Xi said he would visit Moscow and called for talks.",
    ]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
  });
});
