import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("topics, other subjects, minds and sources a second labeller settled", () => {
  it("reads 'Concerning Ukraine, ...' as a topic, and the High Representative as the EU", () => {
    const article = readCatalogArticle([
      "Concerning Ukraine, the High Representative underscored the severe implications of China's support for Russia.",
      "Regarding Kyiv, the envoy stayed silent.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });

  it("ends a subject no actor owns at its auxiliary: 'India has walked ... since the Ukraine conflict began, pledging ...'", () => {
    const article = readCatalogArticle([
      "India has walked a delicate tightrope since the Ukraine conflict began, pledging humanitarian aid to Ukraine.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    // "This is what": no subject of its own before the auxiliary, so the name after it still speaks.
    const declared = readCatalogArticle([
      "This is what Russian Foreign Minister Sergey Lavrov has declared about the talks.",
    ]);
    expect(declared.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'observed the parade' as watching, and 'observed that' as speech", () => {
    const article = readCatalogArticle([
      "Xi Jinping and Vladimir Putin observed China's military parade.",
      "Wang Yi observed that talks were the only way out.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("reads 'Beijing concluded that ...' as the writer's reading of its mind, and a leader named by post who 'wants'", () => {
    const article = readCatalogArticle([
      "Beijing concluded that the positions of Kyiv and Moscow are too far apart.",
      "The Kremlin leader wants to use the forum to challenge the West.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S2"]);
  });

  it("gives a statement sourced to 'the ministry' no one owns to its speaker", () => {
    const article = readCatalogArticle([
      "Kuleba expressed his belief that a just peace aligns with China's interests, according to the ministry.",
      "Russia expressed its readiness to talk, according to the newspaper.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads a proposal put forward as the proposer's act", () => {
    const article = readCatalogArticle([
      "Beijing put forward a 12-point paper that set out general principles for ending the war.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads what a leader 'wants' as the writer's reading through phrases in scare quotes, not through quoted words", () => {
    const scare = readCatalogArticle([
      'The Kremlin leader wants to advance his idea of a "multipolar world" as a bulwark against US "hegemony".',
    ]);
    expect(scare.stated("Russia")).toEqual([]);
    expect(scare.attributed("Russia")).toEqual(["S1"]);
    const quoted = readCatalogArticle([
      'Putin wants peace, he said, adding: "We are ready to talk to anyone who wants it."',
    ]);
    expect(quoted.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'according to the Ukrainian Foreign Ministry's press release' as Ukraine's own source", () => {
    const article = readCatalogArticle([
      "Kuleba expressed his belief that a just peace aligns with China's interests, according to the Ukrainian Foreign Ministry's press release.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("joins two titled leaders as one subject past an adverb: '... and Russian President Vladimir Putin jointly declared'", () => {
    const article = readCatalogArticle([
      "Chinese President Xi Jinping and Russian President Vladimir Putin jointly declared a friendship with no limits.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'holds that', 'called upon', 'appealed to' and 'posted' as statements", () => {
    const article = readCatalogArticle([
      "China holds that the Cold War mentality should be abandoned.",
      "Kallas called upon China to stop its support for Russia.",
      "Zelensky appealed to the European Union for more sanctions.",
      "“The EU is curbing Russian diplomats’ movements,” Kallas posted.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2", "S4"]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
  });

  it("reads 'asked X to', 'informed X about' and 'estimates that' as statements, not 'asked about' or 'informed sources'", () => {
    const article = readCatalogArticle([
      "Andriy Yermak informed the Chinese Foreign Minister about the Russian drone attack.",
      "Ukrainian intelligence estimates that most parts in Russian drones came from Chinese suppliers.",
      "In the exchange, the EU chiefs asked Beijing to stop trade retaliation.",
      "Kallas asked about the plan.",
      "Informed sources said the Kremlin was wary.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.stated("EU")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("does not give the sentence before to one who 'denied this', as it does to one who 'said this'", () => {
    const denied = readCatalogArticle([
      "American authorities reported that North Korean troops fight for Russia in Ukraine.",
      "Moscow denied this.",
    ]);
    expect(denied.stated("Russia")).toEqual(["S2"]);
    const said = readCatalogArticle([
      "Ukraine must give up its claims to Crimea, and the West must stop arming Kyiv.",
      "Peskov said this on Monday.",
    ]);
    expect(said.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'with Putin saying ...', 'summoned the ambassador' and 'outlined its terms' as statements", () => {
    const article = readCatalogArticle([
      'Trump and Putin held a three-hour meeting in Anchorage, with Putin saying they reached an "understanding."',
      "The Ukrainian foreign ministry summoned the Chinese ambassador to demand that Beijing halt the support.",
      "Beijing outlined its peace proposals in twelve points.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual(["S3"]);
  });

  it("carries a subject past a long title to a series of acts, and reads 'according to the merits' as no source", () => {
    const article = readCatalogArticle([
      "Ambassador Zhang Jun, Permanent Representative of the People's Republic of China to the United Nations, attended the meeting, abstained in the voting, and explained China's position.",
      "China always forms its own position according to the merits of the matter at hand.",
      "Russia will act according to the Kremlin.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
    expect(article.attributed("Russia")).toEqual([]);
    expect(article.stated("Russia")).toEqual(["S3"]);
  });
});
