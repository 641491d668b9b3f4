import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import { findSpeechEvents } from "../../src/attribution/speechEvents";
import { projectRoot } from "../../src/config";
import { readArticle } from "../support/readArticle";
import { sentenceMentions } from "../support/sentenceMentions";

const actors = resolveActors(loadActorCatalog(path.join(projectRoot, "data", "actors.json")), [
  "China",
  "Russia",
  "Ukraine",
  "EU",
]);

/** Speakers and targets per event of one sentence read alone. */
const read = (text: string) =>
  findSpeechEvents(text, sentenceMentions(text, actors), { recentMentions: [], previousSpeakers: [] }).map(
    (event) => ({ kind: event.kind, speakers: event.speakers, targets: event.targets }),
  );
const speakersIn = (text: string) => [...new Set(read(text).flatMap((event) => event.speakers))];
const targetsIn = (text: string) => [...new Set(read(text).flatMap((event) => event.targets))];

describe("voices of a country that are not its government", () => {
  it("keeps experts, analysts, think tanks, media and unnamed sources out of the actor's own word", () => {
    for (const sentence of [
      "A China expert said the loan would change little.",
      "Chinese analysts warned that Brussels was overplaying its hand.",
      "The founder of a Beijing think tank said the tariffs would backfire.",
      "Russian state media said the offensive was going to plan.",
      "EU sources stressed that no deal was near.",
      "A Ukrainian journalist said the vote was rigged.",
      "Ukraine's TSN TV channel stated that the talks had failed.",
      "Russia's Channel One said the summit was a success.",
    ]) {
      expect(speakersIn(sentence), sentence).toEqual([]);
    }
    expect(speakersIn("The Chinese foreign ministry said the summit would change little.")).toEqual([
      "China",
    ]);
    expect(speakersIn("China will help end the war, the Chinese Foreign Ministry website said.")).toEqual([
      "China",
    ]);
  });

  it("still reads firms of a country as those accused", () => {
    expect(targetsIn("Kallas accused Chinese firms of shipping drone parts to Moscow.")).toEqual(["China"]);
  });

  it("reads a newspaper named after a country as no voice of it", () => {
    expect(speakersIn("The South China Morning Post reported that the envoy would visit Kyiv.")).toEqual([]);
  });

  it("reads an unnamed share of the bloc's members as no voice of the bloc, its governments together as the bloc", () => {
    for (const sentence of [
      "Several other EU members have resisted those calls, warning that the move could hurt trade.",
      "Some EU countries warned that the plan was risky.",
      "A handful of EU governments oppose the tariffs.",
    ]) {
      expect(speakersIn(sentence), sentence).toEqual([]);
    }
    expect(speakersIn("EU governments approved the package.")).toEqual(["EU"]);
    expect(targetsIn("Other EU countries warned that China is helping Russia.")).toEqual(["China"]);
  });
});

describe("reported speech", () => {
  it("makes what a trailing speaker says another said the first speaker's claim about the second", () => {
    const events = read(
      "On her trip to Odesa, officials in Kyiv told her China was shipping drone engines to Russia, Kallas added.",
    );
    expect(events).toEqual([
      expect.objectContaining({ kind: "statement", speakers: ["EU"], targets: ["Ukraine", "China"] }),
    ]);
  });

  it("reads a statement inside a reported clause, past an aside, as the reporter's claim", () => {
    expect(read("Diplomats said that after the lunch, Wang Yi said a truce was close.")).toEqual([
      expect.objectContaining({ speakers: [], targets: ["China"] }),
    ]);
  });

  it("keeps a named outlet's report as sourcing, an unnamed 'media reported' as hearsay", () => {
    expect(speakersIn("Kallas pressed Beijing to curb exports, Reuters reported.")).toEqual(["EU"]);
    expect(read("Kallas pressed Beijing to curb exports, media reported.")).toEqual([
      expect.objectContaining({ speakers: [], targets: ["EU"] }),
    ]);
  });

  it("reads 'according to his ministry' as the ministry of whom the clause is about", () => {
    expect(
      speakersIn("The Chinese envoy's trip, according to his ministry, aims at a spring ceasefire."),
    ).toEqual(["China"]);
  });

  it("reads 'is seen as' and 'is seen by ... to' as others' view of the subject", () => {
    expect(
      read("Beijing calls itself a mediator, but is seen by Brussels as the quiet backer of Russia."),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "statement", speakers: ["China"] }),
        expect.objectContaining({ kind: "hearsay", targets: ["China"] }),
      ]),
    );
    expect(
      speakersIn(
        "The envoy from Beijing was widely seen to carry a message from Moscow, urging officials to wait.",
      ),
    ).toEqual([]);
  });
});

describe("subjects and acts the writer describes", () => {
  it("ends a subject at its verb or at a preposition no role asks for", () => {
    expect(
      speakersIn(
        "Dmitry Peskov answered questions about a meeting between Wang Yi and Andrii Sybiha, noting that the Kremlin had no objection.",
      ),
    ).toEqual(["Russia"]);
    expect(speakersIn("The head of the Russian delegation said the talks were over.")).toEqual(["Russia"]);
  });

  it("reads 'EU leaders in Beijing' as the EU in Beijing, and an envoy 'for Ukraine' as no voice of Ukraine", () => {
    expect(speakersIn("EU ministers in Beijing urged China to open its markets.")).toEqual(["EU"]);
    expect(speakersIn("The Chinese envoy for Ukraine said a ceasefire was possible.")).toEqual(["China"]);
  });

  it("reads a participle drawing a conclusion from an act as the writer's, not the actor's", () => {
    expect(speakersIn("Russian diplomats walked out of the session, signalling a harder line.")).toEqual([]);
    expect(speakersIn("Zelensky met the envoy, saying Kyiv would not cede land.")).toEqual(["Ukraine"]);
  });

  it("reads a headline's topic before the speaker's name as no speaker", () => {
    expect(speakersIn("Trade, Kallas to Wang Yi: “Open your markets”")).toEqual(["EU"]);
  });

  it("reads an indirect question as no statement", () => {
    expect(speakersIn("Why Russia's defence minister chose to fly to Beijing")).toEqual([]);
  });

  it("reads the speech verbs and phrasings of agency copy", () => {
    for (const [sentence, speaker] of [
      ["As the minister specified, the talks will resume in May.", undefined],
      ["As Lavrov specified, the talks will resume in May.", "Russia"],
      ["Peskov repeated the Kremlin's demand for guarantees.", "Russia"],
      ["Putin has underscored that the Arctic route matters.", "Russia"],
      ["Von der Leyen saw the grain deal as a welcome step.", "EU"],
      ["The bloc's top diplomat hinted at new listings.", undefined],
      ["China lodged a complaint with Kyiv over the seized tanker.", "China"],
      ["EU ministers voiced doubts about the tariff plan.", "EU"],
      ["China continues to assert that its exports are civilian.", "China"],
      ["Ukraine abstained in the vote on the grain resolution.", "Ukraine"],
      ["Wang Yi made clear that Beijing wanted the strait kept open.", "China"],
      ["A Chinese readout of the call read, “Dialogue is the only way out.”", "China"],
      ["Zelensky, speaking in Kyiv, called the strikes pure terror.", "Ukraine"],
      ["Sybiha told the newspaper that Kyiv would never accept a frozen front.", "Ukraine"],
      ["Beijing calls itself a neutral mediator.", "China"],
      ["Fighting continued on the outskirts.", undefined],
      ["Zelensky thanked the bloc for its support.", "Ukraine"],
    ] as const) {
      expect(speakersIn(sentence), sentence).toEqual(speaker ? [speaker] : []);
    }
  });
});

describe("across sentences", () => {
  it("reads the clause after 'told her' or 'told reporters' as what was told", () => {
    expect(targetsIn("Peskov told reporters Kyiv had rejected the offer.")).toEqual(["Ukraine"]);
    expect(targetsIn("Peskov told Kyiv to accept the offer.")).toEqual([]);
  });

  it("reads 'the general staff said' as the actor whose general staff the article named", () => {
    const article = readArticle(actors, [
      "Ukraine's general staff denied that the town had fallen.",
      "Russian officials claimed the town had been taken.",
      "Fighting went on in the suburbs, the general staff said.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S3"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });

  it("names who makes a reported claim: the one who tells it", () => {
    const article = readArticle(actors, [
      "On her trip to Odesa, officials in Kyiv told her China was shipping drone engines to Russia, Kaja Kallas added.",
    ]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "EU" });
    expect(article.claimants("China")).toEqual({ S1: "EU" });
  });

  it("gives a quotation with a speaker of its own to that speaker, not to the one before", () => {
    const article = readArticle(actors, [
      "“China wants calm waters,” Wang Yi said.",
      "“The market is shifting,” said an analyst at a Berlin institute.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads 'the bloc' as the EU when the article named it before, even if the sentence names it later", () => {
    const article = readArticle(actors, [
      "The EU said it would open talks with Kyiv.",
      "The bloc recognised the courts Ukraine has reformed since its EU application.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("learns no name across punctuation: '..., diplomat Wu said' is not the actor's diplomat", () => {
    const article = readArticle(actors, [
      "Beijing wants a summit in autumn with Moscow, diplomat Zhang Wei has said.",
      "Zhang Wei said the venue in Russia was open.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a closing attribution", () => {
  it("reports a voice no actor owns inside it, and takes a possessive post and 'in a statement' after the name", () => {
    const article = readArticle(actors, [
      "Envoys met in New York",
      "Some experts warned that China is helping Russia, Peskov said.",
      "The highly successful meeting focused on peace talks, said Fu Cong, China's permanent representative to the UN, in a statement.",
      "Western governments accused Beijing of arming Moscow, an accusation Beijing rejects.",
      "Li held talks to pass on messages, Wang Wenbin, the spokesperson of the Chinese Foreign Ministry, said on Monday.",
      "The parties appreciated China's mediation efforts, Wang said, noting that China follows an impartial position.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
    // What the parties said reaches us through China's minister: no claim of "the parties" about China, while
    // the accusation a denial answers stays the accusers'.
    expect(article.claimants("China")).toEqual({ S2: "Russia", S4: "Western governments" });
  });
});
