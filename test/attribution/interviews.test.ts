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

  it("reads one question answered under another label as a transcript: the question is nobody's statement", () => {
    const article = readCatalogArticle([
      "Foreign Ministry Spokesperson's Regular Press Conference",
      "CNR: President Xi Jinping spoke with President Zelenskyy yesterday. Could you share more details?",
      "Mao Ning: The two leaders had a deep exchange. China always stands on the side of peace.",
    ]);
    expect(article.stated("China")).toEqual(["S4", "S5"]);
  });

  it("gives an unnamed role's turn on an actor's own site to that actor", () => {
    const article = readCatalogArticle(
      [
        "Embassy Spokesperson on UK sanctions",
        "Question: The UK announced sanctions on ten Chinese entities. What is your comment?",
        "Embassy Spokesperson: The UK's actions violate international law. China firmly opposes the sanctions and has lodged representations.",
      ],
      { url: "http://gb.china-embassy.gov.cn/eng/PressandMedia/Spokepersons/1.htm" },
    );
    expect(article.stated("China")).toEqual(["S5"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("gives 'A:' answers on an actor's own site to that actor, and 'Q:' to nobody", () => {
    const article = readCatalogArticle(
      [
        "Spokesperson's remarks on EU-US consultations",
        "Q: The EU and the US held consultations on China last week. What is your comment?",
        "A: China firmly opposes bloc confrontation and urges the EU to treat China as a partner.",
      ],
      { url: "http://eu.china-mission.gov.cn/eng/fyrjh/1.htm" },
    );
    expect(article.stated("China")).toEqual(["S4"]);
    expect(article.stated("EU")).toEqual([]);
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

describe("an interview with an official named by an appositive", () => {
  const article = readCatalogArticle([
    "Interview with Pavlo Riabikin, Ambassador of Ukraine to China",
    "How has the invasion affected relations between the two countries?",
    "We are committed to deepening our relations with China.",
    "Russia's invasion affects all of Ukraine's activities. Beijing declared neutrality and stressed that Kyiv and Moscow are its friends.",
    "What do you expect from the peace summit?",
  ]);

  it("reads the interviewee's actor from the role after the name, not its host country", () => {
    expect(article.stated("Ukraine")).toContain("S3");
    expect(article.stated("China")).toEqual([]);
  });

  it("runs an answer on over its next paragraph, where what another actor did is the interviewee's account", () => {
    expect(article.stated("Ukraine")).toEqual(["S3", "S4", "S5"]);
    expect(article.attributed("China")).toContain("S5");
  });
});

describe("an interview 'by' an official of a mission to another actor", () => {
  it("reads 'Interview by Chargé d'Affaires a.i. of the Russian Mission to the EU ...' as Russia's", () => {
    const article = readCatalogArticle([
      "Interview by Chargé d’Affaires a.i. of the Russian Mission to the EU Kirill Logvinov for a Russian daily",
      "— The EU adopted another sanctions package. Will it hurt Brussels' ties with third countries?",
      "— The EU has hammered out another package. No one will cut trade with Russia on the EU's orders.",
    ]);
    expect(article.stated("Russia")).toContain("S4");
    expect(article.stated("EU")).not.toContain("S4");
  });
});

describe("an interview named only in the standfirst", () => {
  it("gives the dash-led answers to the official the first paragraph names as interviewed", () => {
    const article = readCatalogArticle([
      "Sybiha: Russia has no right to set conditions for a ceasefire",
      "In a major interview with a Kyiv daily, Ukraine's Minister of Foreign Affairs, Andrii Sybiha, speaks about the talks in Jeddah.",
      "– How realistic is the ceasefire agreed in Jeddah?",
      "– I can tell you clearly that the Ukrainian side is ready.",
      "Our strategic goal is a just and comprehensive peace this year.",
    ]);
    expect(article.stated("Ukraine")).toEqual(expect.arrayContaining(["S4", "S5"]));
  });
});

describe("interviews: whom the headline names, and where an answer starts", () => {
  const answers = (headline: string) => [
    headline,
    "The minister received us in his office in Kyiv.",
    "Where do the talks stand?",
    "Staying engaged matters a great deal for the mediators.",
    "Some steps forward were taken. We are now in a new format.",
    "The text has been shortened for length.",
    "Did the delegations meet alone?",
    "The two teams did sit down together.",
  ];

  it("finds the interviewee in the part of the headline naming one official, past topics naming other actors", () => {
    const article = readCatalogArticle(
      answers("Peace talks, the EU and Russia, and more: an interview with Ukraine's foreign minister"),
    );
    expect(article.stated("Ukraine")).toEqual(["S4", "S6", "S9"]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("gives an answer's opening sentence to the interviewee, but not the writer's note between answers", () => {
    const article = readCatalogArticle(answers("An interview with Ukraine's foreign minister"));
    // S4 and S9 open an answer right after its question; S6 speaks in the first person.
    expect(article.stated("Ukraine")).toEqual(["S4", "S6", "S9"]);
    // The intro (S2), the questions (S3, S8) and the note that follows an answer (S7) are nobody's, and so is
    // an answer's later sentence that is neither in the first person nor about an actor (S5).
    for (const id of ["S2", "S3", "S5", "S7", "S8"]) expect(article.stated("Ukraine")).not.toContain(id);
  });

  it("names nobody when the part naming the interviewee is not the government's voice", () => {
    const article = readCatalogArticle(
      answers("Peace talks, the EU and Russia, and more: an interview with a Ukrainian economist"),
    );
    expect(article.stated("Ukraine")).toEqual([]);
  });

  const onSite = (headline: string, url?: string) =>
    readCatalogArticle(
      [
        headline,
        "On to the summit. Several capitals say Moscow is bullying its neighbours. What is your view?",
        "I would rather not rate other politicians.",
        "Nobody is being bullied. We trust negotiation.",
      ],
      url ? { url } : {},
    );

  it("gives an ambassador's interview on an actor's own site, naming no actor, to the site's actor", () => {
    const article = onSite(
      "Interview of Ambassador Ivan Petrov with a Paris weekly",
      "https://mid.ru/en/interviews/1",
    );
    expect(article.stated("Russia")).toEqual(["S5", "S7"]);
    // The question's claim stays the questioner's.
    expect(article.stated("Russia")).not.toContain("S3");
  });

  it("gives it to nobody off the actor's site, or when the one interviewed holds no office", () => {
    expect(onSite("Interview of Ambassador Ivan Petrov with a Paris weekly").stated("Russia")).toEqual([]);
    expect(
      onSite(
        "Interview of the writer Ivan Petrov with a Paris weekly",
        "https://mid.ru/en/interviews/1",
      ).stated("Russia"),
    ).toEqual([]);
  });

  const twoTurns = (headline: string) => [
    headline,
    "The transcript of the interview is as follows:",
    "Daily Planet: Thank you for your time. Brussels says China will be judged by what it does on Ukraine. It is a strong statement.",
    "Fu Cong: To begin, we see why the crisis matters to you. I think tying the two together is unfair.",
    "China is doing that already. President Xi called both sides.",
  ];

  it("reads a two-turn interview transcript: the interviewee's label speaks for the headline's official", () => {
    const article = readCatalogArticle(
      twoTurns("Transcript of Ambassador Fu Cong's interview with the Daily Planet"),
    );
    expect(article.stated("China")).toEqual(["S6", "S7", "S8", "S9"]);
    // The questioner's turn is the questioner's: what it says of China is no Chinese statement.
    for (const id of ["S3", "S4", "S5"]) expect(article.stated("China")).not.toContain(id);
    expect(article.stated("EU")).toEqual([]);
  });

  it("reads no transcript from two labels without an interview headline naming one of them", () => {
    const article = readCatalogArticle(twoTurns("Ambassador Fu Cong speaks to the Daily Planet"));
    expect(article.stated("China")).not.toContain("S9");
  });
});
