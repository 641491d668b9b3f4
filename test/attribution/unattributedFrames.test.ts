import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("claims nobody in particular makes", () => {
  it("reads 'There was information in the press that ...' as a report about the clause's subject", () => {
    const article = readCatalogArticle([
      "There was information in the press that Xi Jinping plans to call Zelensky by video.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });

  it("reads the impersonal 'It is reported that ...' the same way", () => {
    const article = readCatalogArticle(["It is widely believed that the Kremlin wants a long war."]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });

  it("gives back the clause after 'but' to its own speaker", () => {
    const article = readCatalogArticle([
      "There is speculation that Xi plans a trip to Kyiv, but Xi said on Monday he has no such plans.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("keeps the statement of whoever dismisses the reports", () => {
    const article = readCatalogArticle([
      "Zakharova dismissed reports that China supplied drones, saying Moscow needs no one's help.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("cue words used as nouns and negated speech", () => {
  it("does not read 'has ... claims' as the actor claiming", () => {
    const article = readCatalogArticle(["China has long-standing territorial claims in the Far East."]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads 'has not yet expressed' as no statement", () => {
    const article = readCatalogArticle([
      "Ukraine's allies met in Ramstein, although Putin has not yet expressed any wish to negotiate.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a joint statement named again as the source", () => {
  it("credits '..., according to the joint statement' to the issuers of the statement signed before", () => {
    const article = readCatalogArticle([
      "In the joint statement signed by President Xi Jinping and Russian President Vladimir Putin, the two nations stressed the UN Charter.",
      "Russia reiterated its commitment to talks, and China expressed its appreciation for that, according to the joint statement.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("speakers and verbs met in a fresh set", () => {
  it("reads a presidential aide as the government's official", () => {
    const article = readCatalogArticle([
      "The Russian presidential aide told reporters that Moscow has not been contacted by the White House.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual([]);
  });

  it("still reads a former adviser as no official", () => {
    const article = readCatalogArticle(["A former Kremlin adviser said Moscow wants a long war."]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads 'once again claimed' as a statement, not as 'once Russia agrees'", () => {
    const article = readCatalogArticle([
      "Putin once again claimed to Xi that he is always open to the negotiation process.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'has billed the trip a journey of peace' as the actor's own framing", () => {
    const article = readCatalogArticle(['China has billed the trip a "journey of friendship and peace."']);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("does not read 'to assert its territorial claims' as the actor claiming", () => {
    const article = readCatalogArticle([
      "Putin was under pressure to end the war started by Russia to assert its territorial claims.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("datelines and documents met in a fresh set", () => {
  it("reads TASS's 'BEIJING, October 23. /TASS/.' as a dateline: 'the ministry' there is China's", () => {
    const article = readCatalogArticle([
      "BEIJING, October 23. /TASS/.",
      "The authorities will take response measures over the sanctions package, the Ministry of Commerce said.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("does not make the sanctioned actor of 'a Russian sanctions package' the issuer of 'the statement'", () => {
    const article = readCatalogArticle([
      "China hits EU banks over Russian sanctions package.",
      "In a statement to the Financial Times, a European Commission spokesperson said it had received a notice.",
      '"The EU will study these measures in detail," the statement reads.',
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S2", "S3"]);
  });
});

describe("pronouns and clauses met in a fresh set", () => {
  it("reads ', and it emphasized' as the first clause's subject, not the last speaker", () => {
    const article = readCatalogArticle([
      '"I think this is a good thing," Zelensky said.',
      "On Friday, China's Foreign Ministry announced a 12-point plan, and it emphasized its opposition to nuclear weapons.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("reads 'his ministry said' as the office of the man named before", () => {
    const article = readCatalogArticle([
      "Kuleba held talks with Wang Yi for three hours.",
      "Kyiv is ready to talk if Moscow acts in good faith, his ministry said in a statement.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("gives a relative clause about someone no actor owns to nobody", () => {
    const article = readCatalogArticle([
      "Russian troops advanced ahead of the return of Donald Trump, who has threatened to cut aid to Ukraine.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads 'Let me stress that ...' in a spokesperson's answer as the spokesperson's", () => {
    const article = readCatalogArticle([
      "CCTV: What is China's comment on the summit?",
      "Mao Ning: China believes that all efforts conducive to peace should be supported.",
      "Let me stress that China's position on the conference is fair and just.",
    ]);
    expect(article.stated("China")).toEqual(["S2", "S3"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("files no claim about China by its own leader ('with Xi reaffirming China's support')", () => {
    const article = readCatalogArticle([
      "In the call, the two exchanged views, with Xi reaffirming China's support for peace talks, according to the Chinese government.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("phrasings of public rebuke and reduced passives", () => {
  it("reads 'renewed its criticism of' and 'laid blame ... on' as the actor's statements", () => {
    const article = readCatalogArticle([
      "China on Friday renewed its criticism of Western sanctions against Russia.",
      "The Chinese Foreign Ministry also laid blame for the war at least partially on the United States.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });

  it("does not read 'the measures imposed in response to' as an act of the clause's subject", () => {
    const article = readCatalogArticle([
      "Officials sought assurances that Beijing would not help Moscow circumvent the measures imposed in response to the invasion.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("keeps 'the U.N. Security Council' inside its sentence", () => {
    const article = readCatalogArticle([
      "Von der Leyen said she hoped China would use its seat on the U.N. Security Council to press Russia.",
      "She added that she expects China not to interfere with Western sanctions.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
  });
});

describe("a mind read into a noun phrase", () => {
  it("reads 'what Beijing sees as US hegemony' as the writer's, even after a Chinese official spoke", () => {
    const article = readCatalogArticle([
      "Wang Yi said China would keep talking to all sides.",
      "Russia is a useful partner in countering what Beijing sees as US hegemony.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual(["S2"]);
  });
});

describe("a topic only answered", () => {
  it("gives no point for 'commented on the new sanctions announced by Brussels'", () => {
    const article = readCatalogArticle(["Zakharova commented on the new sanctions announced by Brussels."]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("EU")).toEqual([]);
  });
});

describe("roles, sourcing and member states met in a second fresh set", () => {
  it("learns 'the minister' from whoever speaks, not from the minister he speaks of", () => {
    const article = readCatalogArticle([
      "Minister of Foreign Affairs of Ukraine Dmytro Kuleba said Beijing has not yet decided.",
      "Kuleba said Chinese Foreign Minister Qin Gang had assured him that China would not supply weapons.",
      "The minister said Ukraine is exercising its right to self-defence.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("learns 'the president' from the speaker, not from the president his belief names", () => {
    const article = readCatalogArticle([
      "Ukrainian President Volodymyr Zelenskyy believes that a veto would mean Russian President Vladimir Putin had decided it.",
      "The president noted that Ukraine has done all it can.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("gives the sentence before to the speaker of 'This is what X declared ...'", () => {
    const article = readCatalogArticle([
      "An abnormal situation was created after the EU supported the coup in Kyiv.",
      "This is what Minister of Foreign Affairs of Russia Sergey Lavrov declared during a meeting with students today.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("reads '..., said Chinese Foreign Ministry spokesperson Wang Wenbin on Friday.' as an inverted attribution", () => {
    const article = readCatalogArticle([
      "The cooperation is open and free from coercion, said Chinese Foreign Ministry spokesperson Wang Wenbin on Friday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("reads 'what it considers' as the writer's reading of the actor's mind", () => {
    const article = readCatalogArticle([
      "Wang Yi said China would keep talking to all sides.",
      "China must try to rise above what it considers a struggle between two tired powers.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("does not read 'EU member states' as the EU", () => {
    const article = readCatalogArticle(["Several EU member states have rejected the proposal."]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("gives no point for 'commented on Zelenskyy's conversation with Xi'", () => {
    const article = readCatalogArticle([
      "The Kremlin has commented on President Zelenskyy's telephone conversation with Chinese leader Xi Jinping.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("attributions met in a third fresh set", () => {
  it("keeps the whole sentence for '..., the Chinese Foreign Ministry said yesterday.'", () => {
    const article = readCatalogArticle([
      "China will not attend because its expectations, which include both Russia and Ukraine taking part, are not met, the Chinese Foreign Ministry said yesterday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.statedTexts("China")[0]).toMatch(/^China will not attend/u);
  });

  it("reads '... - added the spokeswoman of the European Commission, Paula Pinho.' as the EU's", () => {
    const article = readCatalogArticle([
      "If China really wants an end to the war, it could play a role in this - added the spokeswoman of the European Commission, Paula Pinho.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("learns the name in 'the spokesman of the European Commission, Anuar El-Anuni,'", () => {
    const article = readCatalogArticle([
      "This was stated by the spokesman of the European Commission, Anuar El-Anuni, commenting on Xi's visit.",
      "Xi is the most important foreign leader at the parade - said El-Anuni.",
      "He stressed that the EU-China summit is an opportunity.",
    ]);
    expect(article.stated("EU")).toEqual(["S2", "S3"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("votes told in an analysis", () => {
  it("keeps 'China abstained' and 'Russia vetoed it' on the record under an 'Analysis:' headline", () => {
    const article = readCatalogArticle([
      "Analysis: War in Ukraine tests the China-Russia partnership",
      "China already abstained from voting Friday on a UN Security Council resolution.",
      "Russia vetoed it.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual(["S3"]);
  });
});

describe("companies, frequencies and relative clauses met in a third fresh set", () => {
  it("does not read a company ('Russia's Gazprom PJSC said') as the government", () => {
    const article = readCatalogArticle([
      "Russia's Gazprom PJSC said it signed a legally binding agreement to build the pipeline.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("gives no point for 'China has said many times.', but keeps what it said", () => {
    const article = readCatalogArticle([
      "China has said many times.",
      "China has said many times that it opposes unilateral sanctions.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("skips a relative clause whose list holds commas: 'Li Hui, who visited Ukraine, Russia and Europe, stated ...'", () => {
    const article = readCatalogArticle([
      'The special representative of the Chinese government Li Hui, who visited Ukraine, Russia and European countries, stated that no side has "closed the door".',
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});
