import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, fourth round: shapes in which the engine used to put words in an actor's mouth. Each rule has a
// test that it fires and one that it does not over-fire.

describe("an actor inside what another actor says", () => {
  it("reads the clause after a participle carrying on a statement as that statement's content", () => {
    const article = readCatalogArticle([
      "Sybiha urged the bloc to tighten its oil price cap, warning that Moscow rejected every ceasefire offer.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S1: "Ukraine" });
  });

  it("still gives a clause of its own, after a comma and 'and', to its own speaker", () => {
    const article = readCatalogArticle([
      "Sybiha spoke to the ministers, warning of new strikes, and Moscow rejected every ceasefire offer.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("reads a second 'that' clause, or one after 'adding that', as the same speaker's report", () => {
    const article = readCatalogArticle([
      "Sybiha said that Moscow had rejected every offer, and that the Kremlin refused a truce.",
      "Sybiha said that Moscow had rejected every offer, adding that the Kremlin refused a truce.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S1: "Ukraine", S2: "Ukraine" });
  });

  it("still reads a clause with its own speaker after 'but' as that speaker's, and 'adding to' as no speech", () => {
    const article = readCatalogArticle([
      "Sybiha said Moscow had rejected every offer, but the Kremlin said it wanted talks.",
      "Russia massed troops at the border, adding to tensions.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'continues to <verb>' as no attribution ('Moscow continues to show no interest')", () => {
    const article = readCatalogArticle([
      "Sybiha asked the ministers for air defence, warning that Moscow continues to show no interest in talks.",
      "Moscow continues to send drones over the border.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });

  it("still reads 'continues to insist' and a closing '..., it continued.' as statements", () => {
    const article = readCatalogArticle([
      "Beijing continues to insist that its drone exports are civilian.",
      "The Kremlin said the talks were over.",
      "Nothing more will be offered, it continued.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2", "S3"]);
  });

  it("reads a closing 'continues.' after a thing going on as no speech ('the shelling of the plant continues')", () => {
    const article = readCatalogArticle([
      "Kyiv warned that despite repeated appeals from the Kremlin, the shelling of the plant continues.",
      "Beijing said the talks were useful.",
      "More rounds will follow, the statement continued.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.claimants("Ukraine")).toEqual({});
    expect(article.stated("China")).toEqual(["S2", "S3"]);
  });

  it("reads a gerund after 'towards', 'into' or 'from' as what someone is pushed to, not an act of theirs", () => {
    const article = readCatalogArticle([
      "Western capitals pushed Ukraine towards rejecting the draft treaty.",
      "Washington talked Kyiv into accepting the grain corridor.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("still reads 'by rejecting' as the subject's own act", () => {
    const article = readCatalogArticle(["Ukraine answered the ultimatum by rejecting the draft treaty."]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});

describe("an account of what another said", () => {
  it("reads what a speaker recalls someone saying at an event ('..., where Xi said ...') as her claim", () => {
    const article = readCatalogArticle([
      "Kallas recalled the summit in Kazan, where Xi said that the two countries would reshape world trade.",
      "Von der Leyen described the dinner, at which Lavrov said that sanctions had failed.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.claimants("China")).toEqual({ S1: "EU" });
    expect(article.claimants("Russia")).toEqual({ S2: "EU" });
  });

  it("still gives the words to their speaker when the first verb recounts nothing", () => {
    const article = readCatalogArticle([
      "Kallas arrived in Beijing on Monday, where Wang Yi said that China wanted the shipping lanes open.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("gives 'he' to nobody when leaders of two actors named before it in the sentence fit", () => {
    const article = readCatalogArticle([
      "Xi said as much when seeing off Putin at the airport, when he said the century's changes were theirs.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("still gives 'he' to the one leader named before it who fits", () => {
    const article = readCatalogArticle([
      "Kallas met Zelensky in Lviv on Friday, when he said that Kyiv wanted guarantees.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("one side's document telling of the other side", () => {
  it("reads what an actor's statement tells another did in a call as a claim about that actor only", () => {
    const article = readCatalogArticle([
      "According to a statement from the Chinese government, Putin briefed Xi on the results of the envoy's trip.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });

  it("still reads a readout relaying words, and a source that is no document, as the source's statement", () => {
    const article = readCatalogArticle([
      "According to a Kremlin readout, Xi said China backed every effort for a ceasefire.",
      "According to Ukraine's intelligence service, Russia moved two brigades to the south.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });
});

describe("a meeting's readout published by one side", () => {
  const readout = [
    "Sybiha met with Foreign Minister of China Wang Yi in Munich",
    "Minister for Foreign Affairs Andrii Sybiha met with Wang Yi on the sidelines of the conference.",
    "The ministers discussed grain exports through the Black Sea.",
    "Wang Yi emphasized that Ukraine should take part in any peace talks.",
    "Beijing supports a settlement that respects the UN Charter.",
  ];

  it("reads what the other side's official says in it as the publishing side's claim about him", () => {
    const article = readCatalogArticle(readout);
    expect(article.stated("China")).toEqual(["S5"]);
    expect(article.claimants("China")).toEqual({ S4: "Ukraine" });
  });

  it("leaves the official his own words when the text quotes someone or names a source", () => {
    const quoted = readCatalogArticle([...readout, "“Talks must include Kyiv,” Sybiha said."]);
    expect(quoted.stated("China")).toEqual(["S4", "S5"]);
    const sourced = readCatalogArticle([...readout, "According to the ministry, the talks lasted an hour."]);
    expect(sourced.stated("China")).toEqual(["S4", "S5"]);
  });

  it("reads a phone call's headline the same way", () => {
    const article = readCatalogArticle([
      "Sybiha held a phone conversation with Wang Yi",
      ...readout.slice(1),
    ]);
    expect(article.claimants("China")).toEqual({ S4: "Ukraine" });
  });

  it("needs a headline with one side meeting the other", () => {
    const article = readCatalogArticle(["Grain talks in Munich", ...readout.slice(1)]);
    expect(article.stated("China")).toEqual(["S4", "S5"]);
  });
});

describe("a report whose source is one side's organ", () => {
  const report = (source: string) => [
    "Sybiha holds talks with the Chinese foreign minister",
    "Foreign Minister Wang Yi met Ukrainian Foreign Minister Andrii Sybiha in Beijing.",
    source,
    "Wang Yi said China will keep buying Ukrainian grain.",
    "Sybiha said Ukraine values China's role and backs the one-China principle.",
    "Ukraine expressed readiness for talks with Russia.",
  ];

  it("reads the other side's words in it as the source side's account of them", () => {
    const article = readCatalogArticle(
      report("This was reported by the press service of the Chinese Foreign Ministry."),
    );
    expect(article.stated("China")).toEqual(["S4"]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toMatchObject({ S5: "China", S6: "China" });
  });

  it("leaves each side its words when the source is no organ of one side, or a quotation speaks later", () => {
    const outlet = readCatalogArticle(report("This was reported by the South China Morning Post."));
    expect(outlet.stated("Ukraine")).toEqual(["S5", "S6"]);
    const quoted = readCatalogArticle([
      ...report("This was reported by the press service of the Chinese Foreign Ministry."),
      "“We will keep talking,” Sybiha told reporters.",
      "Sybiha said Ukraine wants a just peace.",
    ]);
    expect(quoted.stated("Ukraine")).toEqual(["S7", "S8"]);
  });
});

describe("another actor's words told in one official's own voice", () => {
  const interview = (answer: string) =>
    readCatalogArticle([
      "Ukraine's foreign minister in an interview with a weekly",
      "The minister received us in Kyiv on Monday.",
      "What did Beijing tell you?",
      answer,
    ]);

  it("reads them in an interview answer as the interviewee's claim about that actor", () => {
    const article = interview("Wang Yi told me that China would never arm Russia. We take note of that.");
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S4: "Ukraine" });
  });

  it("still gives the interviewee's own actor its words in the answer", () => {
    const article = interview("Zelensky told me that Kyiv would never cede land. We stand by that.");
    expect(article.stated("Ukraine")).toEqual(["S4", "S5"]);
  });

  it("reads them in an official's turn of a transcript as that official's claim", () => {
    const article = readCatalogArticle([
      "Regular press conference of the foreign ministry",
      "Mao Ning: China opposes the new listings.",
      "Reporter: What about Moscow?",
      "Mao Ning: Putin said Russia wants a ceasefire by May.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S4: "China" });
  });

  it("leaves a named speaker of another actor his words in an ordinary report", () => {
    const article = readCatalogArticle([
      "Talks in Beijing",
      "Wang Yi told reporters that China would never arm Russia.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});

describe("an account told through others goes on", () => {
  const headline = "Talks in Brussels";

  it("keeps a person's next plain statement on the sources that told of his words", () => {
    const article = readCatalogArticle([
      headline,
      "Chinese Foreign Minister Wang Yi told Kallas that Beijing could not let Moscow lose.",
      "According to several sources cited by the paper, China fears a wider war.",
      "Diplomats in Brussels were taken aback.",
      "Wang rejected claims that China arms Russia, saying the war would be over if it did.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S2", "S3", "S5"]);
  });

  it("keeps a leader's next sentence on the other side's statement that told of his call", () => {
    const article = readCatalogArticle([
      headline,
      "According to a statement from the Chinese government, Putin briefed Xi on the envoy's trip.",
      "The Russian president also underscored the two countries' partnership.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S2", "S3"]);
  });

  it("gives the actor its own word once it speaks on record, through a quotation or another person", () => {
    const article = readCatalogArticle([
      headline,
      "SCMP reports that, at the dinner, Wang Yi said China would not let Russia lose.",
      "Mao Ning said China never armed either side.",
      "“We arm no one,” Wang Yi said.",
      "Wang Yi also said the summit could be cut short.",
    ]);
    expect(article.claimants("China")).toEqual({ S2: "SCMP" });
    expect(article.stated("China")).toEqual(["S3", "S4", "S5"]);
  });

  it("leaves an actor that spoke on record first its own later words, whatever sources add", () => {
    const article = readCatalogArticle([
      headline,
      "Chinese Foreign Minister Wang Yi has said Beijing cannot let Russia lose.",
      "Sources reported that, in the meeting, Wang Yi said Russia's defeat was unacceptable.",
      "Wang noted that the war would be over if China armed Moscow.",
    ]);
    expect(article.stated("China")).toEqual(["S2", "S4"]);
  });
});

describe("an act that only sets the scene of another's claim", () => {
  it("reads the accused's act in a clause of time after the accusation as no statement of its own", () => {
    const article = readCatalogArticle([
      "Beijing accused the EU of bullying its exporters after the bloc sanctioned three more Chinese refiners.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.claimants("EU")).toEqual({ S1: "China" });
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("still reads the act as a statement when the main clause claims nothing about its actor", () => {
    const article = readCatalogArticle([
      "China protested on Monday after the EU sanctioned three Chinese refiners.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S1"]);
  });
});

describe("topics of a talk", () => {
  it("reads 'spoke about <ties, relations, trade ...>' ending the clause as a topic, no position", () => {
    const article = readCatalogArticle([
      "Xi and Putin held a call on Friday.",
      "The leaders also spoke about bilateral economic and trade ties.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("still reads what someone spoke about as a statement when it carries more than a topic", () => {
    const article = readCatalogArticle([
      "Zelensky spoke about the need for more air defence over Kharkiv.",
      "Xi and Putin spoke about their ties, saying they had never been closer.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});

describe("the writer's own voice", () => {
  it("reads 'It is worth noting that ...' as the writer's aside, nobody's statement", () => {
    const article = readCatalogArticle([
      "Mao Ning said China opposes the listings.",
      "It is worth noting that China's foreign minister starts a tour of Europe on Monday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("still reads 'It noted that ...' after a speaker as that speaker's", () => {
    const article = readCatalogArticle([
      "Mao Ning said China opposes the listings.",
      "It noted that the listings had no basis in law.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });

  it("reads a nation's people as the speaker ('The Russians insisted ...') as a claim about the country", () => {
    const article = readCatalogArticle([
      "The Russians insisted that Ukraine drop its bid to join the bloc.",
      "Ukrainians rejected the plan in a poll.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S1: undefined });
    expect(article.claimants("Ukraine")).toEqual({ S1: undefined, S2: undefined });
  });

  it("still reads the country's officials, delegation or name as its own voice", () => {
    const article = readCatalogArticle([
      "Russian negotiators insisted that Ukraine drop its bid to join the bloc.",
      "The Russian delegation rejected the draft.",
      "Moscow insisted on neutrality.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2", "S3"]);
  });
});

describe("a list of topics spoken about", () => {
  it("files no point for 'spoke about the joint plans of Beijing and Moscow'", () => {
    const article = readCatalogArticle([
      "In an interview, Chinese Ambassador to Russia Zhang Hanhui spoke about the joint plans of Beijing and Moscow, the Belt and Road and the friendship of the leaders.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });

  it("keeps an actor's own stance presented ('spoke about Ukraine's vision of a just peace')", () => {
    const article = readCatalogArticle([
      "Andrii Sybiha spoke about Ukraine's vision of ways to achieve a just and lasting peace.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});
