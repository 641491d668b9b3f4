import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("a speaker the reading cannot tie to anyone", () => {
  it("files nothing when only a role names the speaker: it may be the actor itself", () => {
    const article = readCatalogArticle([
      "Kuleba said the talks were useful, and Lavrov said they were a waste of time.",
      "The minister stressed that Kyiv will never trade land for a truce.",
    ]);
    expect(article.stated("Ukraine")).not.toContain("S2");
    expect(article.attributed("Ukraine")).not.toContain("S2");
  });

  it("files nothing for an unresolved pronoun either", () => {
    const article = readCatalogArticle([
      "Kuleba met Lavrov and Wang Yi in Antalya.",
      "He said that Russia must withdraw its troops first.",
    ]);
    expect(article.attributed("Russia")).not.toContain("S2");
    expect(article.stated("Russia")).not.toContain("S2");
  });

  it("keeps a named outsider's claim about an actor", () => {
    const article = readCatalogArticle([
      "German Chancellor Friedrich Merz said Russia was preparing a new offensive.",
    ]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });

  it("keeps the claims of unnamed plural sources, which are the reporter's and no actor's", () => {
    const article = readCatalogArticle(["Diplomats say Ukraine's budget gap could exceed the new loan."]);
    expect(article.attributed("Ukraine")).toEqual(["S1"]);
    const officials = readCatalogArticle(["Western officials say China supplies parts for Russian drones."]);
    expect(officials.attributed("China")).toEqual(["S1"]);
  });

  it("still resolves a role that points back to the one speaker before", () => {
    const article = readCatalogArticle([
      "Sybiha said the talks in Riyadh were useful.",
      "The minister emphasized that Kyiv has not changed its principles.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
  });
});

describe("roles and nouns that name a speaker", () => {
  it("reads 'the Russian representative' as Russia speaking", () => {
    const article = readCatalogArticle([
      "The Russian representative emphasized that Moscow's position on the truce is well known.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual([]);
  });

  it("does not take a plural noun after a count for a verb ('three core issues')", () => {
    const article = readCatalogArticle([
      "According to Sybiha, the parties concentrated on three core issues: a ceasefire, prisoners and a summit.",
    ]);
    expect(article.attributed("Ukraine")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    // Right after a verb's -ing or -ed form it is that verb's object: "relinquishing claims".
    const object = readCatalogArticle(["China has no record of relinquishing claims to disputed regions."]);
    expect(object.stated("China")).toEqual([]);
    // The verb reading stays: "China issues a warning".
    const verb = readCatalogArticle(["China issues a warning to the Philippines over the shoal."]);
    expect(verb.stated("China")).toEqual(["S1"]);
  });
});

describe("speakers named past asides", () => {
  it("reads the issuer of 'a statement released by X' as the source of what follows", () => {
    const article = readCatalogArticle([
      "Wang Yi met Sybiha in Munich on Friday.",
      "According to a statement released by China's Foreign Ministry, Wang affirmed that Beijing remains committed to mutual respect.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.attributed("China")).toEqual([]);
    // A report by someone else stays theirs: "a report published by Reuters".
    const report = readCatalogArticle([
      "According to a report published by Reuters, Beijing is weighing new export curbs on drone parts.",
    ]);
    expect(report.stated("China")).toEqual([]);
  });

  it("starts the subject after a quotation closed with its comma, when what was said follows the verb", () => {
    const article = readCatalogArticle([
      "Sybiha spoke to European Pravda on Wednesday.",
      "When asked about Ukraine's stance on Trump's plan to “end the war quickly,” Sybiha reiterated, “Yes, the ban on talks is still in force.”",
    ]);
    expect(article.stated("Ukraine")).toContain("S2");
    // '..., "noted the request," he added.': the whole sentence is still what he said.
    const closing = readCatalogArticle([
      "Lavrov spoke in Istanbul.",
      "Kyiv asked for a summit and Moscow has “noted the request,” he added.",
    ]);
    expect(closing.stated("Russia")).toContain("S2");
  });
});

describe("a speaker named after the verb", () => {
  it("reads '..., said Kuleba, adding that ...' as Kuleba's words about the actor before", () => {
    const article = readCatalogArticle([
      "China has been a fair broker on grain exports, said Kuleba, adding that Kyiv wants more ships.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });

  it("keeps 'said' plus a clause as the subject's statement ('..., said it would ...')", () => {
    const article = readCatalogArticle([
      "The Kremlin, meanwhile, said it would study the proposal, calling it vague.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});

describe("a stored article's headline", () => {
  const paragraphs = [
    "Kremlin warns Europe over new sanctions",
    "Analysts in Moscow said the new package would hurt European firms most.",
  ];

  it("is no statement of an actor the text never bears out", () => {
    const article = readCatalogArticle(paragraphs, { title: "Kremlin warns Europe over new sanctions" });
    expect(article.stated("Russia")).toEqual([]);
  });

  it("keeps its point for an actor the text gives a statement of its own", () => {
    const article = readCatalogArticle(
      [paragraphs[0] as string, "Peskov said the package would hurt European firms most."],
      { title: "Kremlin warns Europe over new sanctions" },
    );
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });
});

describe("a joint act told in one author's own text", () => {
  it("is the author's statement and its account of the other actor", () => {
    const article = readCatalogArticle([
      "Remarks by President Charles Michel after the EU-China summit",
      "We had a frank exchange on the war.",
      "The EU and China agreed that the war threatens the world economy.",
    ]);
    expect(article.stated("EU")).toContain("S3");
    expect(article.stated("China")).not.toContain("S3");
    expect(article.attributed("China")).toContain("S3");
  });
});

describe("a wire story's dateline", () => {
  it("says whose unnamed ministry and spokesperson speak when nothing in the text does", () => {
    const article = readCatalogArticle([
      "BEIJING, June 26 (Xinhua) -- Despite repeated objections, the EU has listed four more firms, according to a spokesperson for the Ministry of Commerce.",
      "The move harms trade relations, the spokesperson said.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("gives way to a speaker the text names", () => {
    const article = readCatalogArticle([
      "MOSCOW (Reuters) - Ukraine's defence ministry said on Monday that it had downed 40 drones.",
      "The ministry said the attack targeted power plants.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a readout that quotes", () => {
  const opening = [
    "Kuleba urges Beijing to keep talking",
    "Qin Gang had a telephone conversation with Dmytro Kuleba on Monday.",
    "This was reported by a statement from the Chinese Foreign Ministry.",
  ];

  it("stays its issuer's account past its own official's words and a few words it quotes", () => {
    const article = readCatalogArticle([
      ...opening,
      "The minister hoped that both sides would “not close the door to a political solution”.",
      "Kuleba thanked China and praised the “sincerity” of its position paper.",
    ]);
    expect(article.stated("Ukraine")).not.toContain("S5");
    expect(article.attributed("Ukraine")).toContain("S5");
  });

  it("ends when the counterpart is quoted at length in his own words", () => {
    const article = readCatalogArticle([
      ...opening,
      "“We count on China to help end this war as soon as possible,” Kuleba told reporters in Kyiv.",
      "Kuleba thanked China for its aid.",
    ]);
    expect(article.stated("Ukraine")).toContain("S5");
  });
});

describe("a closing attribution that names the opening speaker again", () => {
  it("is that speaker, not someone reporting them", () => {
    const article = readCatalogArticle([
      "Ukraine's ambassador to China, Pavlo Riabikin, confirmed that Beijing had been invited to the talks, Riabikin said on Monday.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.attributed("Ukraine")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });

  it("still reports the opening speaker when someone else closes the sentence", () => {
    const article = readCatalogArticle([
      "Ukraine's ambassador to China, Pavlo Riabikin, confirmed that Beijing had been invited, Jake Sullivan said.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("an actor's plan, proposal or paper", () => {
  it("speaks for the actor as its statement or readout would", () => {
    const article = readCatalogArticle([
      "China's 12-point plan calls for peace talks and respect for sovereignty.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("is no actor's when someone else owns it", () => {
    const article = readCatalogArticle(["Trump's peace plan calls for Ukraine to give up Crimea."]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("'assured' and the first person as the one told", () => {
  it("reads 'assured that' as a statement", () => {
    const article = readCatalogArticle([
      "The Beijing representative assured that China will keep playing a constructive role.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads 'He assured me that ...' inside a quotation still open as the quoted speaker's words", () => {
    const article = readCatalogArticle([
      '"My signals are simple.',
      "We had a call with Xi Jinping.",
      'He assured me that he would not sell weapons to the Russians," Zelensky said.',
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Ukraine")).toContain("S3");
  });
});

describe("'it' after a sentence nobody spoke in", () => {
  it("is the actor that sentence opened with ('The Kremlin's account ... was warmer.')", () => {
    const article = readCatalogArticle([
      "The Kremlin's account of the call was warmer.",
      "“Relations are at an all-time high,” it said in a readout.",
    ]);
    expect(article.stated("Russia")).toContain("S2");
  });

  it("is nobody when that sentence opened with no actor", () => {
    const article = readCatalogArticle([
      "The call lasted an hour, and Russia was mentioned twice.",
      "“Relations are at an all-time high,” it said in a readout.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("'the two leaders' far from their names", () => {
  const body = [
    "Putin thanks Xi for his peace efforts",
    "Putin spoke warmly of China's role at the summit in Beijing.",
    "Trade between the two countries has grown for years.",
    "Analysts expect more deals on gas.",
    "Before their remarks, the two leaders signed a joint statement on their partnership.",
  ];

  it("are the two actors whose people the headline names", () => {
    const article = readCatalogArticle(body);
    expect(article.stated("China")).toContain("S5");
    expect(article.stated("Russia")).toContain("S5");
  });

  it("are nobody when the headline names one actor's people only", () => {
    const article = readCatalogArticle(["Putin praises the summit", ...body.slice(1)]);
    expect(article.stated("China")).not.toContain("S5");
  });
});

describe("'attributed' as a verb of saying", () => {
  it("reads 'Kallas attributed the failure to ...' as her statement, and a passive 'was attributed to' as nobody's", () => {
    const article = readCatalogArticle(["Kallas attributed the failure of the package to Slovakia's veto."]);
    expect(article.stated("EU")).toEqual(["S1"]);
    const passive = readCatalogArticle(["The cyberattack was attributed to Russian military hackers."]);
    expect(passive.stated("Russia")).toEqual([]);
  });
});

describe("a role pointing back past a line where no one spoke", () => {
  it("is the one actor that spoke within the last few sentences", () => {
    const article = readCatalogArticle([
      "Sybiha said the talks in Riyadh were useful.",
      "The talks lasted four hours.",
      "The minister stressed that Kyiv will not trade land for a truce.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S3"]);
  });

  it("is nobody when that actor spoke long before", () => {
    const article = readCatalogArticle([
      "Sybiha said the talks in Riyadh were useful.",
      "The talks lasted four hours.",
      "They covered energy and ports.",
      "Delegations will meet again in May.",
      "The venue is not yet known.",
      "The minister stressed that Kyiv will not trade land for a truce.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});

describe("names around a speaker that are not the speaker", () => {
  it("does not take names listed after a clause for the subject ('its friends, Russia and Ukraine, the envoy said')", () => {
    const article = readCatalogArticle([
      "The war has put Beijing in a hard spot between its friends, Russia and Ukraine, newly arrived Chinese Ambassador to the EU Fu Cong said in an interview.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("does not read a later 'he' as the person named inside a relative aside", () => {
    const article = readCatalogArticle([
      "Chinese Ambassador Fu Cong said Beijing would not choose sides.",
      "The diplomat, who presented his credentials to European Council President Charles Michel last week, described ties with the EU, which he wants to depoliticise, as strained.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });
});

describe("a role with a name no actor owns", () => {
  it("does not point 'the head of Magyar diplomacy Peter Szijjarto' back to the last speaker", () => {
    const article = readCatalogArticle([
      "Kallas said the package would hit Russia's shadow fleet.",
      '"I think the European Union is making the wrong decision," declared the head of Magyar diplomacy Peter Szijjarto.',
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });

  it("still points a titled role back ('The Head of the Presidential Office and the Minister of Foreign Affairs')", () => {
    const article = readCatalogArticle([
      "Andriy Yermak and Andrii Sybiha met Wang Yi in Beijing, Ukraine's presidency said.",
      "The Head of the Presidential Office and the Minister of Foreign Affairs spoke about Ukraine's vision of a just peace.",
    ]);
    expect(article.stated("Ukraine")).toContain("S2");
  });
});

describe("EU readout wording", () => {
  it("reads 'The HR/VP', 'The EU expects' and 'remains committed' as the EU's own word", () => {
    const article = readCatalogArticle([
      "The HR/VP reaffirmed the EU's commitment to engage constructively with China.",
      "The EU remains committed to supporting Ukraine for as long as it takes.",
      "The EU expects China to use its influence on Russia to end the war.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toContain("S3");
  });
});

describe("an institution named again ('the ministry', 'the Foreign Ministry')", () => {
  it("points 'According to the ministry' back to the ministry the article named, and what it says another declares is its claim", () => {
    const article = readCatalogArticle([
      "The Ministry of Foreign Affairs of Ukraine said Kyiv took note of the remarks.",
      "According to the ministry, China rightfully declares its respect for the sovereignty of all states.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S2"]);
  });

  it("reads 'the Foreign Ministry said' as that ministry, but 'the French minister' as no actor's", () => {
    const article = readCatalogArticle([
      "The Ministry of Foreign Affairs of Ukraine said Kyiv took note of the remarks.",
      '"Ukraine must define what peace looks like," the Foreign Ministry said.',
      '"Europe must stay united," the French minister said.',
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("a state broadcaster's correspondent", () => {
  it("is not the government: 'chief Kremlin correspondent for Russian state TV'", () => {
    const article = readCatalogArticle([
      "Pavel Zarubin, chief Kremlin correspondent for Russian state TV, said Russia had grown more resilient to sanctions.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("claims an actor rebuts in its own statement", () => {
  it("files 'dismissed claims that Moscow was behind ...' as Russia's statement only", () => {
    const article = readCatalogArticle([
      "The Kremlin said new Western sanctions were unacceptable and dismissed claims that Moscow was behind the poisoning.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual([]);
  });

  it("keeps a claim about the actor that someone else makes in the same sentence", () => {
    const article = readCatalogArticle([
      "The Kremlin denied any role, but Western officials said Moscow was behind the poisoning.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
  });
});

describe("words that look like a speaker's verb but are not", () => {
  it("reads 'the absence of plans to join NATO' and 'for alleged war crimes' as nouns, no one's statement", () => {
    const article = readCatalogArticle([
      "Putin set new conditions: Ukrainian troops must withdraw, and Kyiv must declare the absence of plans to join NATO.",
      "The plan also seeks a tribunal to prosecute Russian officials for alleged war crimes.",
      "Kyiv plans to join NATO by 2030.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("never gives a text calling on an actor to that actor, whoever spoke last", () => {
    const article = readCatalogArticle([
      "Russia says the summit is useless.",
      "The statement urged Russia to withdraw its troops.",
      "Peskov spoke on Monday.",
      "The plan calls for Russia to withdraw.",
      "Russia called for Ukraine to withdraw from Kursk.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S5"]);
  });
});

describe("a state's formal name", () => {
  it("reads 'of the Russian Federation' as Russia's name, so its press secretary speaks for Russia", () => {
    const article = readCatalogArticle([
      "On Monday, the Press Secretary of the President of the Russian Federation announced that Russia is ending the deal.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});

describe("a quotation inside a relative clause before the verb", () => {
  it("keeps the subject before the clause: 'China, which declared ties \"have no limits\", abstained'", () => {
    const article = readCatalogArticle([
      "China, which once declared that Sino-Russian cooperation “has no restricted area”, abstained in the vote.",
      "“We want peace,” said Wang Yi.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });
});

describe("'the politician' pointing back", () => {
  it("reads 'the European politician said' and 'According to the politician' as the one just quoted", () => {
    const article = readCatalogArticle([
      "EU foreign policy chief Josep Borrell said this in a post on X.",
      "“The EU's resolve to defend Ukraine will only become stronger,” the European politician said.",
      "Chinese Foreign Ministry spokeswoman Mao Ning said China opposes unilateral sanctions.",
      "According to the politician, China will protect the rights of Chinese companies.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.stated("China")).toEqual(["S3", "S4"]);
  });

  it("leaves a politician named by a nationality alone no government's voice", () => {
    const article = readCatalogArticle(["A Russian politician said the talks were pointless."]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("an aside between a speaker and the verb", () => {
  it("takes no speaker from a participle aside: 'Zelensky, attending the Brussels summit, emphasized ...'", () => {
    const article = readCatalogArticle([
      "Zelensky, attending the Brussels summit, emphasized the moral responsibility of Europe.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("another actor's role on an actor", () => {
  it("reads 'chair of the European Parliament's China delegation' as the EU speaking, not China", () => {
    const article = readCatalogArticle([
      "Engin Eroglu, chair of the European Parliament’s China delegation, described the mood as frosty.",
      "The EU's Russia sanctions envoy said the package was ready.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a role by 'the' with the person's name in apposition", () => {
  it("reads 'The head of the OP, Andriy Yermak, said' as the named person's, not the last speaker's", () => {
    const article = readCatalogArticle([
      "Borrell said the EU supports the coalition.",
      "The head of the OP, Andriy Yermak, said that the coalition has expanded to 37 countries.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });
});

describe("a role by 'the' after a semicolon", () => {
  it("points back to the one actor of the clause before, not the last sentence's speaker", () => {
    const article = readCatalogArticle([
      "Peskov denied this.",
      "China has repeatedly criticized Western restrictions; the authorities say they do not supply weapons to any party.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });
});
