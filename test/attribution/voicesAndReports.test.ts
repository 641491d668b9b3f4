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
      "A China expert said the summit would change little.",
      "Chinese analysts warned that Brussels was overplaying its hand.",
      "A Beijing think-tank founder said the sanctions would backfire.",
      "Russian state media said the offensive was going to plan.",
      "EU sources stressed that the talks had been tense.",
      "A Ukrainian journalist said the vote was rigged.",
    ]) {
      expect(speakersIn(sentence), sentence).toEqual([]);
    }
    expect(speakersIn("The Chinese foreign ministry said the summit would change little.")).toEqual([
      "China",
    ]);
  });

  it("still reads firms of a country as those accused", () => {
    expect(targetsIn("Kallas accused Chinese firms of shipping drone parts to Moscow.")).toEqual(["China"]);
  });

  it("reads a newspaper named after a country as no voice of it", () => {
    expect(speakersIn("The South China Morning Post reported that the envoy would visit Kyiv.")).toEqual([]);
  });
});

describe("reported speech", () => {
  it("makes what a trailing speaker says another said the first speaker's claim about the second", () => {
    const events = read(
      "When she visited Kyiv, officials in Kyiv said China was arming Russia, Kallas added.",
    );
    expect(events).toEqual([
      expect.objectContaining({ kind: "statement", speakers: ["EU"], targets: ["Ukraine", "China"] }),
    ]);
  });

  it("reads a statement inside a reported clause, past an aside, as the reporter's claim", () => {
    expect(
      read("Sources said that during a dinner with Kallas, Wang Yi said a Russian defeat was unacceptable."),
    ).toEqual([expect.objectContaining({ speakers: [], targets: ["China"] })]);
  });

  it("keeps a named outlet's report as sourcing, an unnamed 'media reported' as hearsay", () => {
    expect(speakersIn("Kallas pressed Beijing to curb exports, Reuters reported.")).toEqual(["EU"]);
    expect(read("Kallas pressed Beijing to curb exports, media reported.")).toEqual([
      expect.objectContaining({ speakers: [], targets: ["EU"] }),
    ]);
  });

  it("reads 'according to his ministry' as the ministry of whom the clause is about", () => {
    expect(speakersIn("The Chinese envoy's task, according to his ministry, is to build consensus.")).toEqual(
      ["China"],
    );
  });

  it("reads 'is seen as' and 'is seen by ... to' as others' view of the subject", () => {
    expect(read("China claims to be neutral, but is seen by Washington to have sided with Russia.")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "statement", speakers: ["China"] }),
        expect.objectContaining({ kind: "hearsay", targets: ["China"] }),
      ]),
    );
    expect(
      speakersIn(
        "The envoy from Beijing was seen to have repeated Moscow's lines, telling officials to wait.",
      ),
    ).toEqual([]);
  });
});

describe("subjects and acts the writer describes", () => {
  it("ends a subject at its verb or at a preposition no role asks for", () => {
    expect(
      speakersIn(
        "Kremlin spokesman Dmitry Peskov declined to discuss a call between Xi Jinping and Volodymyr Zelensky, noting that Moscow welcomed any talks.",
      ),
    ).toEqual(["Russia"]);
    expect(speakersIn("The head of the Russian delegation said the talks were over.")).toEqual(["Russia"]);
  });

  it("reads 'EU leaders in Beijing' as the EU in Beijing, and an envoy 'for Ukraine' as no voice of Ukraine", () => {
    expect(speakersIn("EU leaders in Beijing urged China to press Russia.")).toEqual(["EU"]);
    expect(speakersIn("The Chinese envoy for Ukraine said a ceasefire was possible.")).toEqual(["China"]);
  });

  it("reads a participle drawing a conclusion from an act as the writer's, not the actor's", () => {
    expect(
      speakersIn("EU officials clashed with the Chinese envoy, indicating a wide gulf remains."),
    ).toEqual([]);
    expect(speakersIn("Zelensky met the envoy, saying Kyiv would not cede land.")).toEqual(["Ukraine"]);
  });

  it("reads a headline's topic before the speaker's name as no speaker", () => {
    expect(speakersIn("Ukraine, von der Leyen to Xi: “We need a just peace”")).toEqual(["EU"]);
  });

  it("reads an indirect question as no statement", () => {
    expect(speakersIn("Why Ukraine's foreign minister decided to visit China now")).toEqual([]);
  });

  it("reads the speech verbs and phrasings of agency copy", () => {
    for (const [sentence, speaker] of [
      ["As the diplomat specified, the talks will resume in May.", undefined],
      ["As Lavrov specified, the talks will resume in May.", "Russia"],
      ["Peskov repeated Moscow's insistence that the talks continue.", "Russia"],
      ["President Putin has underscored the need for new talks.", "Russia"],
      ["Von der Leyen saw the vote as a positive sign.", "EU"],
      ["The bloc's top diplomat hinted that more sanctions were coming.", undefined],
      ["China lodged a protest with the EU over the listings.", "China"],
      ["EU leaders voiced strong criticism of the decision.", "EU"],
      ["Officially, China continues to assert that it is not a party to the conflict.", "China"],
      ["China abstained from the vote on the resolution.", "China"],
      ["Wang Yi made clear that Beijing would not send weapons.", "China"],
      ["A Chinese readout of the summit read, “Both sides share interests.”", "China"],
    ] as const) {
      expect(speakersIn(sentence), sentence).toEqual(speaker ? [speaker] : []);
    }
  });
});

describe("across sentences", () => {
  it("names who makes a reported claim: the one who tells it", () => {
    const article = readArticle(actors, [
      "When she visited Kyiv, officials in Kyiv said China was arming Russia, Kaja Kallas added.",
    ]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "EU" });
    expect(article.claimants("China")).toEqual({ S1: "EU" });
  });

  it("gives a quotation with a speaker of its own to that speaker, not to the one before", () => {
    const article = readArticle(actors, [
      "“China gains leverage,” Wang Yi said.",
      "“Putin is the junior partner,” said an analyst at a Berlin institute.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads 'the bloc' as the EU when the article named it before, even if the sentence names it later", () => {
    const article = readArticle(actors, [
      "The EU said it would open talks with Kyiv.",
      "The bloc recognised the reforms Ukraine has made on its way to EU membership.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("learns no name across punctuation: '..., diplomat Wu said' is not the actor's diplomat", () => {
    const article = readArticle(actors, [
      "Beijing warned that sanctions would not deter Moscow, diplomat Zhang Wei has said.",
      "Zhang Wei said Europe should talk to Russia.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});
