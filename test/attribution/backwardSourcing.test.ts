import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("a speaker named in the next sentence ('X said this ...')", () => {
  it("gives the sentence before to the speaker, and what it says another actor declared becomes a claim", () => {
    const article = readCatalogArticle([
      'A Chinese delegation in Geneva would have been a real step towards "a lasting peace," which has been declared by China.',
      "The Ministry of Foreign Affairs of Ukraine said this in a comment on the Chinese minister's remarks.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.claimants("China")).toEqual({ S1: "Ukraine" });
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });

  it("reads the passive 'This was reported by ...' the same way", () => {
    const article = readCatalogArticle([
      "Kuleba said Kyiv would never accept a frozen conflict.",
      "This was reported by the Chinese Foreign Ministry.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("does not turn a narrated meeting into a position of whoever reported it", () => {
    const article = readCatalogArticle([
      "Wang Yi met Dmytro Kuleba in Guangzhou on Wednesday.",
      "This was reported by the Chinese Foreign Ministry.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });

  it("leaves 'said this week that ...' alone: it says something itself", () => {
    const article = readCatalogArticle([
      "Peskov said Moscow was open to talks.",
      "Kallas said this week that Russia is not serious about peace.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.attributed("Russia")).toEqual(["S2"]);
  });
});

describe("a document quoting one side, and what it says of the other", () => {
  it("reads 'According to the statement, the Ukrainian side said' as the quoting side's account", () => {
    const article = readCatalogArticle([
      '"All parties need to build mutual trust," a Foreign Ministry statement quoted Li Hui as saying.',
      "According to the statement, the Ukrainian side said that it values China's role at the United Nations.",
      "Ukraine always adheres to the one-China principle, the statement said.",
    ]);
    expect(article.stated("China")).toContain("S1");
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S2", "S3"]);
    expect(article.claimants("Ukraine")).toMatchObject({ S2: "China" });
  });

  it("keeps a document's own side speaking in its own name", () => {
    const article = readCatalogArticle([
      '"All parties need to build mutual trust," a Foreign Ministry statement quoted Li Hui as saying.',
      "According to the statement, Li said that China will keep providing humanitarian aid.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });

  it("reads one side's readout citing or quoting the other's official as its account of them", () => {
    const article = readCatalogArticle([
      "A Chinese readout, that cites Mr Kuleba, said: “Ukraine is willing to strengthen communication with China.”",
      "A Chinese readout quoted Kuleba as saying that Ukraine is willing to talk.",
      "The Kremlin readout quoted Xi as saying that China supports talks.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "China", S2: "China" });
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.claimants("China")).toEqual({ S3: "Russia" });
  });
});

describe("a sentence that only says a paper reported the one before", () => {
  it("makes the one before the paper's account, unless the paper is the actor's own state agency", () => {
    const article = readCatalogArticle([
      "The European Union for the first time included Chinese banks in its list of restrictions.",
      "This is reported by South China Morning Post.",
      "Wang Yi said China wants peace.",
      "This was reported by Xinhua.",
      "Peskov said Moscow is ready.",
      "This was reported by the Kremlin press service.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.claimants("EU")).toEqual({ S1: "South China Morning Post" });
    expect(article.stated("China")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual(["S5"]);
  });
});

describe("a lead sentence whose speaker the next sentence names", () => {
  it("gives an unattributed lead to 'This was stated by ...', and lets a later 'she said' find her", () => {
    const article = readCatalogArticle([
      "For a ceasefire between Ukraine and Russia to work, there must be deterrence.",
      "This was stated by the EU's foreign policy chief Kaja Kallas in an interview with a broadcaster.",
      '"Putin has shown he does not keep ceasefires," she said.',
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S3"]);
  });

  it("does not let a 'he' who spoke block a later 'she'", () => {
    const article = readCatalogArticle([
      "Kaja Kallas said Europe must arm itself.",
      "Kallas doubted the truce that he agreed with Trump.",
      "She also emphasized that a stronger European Union lowers the risk of war.",
    ]);
    expect(article.stated("EU")).toContain("S3");
  });
});

describe("a title with its host country before the name", () => {
  it("reads 'by Chinese Ambassador to the European Union Fu Kong' as China, and learns his name", () => {
    const article = readCatalogArticle([
      "China says it did not side with Russia in the war.",
      "This was stated by Chinese Ambassador to the European Union Fu Kong on the eve of the visit.",
      "Fu said that China has not provided military assistance to Russia.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("a passive source that is no official voice", () => {
  it("does not give the sentence before to 'This was stated by Russian political scientist ...'", () => {
    const article = readCatalogArticle([
      "The West will tire of supporting Ukraine within a year.",
      "This was stated by Russian political scientist Ivan Petrov on a talk show.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("'It is reported by' a paper", () => {
  it("makes the sentence before the paper's account, past the paper's short name", () => {
    const article = readCatalogArticle([
      "China has told Kallas that it cannot allow Russia to lose in the Ukrainian conflict.",
      "It is reported by The South China Morning Post (SCMP), citing sources.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "South China Morning Post" });
  });
});

describe("a sourcing line that itself goes through an outlet", () => {
  it("reads 'This was stated by Borrell on Twitter, Ukrinform reports.' as the outlet's account of the line before", () => {
    const article = readCatalogArticle([
      "The European Union has called on Russia to revert its decision to leave the grain deal.",
      "This was stated by EU High Representative Josep Borrell on Twitter, Ukrinform reports.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.attributed("EU")).toEqual(["S1"]);
    const act = readCatalogArticle([
      "The European Union has joined the International Coalition for the Return of Ukrainian Children.",
      "This was stated by EU High Representative Josep Borrell on X, UNN reports.",
    ]);
    expect(act.stated("EU")).toEqual(["S1"]);
  });

  it("reads 'That's according to Reuters.' as the paper's account, and a ministry named so as the speaker", () => {
    const byPaper = readCatalogArticle([
      "China has declined an invitation to the peace summit in Switzerland.",
      "That's according to Reuters.",
    ]);
    expect(byPaper.stated("China")).toEqual([]);
    expect(byPaper.claimants("China")).toEqual({ S1: "Reuters" });
    const byMinistry = readCatalogArticle([
      "Peskov said Russia would never accept a ceasefire.",
      "That's according to the Chinese Foreign Ministry.",
    ]);
    expect(byMinistry.stated("China")).toEqual(["S1"]);
    expect(byMinistry.claimants("Russia")).toEqual({ S1: "China" });
  });
});
