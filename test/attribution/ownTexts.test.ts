import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("a statement published under its speaker's name", () => {
  const statement = (headline: string) => [
    headline,
    "First, we tabled our draft agreement on grain corridors.",
    "The draft sets out three stages.",
    "The Ukrainian side took the draft home for review.",
    "We have agreed to meet again in Geneva.",
    "Analysts said Moscow was stalling.",
  ];

  it("gives the body's first-person sentences, and those naming an actor, to the official the headline credits", () => {
    const article = readCatalogArticle(
      statement(
        "Statement by Head of the Russian delegation Ivan Petrov following the talks with Ukraine in Geneva",
      ),
    );
    // "The draft sets out three stages." is neither first person nor about an actor: no point.
    expect(article.stated("Russia")).toEqual(["S2", "S4", "S5"]);
    // What the statement says of the other side is the speaker's account of it.
    expect(article.attributed("Ukraine")).toEqual(["S4"]);
    expect(article.claimants("Ukraine")).toEqual({ S4: "Russia" });
    expect(article.stated("Ukraine")).toEqual([]);
    // A sentence with a speaker of its own stays theirs: analysts' claim about Russia.
    expect(article.attributed("Russia")).toEqual(["S6"]);
  });

  it("credits the official of a 'Key statements from <official> at ...' headline, the place after it not", () => {
    const article = readCatalogArticle(
      statement("Key statements from Russian Foreign Minister Ivan Petrov at the press conference in Kyiv:"),
    );
    expect(article.stated("Russia")).toEqual(["S2", "S4", "S5"]);
    expect(article.stated("Ukraine")).toEqual([]);
    for (const headline of [
      "Key statements from a Russian analyst at the press conference in Kyiv:",
      "Key statements from the talks in Geneva",
    ]) {
      expect(readCatalogArticle(statement(headline)).stated("Russia"), headline).toEqual([]);
    }
  });

  it("credits the owner of a possessive headline ('<official>'s remarks at ...'), not the outlet after it", () => {
    const article = readCatalogArticle(
      statement("Russian Foreign Minister Ivan Petrov's remarks in an interview with a Ukrainian newspaper:"),
    );
    expect(article.stated("Russia")).toEqual(["S2", "S4", "S5"]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("credits a statement headline that follows the occasion's name and a colon", () => {
    const article = readCatalogArticle(
      statement(
        "Informal meeting of foreign ministers (Gymnich): Press remarks by Russian Foreign Minister Ivan Petrov",
      ),
    );
    expect(article.stated("Russia")).toEqual(["S2", "S4", "S5"]);
    const occasionOnly = readCatalogArticle(
      statement("Informal meeting of foreign ministers: the talks in Geneva"),
    );
    expect(occasionOnly.stated("Russia")).toEqual([]);
  });

  it("makes what the author says another actor did or said the author's account of it", () => {
    const article = readCatalogArticle([
      "Statement by Head of the Russian delegation Ivan Petrov following the talks in Geneva",
      "We welcome the steps proposed by Beijing, which develop the idea of a ceasefire.",
      "The Ukrainian delegation said it needed more time.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2", "S3"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S2: "Russia" });
    expect(article.claimants("Ukraine")).toEqual({ S3: "Russia" });
  });

  it("still credits a joint document the author names to every issuer", () => {
    const article = readCatalogArticle([
      "Statement by Head of the Russian delegation Ivan Petrov following the talks in Geneva",
      "Xi and Putin issued a joint statement calling for deeper ties after their summit.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });

  it("credits nobody when the headline names no official, several actors, or a voice that is not the government's", () => {
    for (const headline of [
      "Statement on the talks in Geneva",
      "Joint statement by the Russian and Ukrainian delegations",
      "Remarks by a Russian analyst on the talks in Geneva",
      "Russian delegation reviews the talks in Geneva",
    ]) {
      const article = readCatalogArticle(statement(headline));
      expect(article.stated("Russia"), headline).toEqual([]);
      expect(article.stated("Ukraine"), headline).toEqual([]);
    }
  });
});

describe("an article on an actor's own government site", () => {
  const readout = [
    "Sybiha meets Wang Yi in Munich",
    "Foreign Minister Andrii Sybiha met Chinese Foreign Minister Wang Yi in Munich.",
    "The parties welcomed the reopening of direct flights between Kyiv and Beijing.",
    "During the meeting, the ministers discussed grain.",
    "They emphasized that the grain corridor must stay open.",
    "Wang Yi said China would keep buying Ukrainian grain.",
  ];
  const onSite = "https://mfa.gov.ua/en/news/sybiha-wang-yi-munich";

  it("is the actor's readout: its people speak, and what the other side said is its account of it", () => {
    const article = readCatalogArticle(readout, { url: onSite });
    // "They" with no speaker before is the site's people; a meeting's "parties" are both who met.
    expect(article.stated("Ukraine")).toEqual(["S3", "S5"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S3", "S6"]);
    expect(article.claimants("China")).toEqual({ S3: "Ukraine", S6: "Ukraine" });
  });

  it("keeps another actor's official act on the record even in the site's own text", () => {
    const article = readCatalogArticle(
      [
        "Interview of the Russian Permanent Representative to the EU for a Moscow daily",
        "On 23 June, the EU formally adopted the 11th sanctions package.",
        "Kallas said the package would hurt Russia's war machine.",
      ],
      { url: "https://russiaeu.ru/en/news/interview" },
    );
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.attributed("EU")).toEqual(["S3"]);
  });

  it("reads the same text elsewhere as a report: each side's words its own, a 'they' nobody explains nobody's", () => {
    for (const url of [undefined, "https://example.com/gov.ua/news", "https://mfa.gov.ua.example.com/news"]) {
      const article = readCatalogArticle(readout, { url });
      expect(article.stated("Ukraine"), url).toEqual(["S3"]);
      expect(article.stated("China"), url).toEqual(["S3", "S6"]);
      expect(article.attributed("China"), url).toEqual([]);
    }
  });

  it("reads 'the parties to' a conflict as no reference back to those who met", () => {
    const article = readCatalogArticle([
      "Sybiha met Wang Yi in Munich.",
      "The parties to the conflict said a truce was far off.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("a paragraph of an actor's own site going on in its voice", () => {
  const embassy = { url: "https://xx.china-embassy.gov.cn/eng/zgxw/202401/t1.htm" };
  const readout = [
    "President Xi Jinping speaks with President Putin on the phone",
    "President Xi welcomed the exchange with President Putin. President Putin sent greetings to the Chinese people.",
    "President Putin gave Russia's view. He noted that NATO dismissed Russia's worries. Their bases had moved too close.",
    "President Xi noted that many countries watch the crisis closely. China judges the issue independently. Dialogue is the only sensible path.",
  ];

  it("gives the site's actor the plain sentences after its statement in the same paragraph", () => {
    const article = readCatalogArticle(readout, embassy);
    // The headline only tells of the call, which as such is no position (docs/labelling-guide.md).
    expect(article.stated("China")).toEqual(["S2", "S7", "S8", "S9"]);
  });

  it("gives it no sentence naming another actor, none after another's statement, and nothing off the site", () => {
    const article = readCatalogArticle(readout, embassy);
    // Putin's act (S3) and the line after Putin's words (S6) are not China's own.
    expect(article.stated("China")).not.toContain("S3");
    expect(article.stated("China")).not.toContain("S6");
    expect(article.stated("Russia")).toEqual([]);
    const offSite = readCatalogArticle(readout);
    expect(offSite.stated("China")).not.toContain("S9");
  });
});
