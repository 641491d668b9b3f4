import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("interviews laid out as questions and answers", () => {
  const interview = (headline: string) => [
    headline,
    "Brussels has debated a gas price cap for months. Why is it taking so long?",
    "I think the cap will come this summer. We want it set low. Russia will keep testing Europe.",
    "What if Washington walks away?",
    "We are preparing for that too. The Kremlin, meanwhile, said it would ignore any cap.",
  ];

  it("gives the answers to the official the headline names, and the questions to nobody", () => {
    const article = readCatalogArticle(interview("Ukraine's foreign minister in an interview with Le Monde"));
    expect(article.stated("Ukraine")).toEqual(["S4", "S5", "S6", "S8", "S9"]);
    // What the interviewee says another actor said is the interviewee's account of it, not that actor's word.
    expect(article.attributed("Russia")).toEqual(["S6", "S9"]);
    expect(article.claimants("Russia")).toEqual({ S6: "Ukraine", S9: "Ukraine" });
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("gives the answers to no actor when the one interviewed is not the government's voice", () => {
    const article = readCatalogArticle(interview("A Ukrainian economist in an interview with Le Monde"));
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("gives them to no actor without an interview headline", () => {
    const article = readCatalogArticle(interview("Ukraine's foreign minister visits Paris"));
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("transcripts with a speaker label on each turn", () => {
  const briefing = [
    "Transcript of the regular press conference",
    "Lin Jian hosted the briefing on Monday.",
    "Wire reporter: Several Ukrainian cities were hit overnight. Earlier, the Kremlin said the strikes answered a Ukrainian attack. What is China's comment?",
    "Lin Jian: We have noted the reports. We hope the situation cools down soon.",
    "Local reporter: A follow-up on Ukraine. Is Beijing worried?",
    "Lin Jian: China's position is consistent. We call on all parties to show restraint. Moscow has said it wants talks.",
    "We also urge all sides to return to talks.",
  ];

  it("gives an official's turns to the actor the label names, continuation paragraphs included", () => {
    const article = readCatalogArticle(briefing);
    expect(article.stated("China")).toEqual(["S6", "S7", "S10", "S11", "S12", "S13"]);
  });

  it("makes what a questioner says an actor said the questioner's claim, not the actor's statement", () => {
    const article = readCatalogArticle(briefing);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S4", "S12"]);
    expect(article.claimants("Russia")).toEqual({ S4: "Wire reporter", S12: "China" });
  });

  it("reads no transcript from a single labelled paragraph", () => {
    const paragraphs = (label: string) => [
      "Kremlin rejects truce",
      `${label}the Kremlin said the truce offer was a trick.`,
      "Ukraine said it would keep its offer open.",
    ];
    const labelled = readCatalogArticle(paragraphs("Update: "));
    const plain = readCatalogArticle(paragraphs(""));
    expect(labelled.stated("Russia")).toEqual(plain.stated("Russia"));
    expect(labelled.stated("Russia")).toContain("S2");
  });
});
