import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("a source the catalog does not name", () => {
  it("speaks for the actor whose post follows its name in apposition", () => {
    const article = readCatalogArticle([
      "According to Jan Novak, a spokesman for the European Commission, the bloc will keep its sanctions.",
      "According to Kommersant, a Russian daily, the Kremlin plans a new offensive.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    // A newspaper in apposition is still an outlet: its account, not Russia's word.
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S2"]);
  });

  it("reads a state agency however an outlet spells it", () => {
    const article = readCatalogArticle([
      "The talks will cover energy, Kremlin spokesman Dmitry Peskov said, according to Tass.",
      "Xi backed the plan, Zelensky said, according to Tass.",
      "The EU has proposed sanctions on Chinese firms, the Financial Times reported on Sunday, which said it had seen a draft.",
    ]);
    // An outlet's report stays its account when it says what it rests on.
    expect(article.stated("EU")).toEqual([]);
    expect(article.claimants("EU")).toEqual({ S3: "the Financial Times" });
    expect(article.stated("Russia")).toEqual(["S1"]);
    // Russia's state agency telling of Ukraine's words is Russia's account of them.
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S2: "Russia" });
  });

  it("knows the other state outlets the catalog lists: Sputnik, RIA, People's Daily", () => {
    const article = readCatalogArticle([
      "Russia will answer the sanctions with measures of its own, Peskov said, according to Sputnik.",
      "Beijing firmly opposes the sanctions, Lin Jian said, according to People's Daily.",
      "Zelensky said China was arming Russia, according to RIA.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S3: "Russia" });
  });

  it("tells words said to another side's leaders as that side's account", () => {
    const article = readCatalogArticle([
      "Chinese Premier Li Qiang told EU leaders that China was pursuing peace in its own way.",
      "Wang Yi told his EU counterparts that Beijing would not arm Moscow.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "EU", S2: "EU" });
  });

  it("leaves the person an outlet told of in view: the article's own 'he said' after it is his statement", () => {
    const article = readCatalogArticle([
      "Xi said China wanted a political settlement, Reuters reported.",
      "“China's position has always been clear.",
      "We hope for the speedy restoration of peace,” he said.",
    ]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2", "S3"]);
  });

  it("reads a post with no article after an inverted speaker, and 'the head of the office' as a source", () => {
    const article = readCatalogArticle([
      "Kyiv hopes Beijing will join the summit, said Andriy Yermak, head of the Presidential Office.",
      "According to the head of the Presidential Office, 84 countries took part.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    // Kyiv's hope about Beijing is no Chinese statement.
    expect(article.stated("China")).toEqual([]);
  });

  it("reads 'his ministry' by the one person its quoted text names, when nobody outside it is in view", () => {
    const article = readCatalogArticle([
      "Foreign Minister Dmytro Kuleba held talks in Guangzhou, a Ukrainian source in the delegation said.",
      "“Kuleba restated that Kyiv is ready to negotiate in good faith,” his ministry said in a statement.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("reads state media naming no state as the media of the one it reports speaking", () => {
    const article = readCatalogArticle([
      "State media had reported that during their call, Xi told Zelenskiy China would send an envoy to Kyiv.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("makes the one asked the one a following 'He replied' names", () => {
    const article = readCatalogArticle([
      "Peskov was asked whether he knew of the common ground that Zelenskyy said had been found.",
      "He replied that it was a known fact.",
    ]);
    expect(article.stated("Russia")).toContain("S2");
    expect(article.stated("Ukraine")).not.toContain("S2");
  });

  it("reads an agency's dateline in any case as no subject: 'Beijing, December 13 (Xinhua) — The Council ...'", () => {
    const article = readCatalogArticle([
      "Review: Russian assets in Europe",
      "Beijing, December 13 (Xinhua) — The Council of the European Union on Friday decided to freeze Russian assets.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("knows officials an article names by post alone: Russia's finance minister, the EEAS spokesman", () => {
    const article = readCatalogArticle([
      "On Monday, Finance Minister Anton Siluanov warned that Moscow would retaliate in kind.",
      "“China is the main supplier of dual-use goods,” El Anouni stated.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("reads 'March 30 (Interfax-Ukraine) –' as a dateline and 'the head of Ukrainian diplomacy' as Ukraine", () => {
    const article = readCatalogArticle([
      "March 30 (Interfax-Ukraine) – Minister of Foreign Affairs of Ukraine Dmytro Kuleba said Moscow is outraged.",
      "Speaking to reporters, the head of Ukrainian diplomacy said the Chinese leadership is still testing the ground.",
      "He continued that Kyiv has always been ready for talks.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3"]);
  });

  it("reads 'was quoted by Interfax as saying' as the outlet's account, and the speaker's own agency as his", () => {
    const article = readCatalogArticle([
      "Kremlin spokesman Dmitry Peskov was quoted in Moscow by Interfax news agency as saying Russia had agreed on steps.",
      "Kremlin spokesman Dmitry Peskov was quoted by TASS as saying Russia had rejected the proposal.",
      "China has stated that it continues to oppose unilateral sanctions, according to Global Times.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S3"]);
  });

  it("reads an institution quoting its own official as that side, and unnamed senior officials as no one's word", () => {
    const article = readCatalogArticle([
      "“China and Brazil will establish a platform,” the Chinese Foreign Ministry quoted the top diplomat as saying at a meeting in New York.",
      "According to senior Ukrainian officials, Zelensky is prepared to attend the talks.",
      "Since the beginning of this year, Beijing and Kyiv have maintained exchanges at all levels.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("lets a person's title teach a role: 'spokesman Lin Jian' is whom 'the spokesperson' names after Peskov", () => {
    const article = readCatalogArticle([
      "The claims are false, Kremlin spokesperson Dmitry Peskov has said.",
      "Beijing has dismissed the claims as groundless, with Foreign Ministry spokesman Lin Jian reiterating that the government advises its citizens to stay away.",
      "“China's stance on the Ukrainian crisis is clear and unambiguous,” the spokesperson added.",
    ]);
    expect(article.stated("China")).toContain("S3");
    expect(article.stated("Russia")).not.toContain("S3");
  });

  it("files no one's position for a meeting the next sentence says someone announced", () => {
    const article = readCatalogArticle([
      "The corresponding issue was discussed by Kyiv and Beijing.",
      "This was announced by China's permanent representative to the EU Fu Cong.",
    ]);
    expect(article.stated("China")).not.toContain("S1");
  });

  it("reads a passive welcome by an official, a chargé d'affaires, and the quotation that follows", () => {
    const article = readCatalogArticle([
      "The move was cautiously welcomed by Ukraine’s President Volodymyr Zelenskyy.",
      "“I think that the fact that China started talking about peace is not bad,” he said.",
      "Ukraine’s charge d'affaires in Beijing Zhanna Leshchynska also called it a “good sign”.",
      "“We hope they also urge Russia to stop the war,” Ms Leshchynska said.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3", "S4"]);
  });

  it("reads an actor's name inside a company's as no mention: 'China Zheshang Bank had introduced restrictions'", () => {
    const article = readCatalogArticle([
      "DBS Bank, Great Wall West China Bank and China Zheshang Bank had introduced some restrictions on operations with Russia.",
      "China Zheshang Bank announced that it would halt payments from Russia.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads a newspaper as the speaker as the paper, a ministry's website as the ministry", () => {
    const article = readCatalogArticle([
      "Ukraine’s Ukrainska Pravda newspaper, citing the Ukrainian military, reported that a Chinese national had paid a middleman.",
      "According to several people familiar with the conversation, Wang told Kallas that Beijing could not accept a Russian loss.",
      "“We are ready to contribute to a political solution,” the Chinese Foreign Ministry website said.",
      "Beijing urged restraint, according to a statement posted on the ministry’s website.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
  });

  it("ends an inverted speaker where a place or time begins, and takes the person named in apposition", () => {
    const article = readCatalogArticle([
      "“We note the readiness of the Chinese side,” said the ministry’s spokeswoman, Maria Zakharova.",
      "“We want a dialogue with China,” stated Colonna during a joint press conference with Qin Gang.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads 'Li is quoted as saying' right after '..., reported TASS' as the outlet's account", () => {
    const article = readCatalogArticle([
      "On 26 May, the Chinese Foreign Ministry posted Li Hui's statements on his talks in Europe, reported TASS.",
      "“China has always taken an unbiased stance on the Ukrainian issue,” Li Hui is quoted as saying.",
      "“China has always taken an unbiased stance,” Li Hui said in Brussels.",
    ]);
    expect(article.attributed("China")).toContain("S2");
    expect(article.stated("China")).toEqual(["S3"]);
  });

  it("leaves 'both sides' unresolved when the sentence's teller is not one of the sides it found", () => {
    const article = readCatalogArticle([
      "Chinese leaders said they favour an early peace in Ukraine but kept their alliance with Russia.",
      "Both sides agreed that “this war threatens global security,” Charles Michel, President of the European Council, said after the summit.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("reads a state agency named as the speaker as its state's outlet on its own officials, not on others", () => {
    const article = readCatalogArticle([
      'Xinhua wrote that Xi stressed that "on the Ukraine issue, voices for peace are building".',
      "State agency RIA Novosti said Peskov confirmed the visit and rejected the plan.",
      "TASS reported that Wang Yi said China backs talks.",
      "Reuters wrote that Xi stressed peace.",
      "The Xinhua news agency said Xi called for talks.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S5"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    // Russia's agency telling of China's minister, and a foreign wire, stay their accounts.
    expect(article.claimants("China")).toEqual({ S3: "TASS", S4: "Reuters" });
  });

  it("reads a closing state agency in any spelling, and an owner-less ministry statement, as the speaker's side", () => {
    const article = readCatalogArticle([
      "Wang Yi stressed that Beijing is ready to provide assistance, Xinhua news agency reported.",
      "Peskov said Moscow is open to talks, the TASS News Agency reported.",
      "Qin Gang said China will persist in promoting peace talks, a foreign ministry statement on Friday said.",
      "Wang Yi said Kyiv must negotiate, a Russian foreign ministry statement said.",
      "Peskov said Moscow wants peace, the Xinhua News Agency reported.",
      "Xi said he hoped Brussels would act independently, state broadcaster CCTV reported.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3", "S6"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    // A statement another side owns, and one state's agency on another's official, stay their accounts.
    expect(article.claimants("China")).toEqual({ S4: "Russia" });
    expect(article.claimants("Russia")).toEqual({ S5: "China" });
  });

  it("reads both sides speaking in a state agency's closing report as that state's, and its account of the other", () => {
    const article = readCatalogArticle([
      "Xi and Putin signed a joint statement in Moscow.",
      "On the Ukraine issue, the two sides stressed talks as the solution to the crisis, the Xinhua News Agency reported.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.claimants("Russia")).toEqual({ S2: "China" });
  });
});

describe("unnamed officials counted, closing a sentence", () => {
  it("are no actor on the record, even when they 'told CNBC'; a named official who told reporters is", () => {
    const article = readCatalogArticle([
      "The European Union plans to sanction Chinese firms, three EU officials told CNBC.",
      "Two senior EU diplomats said the bloc would sanction Chinese firms.",
      "The EU will sanction Chinese firms, Kallas told reporters on Monday.",
    ]);
    expect(article.stated("EU")).toEqual(["S3"]);
  });
});

describe("a source reporting what an official said, past an opening phrase", () => {
  it("keeps the official's words its account: 'Sources reported that during the meeting, Wang Yi said ...'", () => {
    const article = readCatalogArticle([
      "Sources reported that during the meeting, Wang Yi said that Russia's defeat is unacceptable.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "Sources" });
  });
});

describe("an outlet closing the sentence with its own source", () => {
  it("is the outlet's account: '..., writes UNN with reference to Politico'", () => {
    const article = readCatalogArticle([
      "EU leaders urged Xi to pressure Russia, writes UNN with reference to Politico.",
      "EU leaders urged Xi to pressure Russia, writes UNN citing Politico.",
      'EU leaders said relations had reached a "turning point," writes UNN with reference to Politico.',
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.claimants("EU")).toEqual({ S1: "UNN", S2: "UNN", S3: "UNN" });
  });
});

describe("an outlet recalling", () => {
  it("closes the sentence as its account: '..., RBC recalls.'; a spokesman recalling states", () => {
    const article = readCatalogArticle([
      "The Kremlin said that it had nothing to add to the position of the Chinese side, RBC recalls.",
      "Talks will go on, Peskov recalled.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.claimants("Russia")).toEqual({ S1: "RBC" });
  });
});
