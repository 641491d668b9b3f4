import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("what a speaker reports after 'that'", () => {
  it("is the speaker's content, not a statement or act of its subject, past a comma and a participle", () => {
    const article = readCatalogArticle([
      "Chinese Foreign Ministry spokesman Lin Jian spoke on Monday.",
      "He defended China’s economic ties with Russia, stressing that neither the US nor the EU has halted trade with Moscow.",
      "Kallas said on Tuesday, noting that Russia has rejected every truce, that the EU would keep its sanctions.",
    ]);
    // S1 only tells when he spoke: no point.
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("EU")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("still files a subject's own act told with no speech verb before 'that'", () => {
    const article = readCatalogArticle([
      "The sanctions are so broad that the EU has halted trade with Moscow.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });
});

describe("an actor's own rebuttal", () => {
  it("is its statement: 'Beijing has rebuffed claims ...'", () => {
    const article = readCatalogArticle([
      "Western officials say China is arming Russia, but Beijing rebuffs the claims.",
      "Beijing has rebuffed claims it is supporting Russia's war effort.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.claimants("China")).toEqual({ S1: "Western officials" });
  });
});

describe("sources closing a sentence and institutions named by 'the'", () => {
  it("reads an outlet after a closing quotation mark or a day as the outlet's account", () => {
    const article = readCatalogArticle([
      'Ukraine\'s Foreign Ministry called the claim "groundless," Reuters reported.',
      "Ukraine's Foreign Ministry said it had summoned the Chinese ambassador, according to Reuters on Wednesday.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "Reuters", S2: "Reuters" });
  });

  it("reads a state-run agency naming no state as the speaker's own media", () => {
    const article = readCatalogArticle([
      "Russia said 40 shells had fallen in the Rostov region, state-run Ria Novosti news agency reported.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("gives 'the Foreign Ministry spokesperson' to the side whose ministry the article named", () => {
    const article = readCatalogArticle([
      "The Chinese Foreign Ministry said there should be no winners and losers.",
      "Kallas met Zelensky in Kyiv.",
      "The Foreign Ministry spokesperson also noted that China has never sent weapons to either party.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("who speaks in an absolute clause, an answer to a topic, and an unnamed insider", () => {
  it("gives 'with the Ukrainian president describing ...' to Ukraine, not to the one who spoke to him", () => {
    const article = readCatalogArticle([
      "Xi Jinping spoke to Volodymyr Zelensky with the Ukrainian president describing the call as meaningful.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });

  it("reads a long topic commented on, abbreviations included, as no position", () => {
    const article = readCatalogArticle([
      "China's Zhao Lijian commented on Maria Zakharova's recent reiteration of Moscow's finding of documents on the bio-military plan implemented in Ukraine by the U.S.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads 'one EU diplomat said' as an unnamed source, and an EU spokesman as the EU", () => {
    const article = readCatalogArticle([
      "This shift “follows from a careful analysis of what China is doing”, one EU diplomat said.",
      "An EU spokesman said the bloc would act.",
    ]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });
});

describe("words that look like statements and are not", () => {
  it("reads 'China's stated positions' as an object of the writer's claim, and keeping ties as no statement", () => {
    const article = readCatalogArticle([
      "The alliance creates challenges, as it contradicts China’s stated positions.",
      "China and Russia maintain a strategic partnership rooted in shared opposition to the U.S.",
      "China's stated goal is a ceasefire.",
      "China maintains a stance of neutrality in the conflict.",
    ]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads an actor's official position told as what it is as stated, a judgment of it or a source's account not", () => {
    const article = readCatalogArticle([
      "Although China's official position on the war has been that of neutrality, its media side with Moscow.",
      "Beijing's stance remains that talks are the only way out.",
      "China's position is untenable.",
      "Lavrov spoke in Moscow on Monday.",
      "According to him, China's position is that the root causes must be understood first.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.claimants("China")).toMatchObject({ S5: "Russia" });
  });
});

describe("plans presented, sanctions extended, and a speaker named after a long clause", () => {
  it("files presenting a plan and extending sanctions as acts, and not an award or a lead", () => {
    const article = readCatalogArticle([
      "China presented a 12-point peace plan for a settlement in Ukraine on Friday.",
      "The European Union extended the economic sanctions until January 2017.",
      "Russia extended its lead in the region.",
      "Xi presented an award to Putin.",
      "China presents itself as a neutral party.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S5"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("gives '..., said Wang Wenbin, a spokesperson of the Foreign Ministry, on Monday.' to China", () => {
    const article = readCatalogArticle([
      "China is firmly opposed to illegal sanctions, and the cooperation is open, said Wang Wenbin, a spokesperson of the Foreign Ministry, on Monday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("decisions reached and sanctions characterised", () => {
  it("files 'reached a provisional agreement to sanction' and 'characterized the sanctions as illegal' as statements", () => {
    const article = readCatalogArticle([
      "The European Union reached a provisional agreement on Wednesday to sanction Chinese entities for the first time.",
      "China's Ministry of Commerce, in a strongly worded statement, characterized the sanctions as illegal and unilateral.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});
