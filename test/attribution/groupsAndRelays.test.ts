import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

// Issue 14, eighteenth and nineteenth rounds: whom a group word names, titles of others, relayed words.
// Issue 14, eighteenth round: whom a group word names, titles of others, relayed words.

describe("'the two leaders' in a sentence that names two leaders", () => {
  it("is the two it names, an outsider among them, not the speaker of the sentence before", () => {
    const article = readCatalogArticle([
      "Kallas said the Russians were winning.",
      "The talks followed a call between US President Donald Trump and his Russian counterpart, Vladimir Putin, during which the two leaders agreed to start negotiations.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("a title learnt after an actor's name", () => {
  it("is not the actor's past a preposition or another state's adjective", () => {
    const article = readCatalogArticle([
      "The trip to Moscow by Hungarian Prime Minister Viktor Orban drew criticism.",
      "Orban said the war could end soon.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a participle after a singular noun, its agent after 'by'", () => {
  it("qualifies the noun: 'a visit branded a peace mission by the Hungarian leader' brands nothing for Ukraine", () => {
    const article = readCatalogArticle([
      'Xi told Orban that world powers should help Russia and Ukraine restart talks during a visit branded a "peace mission" by the Hungarian leader.',
      'Xi said China wanted Russia and Ukraine to talk during a visit to Beijing branded a "peace mission" by Orban.',
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("talks called for or kept up", () => {
  it("reads 'should help them hold talks' as a position, and 'maintaining talks with Putin' as no statement", () => {
    const article = readCatalogArticle([
      "Xi said that world powers should help Russia and Ukraine hold talks.",
      "The envoy saw no sign of a call, despite Xi maintaining several talks with Putin.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });
});

describe("words relayed by someone else", () => {
  it("reads 'He reportedly told ...' as others' account of him, whoever 'he' is", () => {
    const article = readCatalogArticle([
      "Wang Yi said China was not a party to the conflict.",
      "He reportedly told Kallas that China would never arm Russia.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual(["S2"]);
  });

  it("reads 'I welcomed Premier Li's statement that ...' as a first-person speaker's account of Li's words", () => {
    const article = readCatalogArticle([
      "I welcomed Prime Minister Li Qiang's statement that both Europe and China have an interest in peace.",
      "Prime Minister Li Qiang said China wanted peace.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });
});

describe("a verb after a comma, and an inverted aside", () => {
  it("reads 'X finds ..., says Y is ...' as X's statement and X's claim about Y", () => {
    const article = readCatalogArticle([
      "Ursula von der Leyen finds China's peace plan dubious, says Beijing is on Russia's side.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "EU" });
  });

  it("reads 'China, says Kallas, is on Russia's side' as Kallas's claim about China", () => {
    const article = readCatalogArticle(["China, says Kallas, is on Russia's side."]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "EU" });
  });

  it("still reads '..., said Peskov.' and 'The Kremlin, meanwhile, said ...' as the speaker's", () => {
    const article = readCatalogArticle([
      "Russia is ready for talks, said Peskov.",
      "Kyiv, meanwhile, said it would not give up land.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });
});

describe("a closing 'said X' with more after the name", () => {
  it("reads 'we will propose ..., said von der Leyen in a brief press appearance with Rutte' as hers", () => {
    const article = readCatalogArticle([
      "Therefore, we will propose immediate measures to create a drone wall, said von der Leyen in a brief press appearance together with Rutte before the meeting.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.attributed("EU")).toEqual([]);
  });

  it("reads '..., said Zelenskyy during a press conference with ..., reports UNN.' as the outlet's account of him", () => {
    const article = readCatalogArticle([
      "There is an analysis of the flight path, which indicates that the drones flew to Poland on purpose, said Volodymyr Zelenskyy during a press conference with Finnish President Alexander Stubb, reports UNN.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.claimants("Ukraine")).toEqual({ S1: "UNN" });
  });
});

describe("an actor's words told by its own state agency", () => {
  it("stay its own, whatever the verb: 'cautioned against ..., according to China News Service'", () => {
    const article = readCatalogArticle([
      "Geng Shuang, China's deputy envoy to the UN, cautioned against Sinophobia, according to China News Service.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("a visit in the setting of what was said", () => {
  it("leaves '..., an envoy said, amid reports that Xi is to visit Moscow' the envoy's statement", () => {
    const article = readCatalogArticle([
      "Beijing will keep pushing for peace talks, a Chinese envoy to the UN said, amid reports that Xi is to visit Moscow.",
      "The Kremlin said Putin and Xi held talks after the parade.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });
});

describe("a name, then its post of an actor", () => {
  it("teaches the name: 'Stavros Lambrinidis, Ambassador of the European Union to the UN,'", () => {
    const article = readCatalogArticle([
      "Source: Stavros Lambrinidis, Ambassador of the European Union to the United Nations, speaking on Thursday",
      "Lambrinidis stressed that the EU condemns Russia's war.",
      "Zhang Ming, ambassador to the European Union, spoke later.",
      "Zhang said the war must end.",
    ]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("a readout quoted after a colon, and the MFA", () => {
  it("reads 'CCTV said in a readout: \"Xi stressed ...\"' as China's, and 'the Chinese MFA published' as its act", () => {
    const article = readCatalogArticle([
      'CCTV said in a readout: "Xi Jinping stressed that all parties should cease fire."',
      "The Russian MFA also published a concept of its own.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("a clause after an outlet's comma", () => {
  it("is no post in apposition: 'According to Bloomberg, the Chinese plan includes ..., as well as ...'", () => {
    const article = readCatalogArticle([
      "According to Bloomberg, the Chinese plan includes respect for sovereignty, as well as a proposal on nuclear safety.",
      "According to Jan Novak, a spokesman for the European Commission, the EU will act.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.claimants("China")).toEqual({ S1: "Bloomberg" });
    expect(article.stated("EU")).toEqual(["S2"]);
  });
});

describe("a vote told by a count, its voters named", () => {
  it("reads '32 abstained, including China' and 'were among the countries that abstained' as the act", () => {
    const article = readCatalogArticle([
      "141 members voted in favor, seven against, and 32 abstained, including China and India.",
      "Russia and Belarus were among the seven countries that voted against.",
      "The EU imposed sanctions on several countries, including China.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("who speaks in 'by saying', after 'claimed X', and through 'Xinhua News'", () => {
  it("gives 'by saying' to the clause's subject, never to a name just before 'by'", () => {
    const article = readCatalogArticle([
      "Orban justified his refusal of further talks with Ukraine by saying that Ukraine had not met three conditions.",
      "China responded by saying that the sanctions were illegal.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("reads '..., claimed ARD, the German news agency.' as ARD's, not the subject of a list before it", () => {
    const article = readCatalogArticle([
      "The meeting was held with representatives of Brazil, India, China and South Africa, claimed ARD, the German news agency.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads 'according to Xinhua News' as China's own agency", () => {
    const article = readCatalogArticle([
      'Xi said China\'s position was "consistent and clear," adding that it respects the UN Charter, according to Xinhua News.',
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.attributed("China")).toEqual([]);
  });
});

describe("a quotation going on from an outlet's account", () => {
  it("stays the outlet's account over the sentences it runs on", () => {
    const article = readCatalogArticle([
      "“China talking about Ukraine is not bad,” Zelenskyy said, according to the Associated Press.",
      "“But the question is what follows the words.",
      "The question is where the steps will lead.”",
      "Zelenskyy later said Ukraine would study the plan.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S4"]);
    expect(article.claimants("Ukraine")).toEqual({
      S1: "the Associated Press",
      S2: "the Associated Press",
      S3: "the Associated Press",
    });
  });
});

describe("shares of a bloc, kept leverage, withheld answers and bracketed outlets", () => {
  it("reads 'several EU foreign ministers said' as members speaking, not the EU", () => {
    const article = readCatalogArticle([
      "The remarks are unacceptable, several European Union foreign ministers said on Monday.",
      "EU foreign ministers agreed on Monday to extend sanctions.",
    ]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("reads 'maintains leverage' and 'has neither denied nor confirmed' as no statement", () => {
    const article = readCatalogArticle([
      "China maintains significant leverage over both North Korea and Russia.",
      "Moscow has neither denied nor directly confirmed the presence of the troops.",
      "China maintains that it is neutral.",
    ]);
    expect(article.stated("China")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads '..., the Wall Street Journal (WSJ) reported' and '..., analysts said on Friday' as others' accounts", () => {
    const article = readCatalogArticle([
      "The envoy Li Hui called for an immediate ceasefire, the Wall Street Journal (WSJ) reported.",
      "China called for talks, analysts said on Friday.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1", "S2"]);
  });
});

describe("agencies described, names before an owned post, documents' issuers, officials of both", () => {
  it("reads 'according to Russian media outlet TASS' as Russia's own agency", () => {
    const article = readCatalogArticle([
      "Russian Foreign Ministry spokesperson Maria Zakharova said the scheme is illegal, according to Russian media outlet TASS.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("learns 'Li Song, China's permanent representative to the IAEA,' and reads a later 'Li said' as China's", () => {
    const article = readCatalogArticle([
      "Li Song, China’s permanent representative to the IAEA, spoke at a special meeting.",
      "China opposes attacks on nuclear plants, Li said.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("reads 'a readout of the call issued by the Kremlin' as Russia's document", () => {
    const article = readCatalogArticle([
      "Putin agreed to a pause of strikes on energy sites, according to a readout of the call issued by the Kremlin on Tuesday.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual([]);
  });

  it("reads 'officials from both countries announced' as the two named before", () => {
    const article = readCatalogArticle([
      "Russia and Ukraine exchanged 25 prisoners each, officials from both countries announced on Wednesday.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});

describe("outlets of four words, and bare 'sources'", () => {
  it("reads '..., according to the South China Morning Post' and 'according to sources, Wang warned' as others' accounts", () => {
    const article = readCatalogArticle([
      "China has stated its position on the war, according to the South China Morning Post.",
      "Additionally, according to sources, Wang Yi warned the EU that Beijing is prepared to respond to sanctions.",
      "According to the Kremlin, Putin rejected the plan.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual(["S3"]);
  });
});

describe("a formal measure told as done, in anyone's words", () => {
  it("is its owner's act: 'Zakharova said the EU adopted another package of sanctions'", () => {
    const article = readCatalogArticle([
      "Zakharova said the EU adopted another package of sanctions.",
      "Peskov said Brussels has imposed a ban on the transit of Russian LNG.",
      "Kallas said the EU may adopt a new package.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3"]);
    expect(article.attributed("EU")).toEqual([]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
  });
});

describe("a verb after ', but' when the first verb was negated", () => {
  it("shares the opening clause's subject: 'Russia did not confirm the strike, but said it acted lawfully'", () => {
    const article = readCatalogArticle([
      "Russia did not confirm the strike, but said it acted lawfully.",
      "Xi will be the guest of honour among leaders, three of whom come from non-recognised or partially recognised states.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("addressees, guests, unnamed state media and relative asides", () => {
  it("reads 'Putin told Xi: \"...\"' as Putin's words, not Xi's", () => {
    const article = readCatalogArticle([
      'In the Kremlin, Putin told Xi: "Together with our Chinese friends, we stand on guard of historical truth."',
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads 'with Xi welcoming dozens of leaders' as a meeting, and 'welcomed leaders' commitment' as a position", () => {
    const article = readCatalogArticle([
      "The summit began in Tianjin, with Xi welcoming dozens of leaders, including Putin.",
      "Kallas welcomed leaders' commitment to Ukraine.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });

  it("reads 'State media reported that China has always been on the side of peace' as China's own media", () => {
    const article = readCatalogArticle([
      "State media reported that China has always been on the side of peace.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("never takes a place in 'Grossi, who is visiting Beijing, wrote' for the speaker", () => {
    const article = readCatalogArticle([
      '"Thank you for your support," Grossi, who is visiting Beijing, wrote on Twitter.',
    ]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("one unnamed official behind 'according to'", () => {
  it("is that official's account: 'According to an EU diplomat, the EU governments are expecting ...'", () => {
    const article = readCatalogArticle([
      "According to an EU diplomat, the EU governments are expecting to agree by Friday to freeze the assets.",
      "According to the Kremlin, Putin rejected the plan.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.attributed("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });
});

describe("a name before an actor's capitalised post", () => {
  it("learns 'Mao Lin, China's Foreign Ministry Spokesperson,' whatever the post's case", () => {
    const article = readCatalogArticle([
      "Mao Lin, China's Foreign Ministry Spokesperson, spoke on Monday.",
      "The sanctions are illegal, Mao Lin said.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});

describe("one side's statement in an article where the sides never met", () => {
  it("leaves what 'both nations' say as each one's own, not the issuer's account of the other", () => {
    const article = readCatalogArticle([
      "“All targets were hit,” the Russian Defence Ministry said in its official statement.",
      "However, Ukraine has repeatedly accused Russia of terrorism.",
      "Both nations continue to deny deliberately targeting civilians.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2", "S3"]);
    expect(article.stated("Russia")).toEqual(["S1", "S3"]);
  });
});

describe("'refuted' and a document only others speak in", () => {
  it("reads 'Beijing has refuted the allegation' as China's own denial", () => {
    const article = readCatalogArticle([
      "U.S. officials have accused China of helping Russia expand its military production.",
      "Beijing has refuted the allegation, saying it has not supplied weapons to either side.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("gives 'the statement said' after 'In the communiqué, NATO member states said' to no actor", () => {
    const article = readCatalogArticle([
      "Beijing denies supporting Russia’s war efforts.",
      "In the communiqué, NATO member states said China has become a war facilitator.",
      "“We call on the PRC to cease all support for Russia’s war effort,” the statement said.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });

  it("reads 'communiqué' with its accent wherever 'communique' is read", () => {
    const article = readCatalogArticle([
      "Beijing denies supporting Russia’s war efforts.",
      "The communiqué approved by the 32 NATO members calls China an enabler of the war.",
      "“We call on the PRC to cease all support for Russia’s war effort,” the document said.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });
});

describe("calls faced, calls made of someone, purpose and inference", () => {
  it("reads 'Putin still faced calls for an end to the war' and 'Beijing was called upon by the G7' as no statement of theirs", () => {
    const article = readCatalogArticle([
      "However, on Thursday, Putin still faced calls for an end to the war in Ukraine at the meeting.",
      "Beijing was also called upon by the G7 to use its influence to put pressure on Russia.",
      "Putin ignored calls for a ceasefire, saying Russia would fight on.",
    ]);
    expect(article.stated("Russia")).toEqual(["S3"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads a second infinitive of purpose as the writer's account of why, and a past verb after 'and' as said", () => {
    const article = readCatalogArticle([
      "Putin visited China this week to court support and emphasize personal ties between the two countries.",
      "Putin said he wanted to end the war and stressed that Russia was ready.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
  });

  it("reads what the writer infers with 'thereby testifying that' as no one's words", () => {
    const article = readCatalogArticle([
      "The diplomat answered neutrally, thereby testifying that the Chinese side does not see grounds for condemning Ukraine.",
    ]);
    expect(article.stated("China")).toEqual([]);
  });
});

describe("voices that are not the government", () => {
  it("reads 'some EU officials' as a share, not the bloc, and a state's company as no voice of the state", () => {
    const article = readCatalogArticle([
      "Some EU officials described the decision as a top priority.",
      "Russia's Gazprom said in a statement that it had stopped sending gas via Ukraine.",
      "Ukraine's Naftogaz said the transit had ended.",
      "EU officials said the plan was sound.",
    ]);
    expect(article.stated("EU")).toEqual(["S4"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("titles, expectations and sources past a clause", () => {
  it("learns no name for the EU from 'The European Union anticipates that President Erdogan ...'", () => {
    const article = readCatalogArticle([
      "The European Union anticipates that President Recep Tayyip Erdogan of Türkiye will align with EU policies.",
      "Erdogan stated that Ankara no longer harbours expectations from the European Union.",
    ]);
    expect(article.stated("EU")).toEqual([]);
  });

  it("reads 'EU expects Türkiye's Erdogan to uphold ...' as the EU's demand, and a bare expectation as the writer's", () => {
    const article = readCatalogArticle([
      "EU expects Türkiye's Erdogan to uphold isolation of Russia at BRICS summit",
      "China expects a binding peace agreement.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads the sentence before 'This was reported to the AFP news agency by a source ...' as the source's", () => {
    const article = readCatalogArticle([
      "Zelensky refused Guterres a visit to Ukraine because he took part in the BRICS summit in Russia.",
      "This was reported to the AFP news agency by a source in the Office of the President of Ukraine.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.attributed("Ukraine")).toEqual(["S1"]);
  });

  it("lets a closing 'according to' cover the clause after 'but', not another side's report before it", () => {
    const article = readCatalogArticle([
      "On Tuesday, Russian officials reported damage to buildings in Moscow, but a woman was killed in Kyiv, according to Ukrainian officials.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});

describe("a commissioner and a ministry in lower case", () => {
  it("learns 'Dan Jorgensen' from 'European Commissioner Dan Jorgensen' and no title as a name", () => {
    const article = readCatalogArticle([
      "European Commissioner Dan Jorgensen said the plan was sound.",
      "Jorgensen said the plan was bold.",
      "European Commission Vice President Frans Timmermans said peace needs a withdrawal.",
      "Timmermans added that the initiative was still unclear.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2", "S3", "S4"]);
  });

  it("gives 'a spokesman for the foreign ministry' to the actor whose foreign ministry spoke before", () => {
    const article = readCatalogArticle([
      "But China's foreign ministry hit back on Saturday evening, saying the G7's approach has no credibility.",
      '"The G7 insisted on manipulating China-related issues, smearing and attacking China," a spokesman for the foreign ministry said in a statement.',
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });
});

describe("'deplored' and a closing 'said Tuesday'", () => {
  it("reads 'the spokesman deplored ...' as the spokesman's side's stance", () => {
    const article = readCatalogArticle([
      "Chinese Foreign Ministry spokesman Guo Jiakun said the G7 should stop.",
      "In other comments, the spokesman deplored the remarks by von der Leyen.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
  });

  it("reads a day after 'said' as when, with the speaker and his post before it", () => {
    const article = readCatalogArticle([
      "“NATO should not go east,” Lin Jian, a spokesman for the Chinese Foreign Ministry, said Tuesday.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
  });
});

describe("'which' before the verb and a government's mind", () => {
  it("gives '..., which casts itself as neutral' to the actor named right before the comma", () => {
    const article = readCatalogArticle([
      "Zelenskyy appeared to be softening his tone towards China, which casts itself as neutral.",
      "Kyiv rejected the plan, which calls for a ceasefire.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });

  it("reads 'Xi's government sees Moscow as a partner' as the writer's reading, not China's statement", () => {
    const article = readCatalogArticle([
      "Xi’s government sees Moscow as a diplomatic partner in opposing U.S. domination of global affairs.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });
});

describe("pictures posted and a former official in apposition", () => {
  it("reads a photo or flags posted as saying nothing, and a post with words as speech", () => {
    const article = readCatalogArticle([
      "Lvova-Belova posted a photo from the Qatari Embassy in Moscow showing the children.",
      "Andriy Yermak, the head of the Ukrainian president’s office, posted Ukrainian and Saudi flags on Telegram.",
      "Zelensky posted a video saying Ukraine would fight on.",
      "Yermak posted a photo of the meeting, writing that peace was near.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.stated("Ukraine")).toEqual(["S3", "S4"]);
  });

  it("reads 'The Chinese diplomat, a former ambassador to Russia,' as no voice of China", () => {
    const article = readCatalogArticle([
      "The Chinese diplomat, a former ambassador to Russia, called for ending the war.",
      "The Chinese envoy, a veteran diplomat, called for talks.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
  });
});

describe("an outlet's finding and what a claim says", () => {
  it("reads 'The BBC understands that ... Moscow told Switzerland ...' as the outlet's account", () => {
    const article = readCatalogArticle([
      "The BBC understands that no formal invitation was sent to Russia because Moscow told Switzerland early on that it did not want to participate.",
      "Russia understands that talks are needed.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.claimants("Russia")).toEqual({ S1: "BBC" });
  });

  it("reads the clause after 'Kyiv's first confirmation that' and 'denied reports that' as no statement of its subject", () => {
    const article = readCatalogArticle([
      "Zelensky claimed on April 17 that China is supplying weapons, marking Kyiv's first confirmation that Beijing supports Russia's war effort by direct arms supplies.",
      "The Kremlin denied reports that Beijing agreed to a ceasefire plan.",
      "Beijing has rejected claims that it offered military assistance, even as Ukraine sanctioned some Chinese businesses.",
    ]);
    expect(article.stated("China")).toEqual(["S3"]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S3"]);
  });
});

describe("a headline about someone's statement, and 'This is how'", () => {
  it("credits no one with the text under 'X responds to Y's statement', and reads 'This is how X reacted' as X's", () => {
    const article = readCatalogArticle([
      "Chinese Foreign Ministry responds to Zelensky's statement that Beijing cannot be a security guarantor",
      "The Chinese Ministry of Foreign Affairs said that Beijing has always taken an objective stance.",
      "This is how Chinese Foreign Ministry spokeswoman Mao Ning reacted to President Volodymyr Zelenskyy's statement.",
      '"It is important to promote a political settlement," the spokeswoman said.',
      "Recently, Russian Foreign Minister Sergei Lavrov said that Russia agrees that guarantees should be provided by China.",
    ]);
    expect(article.stated("China")).toEqual(["S2", "S4"]);
    expect(article.stated("Russia")).toEqual(["S5"]);
  });
});

describe("an official kept anonymous", () => {
  it("reads 'An EU official briefed on the conversation told CNN' as a source, not the EU on record", () => {
    const article = readCatalogArticle([
      "An EU official briefed on the conversation told the US-based network that Wang's remarks were firm.",
      "A senior EU diplomat, who asked not to be named, said the bloc would answer the tariffs.",
      "EU spokesperson Anitta Hipper said the bloc would answer the tariffs.",
    ]);
    expect(article.stated("EU")).toEqual(["S3"]);
  });
});

describe("'according to a report by' a paper", () => {
  it("reads the sentence as the paper's account, and a report on the speaker's own state TV as his word", () => {
    const article = readCatalogArticle([
      "Wang Yi told Kallas this week that Beijing does not want to see Russia lose the war, according to a report by the South China Morning Post, citing several people familiar with the matter.",
      "Beijing hopes all parties will work with UN bodies, Geng Shuang said at the meeting, according to a report on Chinese state television.",
    ]);
    expect(article.stated("China")).toEqual(["S2"]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });
});

describe("a call made by someone, congratulations, a green light and sanctions 'of the EU'", () => {
  it("reads the sentence before 'This call to action was made on Wednesday by Peter Stano, ...' as his", () => {
    const article = readCatalogArticle([
      "All participating leaders are encouraged to urge Putin to end the war in Ukraine.",
      "This call to action was made on Wednesday, October 23, by Peter Stano, spokesperson for EU foreign affairs chief Josep Borrell.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });

  it("reads 'congratulated' and 'greenlit' as stance and act", () => {
    const article = readCatalogArticle([
      "Putin also congratulated the Chinese people on the 75th anniversary of the PRC.",
      "China and Russia greenlit the Power of Siberia 2 pipeline.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.stated("China")).toEqual(["S2"]);
  });

  it("reads 'sanctions of the EU' ending their phrase as the EU's act, not 'a package of EU sanctions'", () => {
    const article = readCatalogArticle([
      "New anti-Russian sanctions of the EU affected China’s Tianjin Xishanfusheng International Trading.",
      "China voices strong protest over 17th package of EU sanctions.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });
});

describe("'the country's' post", () => {
  it("is the actor the previous sentence opened with, and nobody's when no sentence came before", () => {
    const article = readCatalogArticle([
      "Ukraine intends to stop gas transit from Russia to Europe on January 1.",
      "On December 12, German Galushchenko, the country's energy minister, said Ukraine was preparing to stop gas transit.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
    expect(
      readCatalogArticle(["The country's foreign minister said Ukraine was ready to talk."]).stated(
        "Ukraine",
      ),
    ).toEqual([]);
  });
});

describe("'communiqué' with its accent, in every document pattern", () => {
  it("reads an ownerless closing communiqué, what a communiqué includes, and what it reads", () => {
    const article = readCatalogArticle([
      "Qin Gang said China will persist in promoting peace talks, a foreign ministry communiqué said.",
      "The EU communiqué also includes new listings of Chinese firms.",
      "The Chinese communiqué of the talks read: “Dialogue is the only way.”",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S3"]);
    expect(article.stated("EU")).toEqual(["S2"]);
  });
});
