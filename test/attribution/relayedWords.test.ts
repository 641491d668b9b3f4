import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, sixth round: one side's spokesperson relaying what the other side said of itself states nothing of
// its own; the words are its account of the other side, and stay so while that account goes on.

describe("another's words relayed", () => {
  it("reads 'X revealed that <person> stated ...' as X's account of the person's side, no statement of X", () => {
    const article = readCatalogArticle([
      "China's foreign ministry spokeswoman Mao Ning revealed that Sybiha stated at the talks that Ukraine is ready for a ceasefire.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "China" });
  });

  it("keeps the relayed person's next plain lines in the relayer's account until he speaks on record", () => {
    const article = readCatalogArticle([
      "China's foreign ministry spokeswoman Mao Ning revealed that Sybiha stated at the talks that Ukraine is ready for a ceasefire.",
      "The Ukrainian foreign minister also stressed the value of Beijing's mediation.",
      "He noted that Kyiv is studying the Chinese proposals.",
      "Sybiha told reporters in Kyiv that no ceasefire was agreed.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S4"]);
    expect(article.claimants("Ukraine")).toMatchObject({ S1: "China", S2: "China", S3: "China" });
  });

  it("reads an envoy's 'All parties spoke well of China's efforts, <envoy> noted' as no position of China's", () => {
    const article = readCatalogArticle([
      "China's special envoy Li Hui said he had candid talks in every European capital.",
      "All parties spoke highly of China's efforts for peace talks, Li Hui noted.",
      "China's position is just and impartial, Li Hui stressed.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
  });

  it("still reads one speaker's own claim about a third actor, resting on others' words, as that speaker's", () => {
    const article = readCatalogArticle([
      "Kallas said officials in Kyiv told her China was shipping drone engines to Russia.",
      "Putin praised China's leader for what he said was a balanced position.",
      "Mao Ning said that Wang Yi stressed China's neutrality.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual(["S3"]);
  });

  it("goes on with another country's plain line about the relayer right after a relayed view of it", () => {
    const article = readCatalogArticle([
      "China's special envoy Li Hui said he had candid talks in every European capital.",
      "He said the Ukrainian side appreciated China's respect for sovereignty.",
      "Russia welcomed China's efforts to bring about talks.",
      "The bloc valued Beijing's even-handed approach.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S2: "China" });
    expect(article.claimants("Russia")).toEqual({ S3: "China" });
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("does not carry on past a line of the relayer's own, nor into an official's or a quoted line", () => {
    const article = readCatalogArticle([
      "China's special envoy Li Hui said the Ukrainian side appreciated China's respect for sovereignty.",
      "Lavrov welcomed China's efforts to bring about talks.",
      "Li Hui said the Ukrainian side appreciated China's respect for sovereignty.",
      'Russia welcomed China\'s efforts, saying "we value this work".',
      "Li Hui said the Ukrainian side appreciated China's respect for sovereignty.",
      "Li Hui said China will keep up its shuttle diplomacy.",
      "Russia welcomed China's efforts to bring about talks.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2", "S4", "S7"]);
  });
});

describe("another's words relayed in quotation marks", () => {
  it("reads 'said that Xi \u201cnoted ...\u201d' about the relayer as the relayer's account of Xi only", () => {
    const article = readCatalogArticle([
      "The Kremlin version said that Xi \u201cnoted the legitimacy of Russia's security concerns.\u201d",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "Russia" });
  });

  it("still reads quoted words naming a third actor, or no verb of saying, as the speaker's own", () => {
    const article = readCatalogArticle([
      "Kallas said that Wang Yi \u201cnoted that Russia must pay for the damage.\u201d",
      "Peskov said that Xi \u201cis a wise man and a good friend.\u201d",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("one side's readout among several voices", () => {
  const opening = [
    "The Chinese foreign ministry said in a statement that Beijing will send an envoy to Kyiv.",
    "Russia and China have long described their ties as a friendship without limits.",
  ];

  it("reads a joint line as one side's account of the other only in an article that quotes no other side", () => {
    const article = readCatalogArticle(opening);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S2: "China" });
  });

  it("keeps a joint line both actors' own in a report that quotes another side on record", () => {
    const article = readCatalogArticle([...opening, '"We welcome the envoy," Zelenskyy said.']);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });
});

describe("a state's own outlet telling what its government said", () => {
  it("reads 'Chinese state media said the two leaders agreed ...' as China's statement, relayed", () => {
    const article = readCatalogArticle([
      "Xi Jinping and Volodymyr Zelensky spoke by phone on Wednesday.",
      "The Chinese state news media said the two leaders had agreed to keep in touch on the crisis and their trade.",
      "Chinese state media added that China would send an envoy to Kyiv.",
    ]);
    expect(article.stated("China")).toEqual(expect.arrayContaining(["S2", "S3"]));
    expect(article.claimants("Ukraine")).toMatchObject({ S2: "China" });
  });

  it("reads a closing ', state media reported' with no state named as the subject's own state media", () => {
    const article = readCatalogArticle([
      "Kremlin officials said Russia had not been invited to the talks but was monitoring them, state media reported.",
      "Peskov said Ukraine had lost the war, state media reported.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.claimants("Ukraine")).toEqual({ S2: "Russia" });
  });

  it("still reads what a state outlet says of other actors, and any other outlet, as no statement of the state", () => {
    const article = readCatalogArticle([
      "Russian state media claimed that Ukraine's forces had shelled the plant.",
      "Chinese media said China would send an envoy to Kyiv.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S1"]);
  });
});

describe("a state agency's report of its own side's meeting", () => {
  const report = (agency: string, extra: readonly string[] = []) => [
    "Chinese, Ukrainian foreign ministers hold phone talks",
    `BEIJING, March 1 (${agency}) -- Chinese Foreign Minister Wang Yi held a phone conversation at request with Ukrainian Foreign Minister Andrii Sybiha on Tuesday.`,
    "Sybiha briefed Wang on the latest round of talks, saying that ending the fighting is the top priority for Ukraine.",
    "Wang said China supports every effort towards a political settlement.",
    ...extra,
  ];

  it("reads the other side's lines under a state agency's dateline, quoting no one, as that side's account", () => {
    const article = readCatalogArticle(report("Xinhua"));
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toMatchObject({ S3: "China" });
    expect(article.stated("China")).toContain("S4");
  });

  it("reads a video conference the same way, and 'he' carrying on the other side's official", () => {
    const article = readCatalogArticle([
      "Chinese FM holds video conference with top EU diplomat",
      "HEFEI, March 29 (Xinhua) -- Chinese Foreign Minister Wang Yi on Tuesday held a video conference with Josep Borrell, the EU's high representative.",
      "Borrell said the EU remains committed to improving relations with China.",
      "He reiterated the EU's adherence to the one-China principle.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.claimants("EU")).toMatchObject({ S3: "China", S4: "China" });
  });

  it("still reads them as their own under another agency's dateline, or once someone is quoted", () => {
    expect(readCatalogArticle(report("Reuters")).stated("Ukraine")).toEqual(["S3"]);
    const quoted = readCatalogArticle(report("Xinhua", ['"We count on China," Sybiha told reporters.']));
    expect(quoted.stated("Ukraine")).toEqual(expect.arrayContaining(["S3", "S5"]));
  });
});

describe("a source named at the sentence's end", () => {
  it("reads one actor's words put down to another's people ('as per Chinese officials') as their account", () => {
    const article = readCatalogArticle([
      "Ukraine is ready to hold talks with Russia, Foreign Minister Kuleba has told Wang Yi, as per Chinese officials.",
      '"The talks must aim at a just peace," Kuleba added, as quoted by Mao Ning.',
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "China", S2: "China" });
  });

  it("changes nothing when the source is the speaker's own side, and makes an outlet's source its account", () => {
    const article = readCatalogArticle([
      "Kyiv will not cede land, Sybiha said, according to Ukrainian officials.",
      "Ukraine is ready to hold talks, Kuleba said, according to Reuters.",
      "Kuleba said the talks were useful, according to the ministry.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S3"]);
    expect(article.claimants("Ukraine")).toEqual({ S2: "Reuters" });
  });

  it("reads 'according to the document' or 'the findings of the meeting' as the speaker's own text", () => {
    const article = readCatalogArticle([
      "EU leaders met in Brussels on Thursday.",
      "According to the document, the European Council assessed progress on the next steps.",
      "According to the findings of Thursday's meeting, EU leaders agreed to keep the sanctions.",
      "According to the document, Russia has been shelling Kyiv.",
    ]);
    expect(article.stated("EU")).toEqual(["S2", "S3"]);
    // What a document no one owns says an actor did, with no word of its own, stays a claim about it.
    expect(article.stated("Russia")).toEqual([]);
    expect(Object.keys(article.claimants("Russia"))).toEqual(["S4"]);
  });
});

describe("words known only from reports", () => {
  it("reads 'Borrell, according to reports in a paper, wrote ...' as the reports' claim about the EU", () => {
    const article = readCatalogArticle([
      "Josep Borrell, according to reports in the Journal du Dimanche, wrote that European navies should patrol the Taiwan Strait.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.attributed("EU")).toEqual(["S1"]);
    expect(article.claimants("EU")).toEqual({ S1: "Reports in the Journal du Dimanche" });
  });

  it("reads an official's words known from a named outlet as the outlet's account (the guide's 'according to media')", () => {
    const article = readCatalogArticle([
      "Josep Borrell wrote that Europe must stay united, according to Reuters.",
      "Zelensky said the pace of sanctions had slowed down, the Reuters news agency reported.",
      '"We can see that the pace has slowed down," Zelensky said, as quoted by Reuters.',
      "As reported by Ukrinform, Kallas said that there should be no concessions to Russia.",
      "Kallas told Reuters that the EU would act.",
    ]);
    expect(article.stated("EU")).toEqual(["S5"]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("EU")).toEqual({ S1: "Reuters", S4: "Ukraine" });
    expect(article.claimants("Ukraine")).toEqual({ S2: "the Reuters news agency", S3: "Reuters" });
  });
});

describe("one actor citing another's words", () => {
  it("reads 'von der Leyen cited the Chinese leader saying ...' as the EU's account of China", () => {
    const article = readCatalogArticle([
      'European Commission President Ursula von der Leyen cited the Chinese leader saying a call with Kyiv could happen when "conditions are right."',
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.claimants("China")).toEqual({ S1: "EU" });
  });
});

describe("an outlet opening the sentence with its report", () => {
  it("reads 'As Ukrinform reported earlier, Russia accused ...' as the outlet's account, not Russia's statement", () => {
    const article = readCatalogArticle([
      "As Ukrinform reported earlier, Russia accused Ukraine of attacks on ships in the grain corridor.",
      "As Reuters reported, Russia announced its withdrawal from the deal.",
      "As Peskov noted, Russia will not return to the deal.",
    ]);
    expect(article.stated("Russia")).toEqual(["S3"]);
    expect(article.claimants("Russia")).toEqual({ S1: "Ukraine", S2: "Reuters" });
  });

  it("reads an outlet in brackets closing the sentence ('(quoted by RIA Novosti)') as the outlet's account", () => {
    const article = readCatalogArticle([
      '"China supports a peace conference recognized by both sides," Xi Jinping said (quoted by RIA Novosti).',
      '"We want peace," Zelensky said (quoted by Reuters).',
      '"We want peace," Zelensky said (in Kyiv).',
    ]);
    expect(article.claimants("China")).toEqual({ S1: "Russia" });
    expect(article.claimants("Ukraine")).toEqual({ S2: "Reuters" });
    expect(article.stated("Ukraine")).toEqual(["S3"]);
  });

  it("reads 'According to the President, ...' as the president's own words, not an outlet's", () => {
    const article = readCatalogArticle([
      "President Volodymyr Zelenskyy said that China was selling drones to Russia.",
      "According to the President, there are drone factories in Russia where Chinese specialists work.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
  });
});

describe("a second verb of the same subject", () => {
  it("reads 'X assessed the Chinese plan positively and said ...' as X's own statement, no one relayed", () => {
    const article = readCatalogArticle([
      "Russia, on the other hand, assessed the Chinese plan positively and said it was willing to find a diplomatic solution.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });
});
