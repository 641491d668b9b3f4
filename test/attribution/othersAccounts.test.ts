import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("an actor's stance named in another speaker's words", () => {
  it("reads 'China's declared stance' inside Ukraine's words as Ukraine's claim about China", () => {
    const article = readCatalogArticle([
      "In a post on X, Ukrainian Foreign Minister Andrii Sybiha wrote that the capture 'puts into question China's declared stance for peace.'",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.claimants("China")).toEqual({ S1: "Ukraine" });
  });

  it("reads it the same way inside a quotation closed by a later '..., he wrote'", () => {
    const article = readCatalogArticle([
      "Ukraine condemns it, Foreign Minister Andrii Sybiha stressed.",
      "\"We have summoned China's envoy to condemn this fact.",
      "Chinese citizens fighting for Russia put into question China's declared stance for peace,\" he wrote on X.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3"]);
  });

  it("still reads the possessive as the actor's own where no one else speaks", () => {
    const article = readCatalogArticle(["China's declared stance is that it supplies no weapons."]);
    expect(article.stated("China")).toEqual(["S1"]);
  });
});

describe("what someone says an actor must say", () => {
  it("reads 'Ukraine must emphasize that ...' as advice, no statement of Ukraine", () => {
    const article = readCatalogArticle([
      "Ukraine must emphasize that it has rational security interests of its own.",
      "The EU and Ukraine must tell the expert community that China's stance matters.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("a headline about an official's statements", () => {
  const body = [
    '"Brussels cannot say what role it could play in the crisis," Russian Foreign Ministry spokeswoman Maria Zakharova said at a briefing.',
    "Kallas proposed collecting 40 billion euros in military aid for Kyiv.",
  ];

  it("is a report when the body opens with someone else speaking: the statements are not the text", () => {
    const article = readCatalogArticle([
      "EU diplomacy chief's statements on helping Kiev show union war-minded",
      ...body,
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("EU")).toEqual(["S3"]);
    expect(article.attributed("EU")).toEqual(["S2"]);
  });

  it("still credits its author with a body in the first person", () => {
    const article = readCatalogArticle([
      "Kallas's remarks at the press conference after the Foreign Affairs Council",
      "We will keep supporting Ukraine for as long as it takes.",
      "The Russian side said it wanted talks.",
    ]);
    expect(article.stated("EU")).toEqual(expect.arrayContaining(["S2", "S3"]));
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a label before a colon", () => {
  it("is no part of the subject after it: 'Ukraine war: Kremlin welcomes ...' is Russia's alone", () => {
    const article = readCatalogArticle([
      "Ukraine war: Kremlin welcomes any attempt to end conflict",
      "Later on Wednesday, Zelensky said in a video address that there was an opportunity.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("is the speaker when it is an actor's post alone: 'Russian FM: Russia, China agree ...'", () => {
    const article = readCatalogArticle([
      "Russian FM: Russia, China agree on need for Moscow to take part in Ukraine talks",
      "Chinese foreign minister: Kyiv and Moscow must talk",
      "Russian troops: Ukraine retreats from the town",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    // What Russia's minister says China agreed to is Russia's account of China.
    expect(article.claimants("China")).toEqual({ S1: "Russia" });
    expect(article.stated("China")).toEqual(["S2"]);
    // Soldiers are no post that speaks for the state.
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("is the speaker when a headline names it last: '...: FM', '...: Lavrov', not '...: report'", () => {
    for (const [headline, actor] of [
      ["China expects fair, lasting, binding peace agreement for Ukraine crisis: FM", "China"],
      ["Ukraine must talk: Lavrov", "Russia"],
      ["Peace talks must resume: Chinese foreign minister", "China"],
    ] as const) {
      const article = readCatalogArticle([headline]);
      expect(article.stated(actor), headline).toEqual(["S1"]);
    }
    expect(readCatalogArticle(["Russia strikes Kyiv: report"]).stated("Russia")).toEqual([]);
  });

  it("reads an official named after 'reported' as the speaker", () => {
    const article = readCatalogArticle([
      "China hopes all parties will play a role, as Trump prepares for a summit in Alaska on Friday, August 15, reported Chinese Foreign Ministry spokesman Lin Jian at a briefing on Tuesday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.claimants("China")).toEqual({});
  });
});

describe("a 'Source:' line naming one side's organ", () => {
  const report = (source: string) => [
    "China must pressure Russia into stopping the war – EU leaders",
    "The leaders at the European Council meeting reached an agreement on relations with China, in which they called upon China to influence Russia.",
    `Source: ${source}`,
    'As a permanent member of the UN Security Council, China "bears special responsibility" for maintaining the international order.',
  ];

  it("makes what the headline's other actors say in it that side's account", () => {
    const article = readCatalogArticle(
      report("conclusions of the European Council meeting cited by European Pravda"),
    );
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toMatchObject({ S4: "EU" });
  });

  it("changes nothing when the source is outlets citing someone", () => {
    const article = readCatalogArticle(report("news agencies Interfax and RBC, citing the European Council"));
    expect(article.stated("China")).toEqual(["S4"]);
  });
});

describe("words told in private to another side's unnamed officials", () => {
  it("are that side's account: 'Wang Yi told EU officials that ...'", () => {
    const article = readCatalogArticle([
      "Chinese Foreign Minister Wang Yi recently told EU officials that Beijing does not want to see Russia lose.",
      "Wang Yi told a senior EU diplomat that China cannot accept Russia's defeat.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "EU", S2: "EU" });
  });

  it("stay the speaker's when the one told is named, or of its own side", () => {
    const article = readCatalogArticle([
      "Wang Yi told Kallas that China cannot accept Russia's defeat.",
      "Wang Yi told Chinese officials that China wants peace.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });
});

describe("a readout a state outlet carries", () => {
  it("is that state's: 'according to the readout' then tells its account of the other side", () => {
    const article = readCatalogArticle([
      "Xi said dialogue was needed, according to a readout of the call broadcast on CCTV and carried by Xinhua.",
      "The Russian president added that he is willing to hold talks with Ukraine, according to the readout.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toMatchObject({ S2: "China" });
  });

  it("names no issuer when the outlet is no state's", () => {
    const article = readCatalogArticle([
      "Xi said dialogue was needed, according to a readout of the call published by Reuters.",
      "The Russian president added that he is willing to hold talks with Ukraine, according to the readout.",
    ]);
    // No issuer known, "according to the readout" only sources the Russian president's own words.
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.claimants("Russia")).toEqual({});
  });
});

describe("another state's media telling what an actor said", () => {
  it("is that state's account: '..., Russian state media reported.'", () => {
    const article = readCatalogArticle([
      "Xi said China had an impartial position on the conflict, Russian state media reported.",
      "China supports peace talks, Xi said, according to Russian state media.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "Russia", S2: "Russia" });
  });

  it("is still the actor's word through its own state media, and an outlet's account through any other", () => {
    const article = readCatalogArticle([
      "Xi said China supports peace talks, Chinese state media reported.",
      "Xi said China had an impartial position on the conflict, Reuters reported.",
      "Xi said the talks were useful, Xinhua reported.",
      "Xi said the partnership had no limits, TASS reported.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.claimants("China")).toEqual({ S2: "Reuters", S4: "Russia" });
  });
});

describe("outlets named after a country or a capital", () => {
  it("are not the actor: 'citing Russia Today', 'China Daily said'", () => {
    const article = readCatalogArticle([
      "Saed News, citing Russia Today, reports that the new EU sanctions package targets three Chinese firms.",
      "China Daily said the talks were constructive.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("a mind the writer reads into a relative clause", () => {
  it("reads 'which the Kremlin sees as a victory' as the writer's claim about Russia", () => {
    const article = readCatalogArticle([
      "Gas supplies will be expanded via other routes, which the Kremlin sees as a major political victory.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });
});

describe("a secretary-general, a commissioner or a department", () => {
  it("is a title that teaches the name after it: 'EU Deputy Secretary-General Enrique Mora' is the EU's", () => {
    const article = readCatalogArticle([
      "China's special envoy Li Hui meets EU Deputy Secretary-General Enrique Mora in Brussels",
      "Enrique Mora pointed out that Brussels believed in Russia's full responsibility for the war.",
      "EU Trade Commissioner Valdis Dombrovskis said the bloc would respond to the tariffs.",
    ]);
    expect(article.stated("EU")).toEqual(expect.arrayContaining(["S2", "S3"]));
    expect(article.attributed("EU")).toEqual([]);
  });

  it("reads 'the Kremlin's diplomatic department' as Russia speaking", () => {
    const article = readCatalogArticle([
      "“Lavrov thanked the Chinese side for its balanced position,” the Kremlin’s diplomatic department said.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});

describe("reports named with a participle before their that-clause", () => {
  it("reads 'reports suggesting that Li Hui proposed ...' as the reports' claim, not China's act", () => {
    const article = readCatalogArticle([
      "Kuleba has dismissed recent reports suggesting that China's special envoy, Li Hui, proposed the transfer of occupied territories to Russia.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});

describe("a quoted phrase closed by its comma inside a clause", () => {
  it("ends the clause there: 'Russia is \"a threat,\" the Chinese ministry said' is China's claim about Russia", () => {
    const article = readCatalogArticle([
      'The EU sanctioned two banks on "trumped-up charges," the Ministry of Commerce in Beijing said on Monday.',
      'Russia is "a threat to peace," the Chinese ministry said.',
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S2: "China" });
  });

  it("leaves a quotation that opens its clause whole", () => {
    const article = readCatalogArticle(['"Russia is a threat to peace," Kallas said.']);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.claimants("Russia")).toEqual({ S1: "EU" });
  });
});

describe("a name whose relative clause gives its post", () => {
  it("learns 'Vladimir Medinsky, who heads the Russian delegation,' as Russia's for the sentences after", () => {
    const article = readCatalogArticle([
      "Vladimir Medinsky, who heads the Russian delegation, arrived in Istanbul on Friday.",
      "Medinsky said the talks went well.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });

  it("makes the name's words in that very sentence the actor's", () => {
    const article = readCatalogArticle([
      "Vladimir Medinsky, who heads the Russian delegation, announced that Moscow and Kyiv had agreed to a prisoner exchange.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual([]);
  });
});

describe("a participle right after a document", () => {
  it("qualifies it: 'according to a Chinese statement released on Sunday' is China's, no claim about it", () => {
    const article = readCatalogArticle([
      "“China hopes relations with Ukraine will develop normally,” Wang said, according to a Chinese statement released on Sunday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("a dateline in capitals before a dash", () => {
  it("is no part of the subject: 'LONDON/LVIV, Ukraine — The head of the watchdog called ...' is not Ukraine's", () => {
    const article = readCatalogArticle([
      "Plant shelling sparks fresh plea",
      "LONDON/LVIV, Ukraine — The head of the United Nations' nuclear watchdog called for urgent measures.",
      "KYIV — Zelensky said Ukraine needs more air defence.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
  });
});

describe("measures put in place", () => {
  it("are official acts with the measure as object: 'placed export bans on', 'slapped sanctions on', 'passed a law'", () => {
    const article = readCatalogArticle([
      "The EU has already placed similar export bans on over 600 firms, including those based in Hong Kong.",
      "Brussels slapped sanctions on three Chinese firms.",
      "Ukraine's parliament passed a law on sanctions.",
      "Russia placed troops on the border.",
      "The Chinese convoy passed through Kazakhstan.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("an actor's measures doing what measures do", () => {
  it("are its act: 'EU sanctions announced Friday included Chinese firms', 'the EU also targeted entities'", () => {
    const article = readCatalogArticle([
      "U.S. and European Union sanctions announced Friday on hundreds of companies included several firms from China.",
      "The latest round of EU sanctions also targets seven UAE-based enterprises.",
      "While most sanctions hit Russians, the EU also targeted individuals and entities based in India.",
      "Despite repeated objections, the EU included Chinese companies in the 18th sanctions package.",
      "EU sanctions hit the Russian economy hard.",
      "Russia targeted the energy grid overnight.",
      "China's foreign ministry said the EU sanctions included Chinese firms.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3", "S4"]);
    expect(article.stated("Russia")).toEqual([]);
    // In another's words the measures are what it tells of them.
    expect(article.claimants("EU")).toMatchObject({ S7: "China" });
  });
});

describe("answers to an invitation or offer", () => {
  it("are acts: 'Xi himself declined an invitation', 'Kyiv accepted the offer', not 'declined to comment'", () => {
    const article = readCatalogArticle([
      "The EU leaders travelled to Beijing after Xi himself declined an invitation to go to Brussels.",
      "Kyiv accepted the offer of talks.",
      "Peskov declined to comment on the report.",
      "Russia accepted responsibility.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("votes", () => {
  it("are official acts: 'Russia voted against the draft', and one of several names that abstained", () => {
    const article = readCatalogArticle([
      "Russia voted against the draft.",
      "Brazil, China, India and South Africa abstained.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("close no attribution: 'China, India and Brazil abstained' makes no claim about China", () => {
    const article = readCatalogArticle(["China, India and Brazil abstained in the vote."]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("a post in apposition after an inverted attribution's name", () => {
  it("says whose the name is: '\"...,\" said Vladyslav Vlasiuk, the Ukrainian president's commissioner'", () => {
    const article = readCatalogArticle([
      "“Russia's arms production is fueled by Chinese components,” said Vladyslav Vlasiuk, the Ukrainian president's commissioner for sanctions, in a briefing on July 7.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.claimants("Russia")).toEqual({ S1: "Ukraine" });
  });

  it("gives nobody's words to an actor when the post is no one's official", () => {
    const article = readCatalogArticle([
      "“The talks were useful for Ukraine,” said John Smith, a British historian.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("suspending or halting", () => {
  it("is an official act, which says nothing: a quotation after it is not the actor's", () => {
    const article = readCatalogArticle([
      "Moscow suspended its participation in the Black Sea deal on Saturday.",
      "“This puts the main export route for grain at risk.”",
      "Russia halted its participation in the grain corridor.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S3"]);
  });
});

describe("asides and role phrases around a speaker", () => {
  it("reads '..., said a representative of the Russian Foreign Ministry.' as a closing attribution", () => {
    const article = readCatalogArticle([
      "The EU is afraid to remain the main sponsor of the war, said a representative of the Russian Foreign Ministry.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("keeps a name at the end of a 'during ...' aside in the aside: Lavrov thanked, not Li Hui", () => {
    const article = readCatalogArticle([
      "Russia's Foreign Minister Sergey Lavrov, during a meeting with the Chinese special envoy for Eurasian Affairs, Li Hui, thanked Beijing for its balanced position.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("what a leader wants", () => {
  it("is someone's reading of him with nothing quoted: 'Putin wants to spread the war to Europe.'", () => {
    const article = readCatalogArticle(["Putin wants to spread the war to Europe."]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });

  it("reads him the same with his title before the name: 'Russian President Vladimir Putin wants ...'", () => {
    const article = readCatalogArticle([
      "Russian President Vladimir Putin wants to dominate Ukraine and the Baltics.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("stays his word when he is quoted or his side has just spoken", () => {
    const article = readCatalogArticle([
      'Putin said Russia was ready for talks. "We want peace," Putin told reporters.',
      "Putin wants a deal on Russia's terms, the Kremlin said.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2", "S3"]);
  });
});

describe("'asserting that' carrying on a statement", () => {
  it("makes the stance in its clause the speaker's claim: Peskov, 'asserting that China maintains ...'", () => {
    const article = readCatalogArticle([
      "Peskov responded to the claim, asserting that China maintains a balanced position.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "Russia" });
  });
});

describe("an actor's backers, allies and partners", () => {
  it("are not the actor: 'Ukraine's EU backers insisted ...' states nothing for Ukraine", () => {
    const article = readCatalogArticle([
      "Ukraine's EU backers on Thursday insisted Kyiv and Europe needed to be involved in any talks.",
      "Russia's allies said the sanctions were illegal.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("asides opened by 'following' or 'despite'", () => {
  it("keep a name at their end in the aside, as 'during' does", () => {
    const article = readCatalogArticle([
      "Russia's Foreign Minister Sergey Lavrov, following talks with the Chinese special envoy, Li Hui, praised Beijing's balanced position.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("an outlet named after a capital", () => {
  it("is not the actor: 'The Kyiv Independent reported ...' states nothing for Ukraine", () => {
    const article = readCatalogArticle(["The Kyiv Independent reported that new talks were planned."]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("a headline's closing speaker with a ministry's short name", () => {
  it("is the actor's post: '...: Russian FM spokeswoman'", () => {
    const article = readCatalogArticle([
      "China’s stance on Russia-Ukraine conflict ‘highly appreciated’: Russian FM spokeswoman",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.claimants("China")).toEqual({ S1: "Russia" });
  });
});

describe("a headline naming who speaks to whom before its colon", () => {
  it("is the speaker's: 'Ukraine, von der Leyen to Xi: we need a just peace', not the one addressed", () => {
    const article = readCatalogArticle([
      "Ukraine, von der Leyen to Xi: we need a just peace",
      "Zelensky to Xi: Ukraine will not cede land",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual([]);
  });
});
