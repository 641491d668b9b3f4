import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("institutions named by 'the' alone, anonymous and hedged sources", () => {
  it("keeps 'the ministry' with the side whose unowned 'Commerce Ministry' spoke, past another side's words", () => {
    const article = readCatalogArticle([
      "Beijing slammed the EU over its 15th sanctions package.",
      "The Commerce Ministry said it firmly opposed the move.",
      "According to the EU, it is the first time the bloc has listed Chinese firms.",
      "The ministry reiterated its opposition to unilateral sanctions.",
      "It said the listings harm trade relations.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2", "S4", "S5"]);
    expect(article.stated("EU")).toEqual(["S3"]);
  });

  it("reads an official who speaks on condition of anonymity as an unnamed source, not the actor", () => {
    const article = readCatalogArticle([
      "A senior Ukrainian official, who spoke on condition of anonymity, told the AP that Russia had made new demands.",
      "A Chinese diplomat told Reuters on condition of anonymity that Beijing would not send arms.",
      "Sybiha said Kyiv would not give up land.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });

  it("reads words known only from unnamed media, or 'supposedly' said, as hearsay", () => {
    const article = readCatalogArticle([
      "According to the Russian media outlet, Xi told Putin that Beijing backs talks.",
      "Zelensky supposedly told Trump that Kyiv would hold elections.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S2"]);
    // The actor's own state agency is its own record.
    const own = readCatalogArticle([
      "According to a report by Xinhua, Xi told Putin that Beijing backs talks.",
    ]);
    expect(own.stated("China")).toEqual(["S1"]);
  });

  it("reads '..., reported Saint Petersburg's PortNews' as the outlet's account, verb first as after", () => {
    const article = readCatalogArticle([
      "China has condemned new EU sanctions, reported Saint Petersburg's PortNews.",
      "Zelensky said Kyiv would fight on, reported Ukraine's defence ministry.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });

  it("gives a quoted document no one was named as issuing to the institution it names as its subject", () => {
    const article = readCatalogArticle([
      "The summit's final conclusions were posted online.",
      "“The European Council underlines the importance of the commitment to provide EUR 45 billion to Ukraine,” the document says.",
    ]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.attributed("EU")).toEqual([]);
  });

  it("does not give a document to the actor a quotation after it names ('until “Russia ceases ...”')", () => {
    const article = readCatalogArticle([
      "The summit's final conclusions were posted online.",
      "The document also confirms that Russian assets should remain frozen until “Russia ceases its war against Ukraine.”",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("files no point for when and where someone spoke, and keeps what they spoke of", () => {
    const article = readCatalogArticle([
      "Zelenskiy spoke after his first face-to-face meeting with Putin in talks mediated by France.",
      "Lavrov spoke at the UN General Assembly on Saturday.",
      "Zelensky spoke to reporters in Kyiv, saying the war must end.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads 'Henry Wang Huiyao' as someone other than Wang Yi", () => {
    const article = readCatalogArticle([
      "Foreign Minister Wang Yi told Lavrov that China would stay objective.",
      "“China doesn’t support the war,” said Henry Wang Huiyao, founder of the Beijing-based think tank Center for China and Globalization.",
      "Later Foreign Minister Wang said China would help.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.attributed("China")).toEqual(["S2"]);
    // Where the family name comes last, a given name before it is the same person's ("Yury" for Ushakov).
    const aide = readCatalogArticle(["Yury Ushakov told journalists that the visit would be business-like."]);
    expect(aide.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'according to state media' naming no state as the speaker's own state media, another's as its account", () => {
    const article = readCatalogArticle([
      "“China will send a special envoy to Ukraine,” the Chinese government said in a statement, according to state media.",
      "Zelensky said the talks had failed, according to Russian state media.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S2"]);
  });

  it("reads 'which it said' as the clause's subject speaking, not the side that spoke before", () => {
    const article = readCatalogArticle([
      "The Commerce Ministry in Beijing said it opposed the listing.",
      "The EU adopted on Monday the 15th sanctions package against Russia, which it said was designed to prevent circumvention.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("reads a dash between two names as a compound ('At the EU–China summit, ...'), not a clause break", () => {
    const article = readCatalogArticle([
      "At the EU–China summit held in Beijing, European Council President António Costa and European Commission President Ursula von der Leyen called on Xi to exert influence over Russia.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads an invitation to someone to act as a proposal made, and being invited somewhere as none", () => {
    const article = readCatalogArticle([
      "Meanwhile, Zelensky invited Putin to meet in Turkey to discuss a possible ceasefire.",
      "The European Council invites the High Representative and the European Commission to cooperate with Ukraine.",
      "Xi invited Putin to the Beijing forum.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads the body of a '<ministry> statement on ...' as the ministry's own words", () => {
    const article = readCatalogArticle([
      "Russian Foreign Ministry statement on Russia's response to the European Union's decisions on sanctions",
      "Seeking to contain our country, the European Union has been carrying on with its policy of unilateral sanctions.",
      "We remain determined to respond to any unfriendly acts targeted against Russia.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2", "S3"]);
  });

  it("reads 'the Russian and Ukrainian delegations' as both sides speaking", () => {
    const article = readCatalogArticle([
      "Both heads of the Russian and Ukrainian delegations said the two sides agreed to swap prisoners.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });

  it("reads 'according to the diplomat.' closing a sentence as the official named before", () => {
    const article = readCatalogArticle([
      "Chinese Ambassador to the United Nations Zhang Jun said on Tuesday that his country will publish its proposals.",
      "China will emphasize respecting the territorial integrity of all countries, according to the diplomat.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("reads an expectation put to another actor as said to it, and a bare expectation as the writer's reading", () => {
    const article = readCatalogArticle([
      "The summit was overshadowed by the war in Ukraine where the EU expects China to support the efforts to stop the war.",
      "Beijing expects the war to last for years.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1", "S2"]);
  });

  it("reads an official act announced with 'will' as the act, and one that only could happen as none", () => {
    const article = readCatalogArticle([
      "Brussels will impose tighter trade restrictions on listed entities.",
      "Russia could impose a ban on EU goods.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("keeps 'she' pointing at the speaker past a whole quotation no one is named for", () => {
    const article = readCatalogArticle([
      "Kaja Kallas, the EU's foreign policy chief, said support for Ukraine was in the US's interest.",
      "“If the US is worried, then we should be worried about Russia.”",
      "Later asked about Trump’s intentions, she said the EU needed information.",
    ]);
    expect(article.stated("EU").sort()).toEqual(["S1", "S2", "S3"]);
  });

  it("reads '\"...,\" the statement said' after a statement by one side as that side's, whoever the quotation names", () => {
    const article = readCatalogArticle([
      "The Ukrainian Foreign Ministry said in a statement on Tuesday that it had summoned the Chinese ambassador.",
      "Ukrainian Deputy Foreign Minister Yevhen Perebyinis said the reports were of serious concern.",
      '"Evidence of such facts was transferred by Ukrainian special services to the Chinese side," the statement said, noting that Perebyinis called on Beijing to take measures.',
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3"]);
  });

  it("credits a document issued by a list of agents to each of them", () => {
    const article = readCatalogArticle([
      "These statements follow an ultimatum issued by Ukraine, the EU, and the United States, demanding that Russia accept a truce.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads '..., the Associated Press reported' as the outlet's account, with a lower-case 'the'", () => {
    const article = readCatalogArticle([
      "Xi called for peace talks to resume as soon as possible, the Associated Press reported.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });

  it("reads 'About China's position ..., he said' as a topic before the speaker", () => {
    const article = readCatalogArticle([
      "Chinese Foreign Minister Wang Yi met Lavrov in Moscow on Monday and spoke of deeper trust.",
      "About China’s position on the Ukrainian issue, he said that China would always stand on the side of peace.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("reads a host welcoming a visitor as a meeting, and welcoming a proposal as a position", () => {
    const article = readCatalogArticle([
      "Chinese president Xi Jinping and Premier Li Qiang welcomed European Commission president Ursula von der Leyen in Beijing.",
      "Zelensky welcomed the proposal by Xi Jinping.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });
});

describe("an unnamed spokesperson of a statement the sentence opens with", () => {
  it("speaks for the body that issued it: 'In a statement by China's mission to the EU, a spokesperson said'", () => {
    const article = readCatalogArticle([
      'In a statement by China\'s mission to the EU, a spokesperson said that the NATO declaration was "filled with Cold War mentality."',
      "A spokesperson said the talks would go on.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("a clause of time opened past an adverb", () => {
  it("is no part of the subject: 'shortly before the Kremlin launched ..., Moscow and Beijing announced'", () => {
    const article = readCatalogArticle([
      "In February 2022, shortly before the Kremlin launched its assault, Moscow and Beijing announced a “no-limits partnership.”",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});
