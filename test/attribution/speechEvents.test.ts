import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import type { SentenceMention, SpeechContext } from "../../src/attribution/sentenceAnalysis";
import { claimantOf, findSpeechEvents } from "../../src/attribution/speechEvents";
import { sentenceMentions } from "../support/sentenceMentions";

const catalog = loadActorCatalog(path.join(import.meta.dirname, "../../data/actors.json"));
const actors = resolveActors(catalog, ["China", "Russia", "Ukraine", "EU", "US"]);

const mentionsIn = (text: string): SentenceMention[] => sentenceMentions(text, actors);

const noContext: SpeechContext = { recentMentions: [], previousSpeakers: [] };

/** Who speaks, about whom, and the quoted stretch, per event. */
function read(text: string, context: SpeechContext = noContext) {
  return findSpeechEvents(text, mentionsIn(text), context).map((event) => ({
    kind: event.kind,
    speakers: event.speakers,
    targets: event.targets,
    text: text.slice(event.text.start, event.text.end),
  }));
}

describe("speaker and stance detection", () => {
  it("finds the subject of a reporting verb, through titles and possessives", () => {
    expect(read("China's foreign ministry said the talks were constructive.")).toEqual([
      expect.objectContaining({ kind: "statement", speakers: ["China"], targets: [] }),
    ]);
    expect(
      read("Kremlin spokesman Dmitry Peskov told reporters the sanctions were illegal.")[0]?.speakers,
    ).toEqual(["Russia"]);
    expect(read("On Monday, the Russian military denies the breach.")[0]).toMatchObject({
      speakers: ["Russia"],
      text: "the Russian military denies the breach.",
    });
  });

  it("tells whom a role serves: 'officials in Kyiv' speak for Ukraine, an 'ambassador to the EU' does not", () => {
    expect(read("Officials in Kyiv said the talks failed.")[0]?.speakers).toEqual(["Ukraine"]);
    expect(
      read("Moscow's ambassador to the EU, Kirill Logvinov, accused Brussels of prolonging the war.")[0],
    ).toMatchObject({
      speakers: ["Russia"],
      targets: ["EU"],
    });
    expect(read("Critics of Beijing say the plan favours Russia.")[0]?.speakers).toEqual([]);
  });

  it("keeps joined subjects together but splits joined clauses", () => {
    expect(read("Ukrainian and European officials say a force could deploy.")[0]?.speakers).toEqual([
      "Ukraine",
    ]);
    expect(read("Xi Jinping and Vladimir Putin said their ties were strong.")[0]?.speakers.sort()).toEqual([
      "China",
      "Russia",
    ]);
    expect(
      read("Moscow has shown little interest in a truce and the Ukrainian military said it was holding.")[0]
        ?.speakers,
    ).toEqual(["Ukraine"]);
  });

  it("reads inverted and trailing attributions", () => {
    const inverted = read('"The accord is the main stabilizing force," declares Putin.');
    expect(inverted).toEqual([
      expect.objectContaining({
        speakers: ["Russia"],
        text: '"The accord is the main stabilizing force," declares Putin.',
      }),
    ]);
    const trailing = read("The bond rests on equality, Putin underlines.");
    expect(trailing[0]).toMatchObject({
      speakers: ["Russia"],
      text: "The bond rests on equality, Putin underlines.",
    });
    const withSpokeswoman = read(
      "China is ready to host talks, Chinese foreign ministry spokeswoman Mao Ning said on Monday.",
    );
    expect(withSpokeswoman.map((event) => event.speakers)).toEqual([["China"]]);
  });

  it("keeps an accusation by others apart from the accused actor's own position", () => {
    const events = read(
      "Though China maintains a stance of neutrality, Western nations have repeatedly accused China of bolstering Russia's economy.",
    );
    expect(events).toEqual([
      expect.objectContaining({
        speakers: ["China"],
        targets: [],
        text: "China maintains a stance of neutrality",
      }),
      expect.objectContaining({
        speakers: [],
        targets: ["China"],
        text: "Western nations have repeatedly accused China of bolstering Russia's economy.",
      }),
    ]);
  });

  it("makes the subject of alleged or reported acts the target of others' claims", () => {
    expect(read("However, Ukraine contests this truce, alleging Russia had breached it.")).toEqual([
      expect.objectContaining({ speakers: ["Ukraine"], targets: ["Russia"] }),
    ]);
    expect(read("During the night, Russian forces reportedly attacked Sumy.")).toEqual([
      expect.objectContaining({ kind: "hearsay", speakers: [], targets: ["Russia"] }),
    ]);
    expect(read("Western officials have accused Chinese firms of shipping engines.")[0]?.targets).toEqual([
      "China",
    ]);
    expect(read("Analysts say Russia has adapted to the sanctions.")[0]).toMatchObject({
      speakers: [],
      targets: ["Russia"],
    });
  });

  it("credits 'according to' sources and treats anonymous ones as hearsay", () => {
    expect(read("According to Ukraine's intelligence service, Russia earned $10 billion.")[0]).toMatchObject({
      kind: "statement",
      speakers: ["Ukraine"],
      targets: ["Russia"],
    });
    expect(read("Russia earned $10 billion, according to reports.")[0]).toMatchObject({
      kind: "hearsay",
      targets: ["Russia"],
    });
  });

  it("resolves 'both leaders', 'he' and 'it' to the actors named just before", () => {
    const putinThenXi = mentionsIn("Putin met Xi in Moscow.");
    expect(
      read("Both leaders have spoken highly of their talks.", {
        recentMentions: putinThenXi,
        previousSpeakers: [],
      })[0]?.speakers.sort(),
    ).toEqual(["China", "Russia"]);
    // Cities are not leaders.
    const cities = mentionsIn("Beijing and Moscow signed a deal.");
    expect(
      read("Both leaders praised it.", { recentMentions: cities, previousSpeakers: [] })[0]?.speakers,
    ).toEqual([]);
    expect(
      read("He denied it.", { recentMentions: mentionsIn("Peskov spoke."), previousSpeakers: ["Russia"] })[0]
        ?.speakers,
    ).toEqual(["Russia"]);
    expect(
      read("It denied targeting homes.", { recentMentions: [], previousSpeakers: ["Russia"] })[0]?.speakers,
    ).toEqual(["Russia"]);
  });

  it("ignores conditions, passives, negations and verbs inside quotations", () => {
    expect(read("Talks can start if both sides agree.")).toEqual([]);
    expect(read("Pressure stays until Russia agreed to a ceasefire.")).toEqual([]);
    expect(read("Xi was welcomed in Moscow.")).toEqual([]);
    expect(read("The Kremlin did not comment.")).toEqual([]);
    expect(read('"We said no," the crowd chanted.')).toEqual([]);
  });

  it("treats a verb inside what someone reports as that report's content", () => {
    expect(read("Kallas said Russia denied the charge.")).toEqual([
      expect.objectContaining({ speakers: ["EU"], targets: ["Russia"] }),
    ]);
    expect(read("Russia agreed to a pause, Zelensky said.")).toEqual([
      expect.objectContaining({ speakers: ["Ukraine"], targets: ["Russia"] }),
    ]);
    expect(read("Lavrov said talks were possible but insisted on guarantees.")).toHaveLength(1);
  });

  it("gives 'he' to nobody when someone outside the actors spoke just before", () => {
    const context = {
      recentMentions: mentionsIn("Zakharova spoke."),
      previousSpeakers: [],
      previousHadOtherSpeaker: true,
    };
    expect(read('"Every week counts," he said.', context)[0]?.speakers).toEqual([]);
    const afterPutin = {
      recentMentions: [],
      previousSpeakers: [],
      previousMentions: mentionsIn("Putin arrived."),
    };
    expect(read("He said the talks went well.", afterPutin)[0]?.speakers).toEqual(["Russia"]);
  });

  it("lets a news agency's 'reported' source a statement without turning it into hearsay", () => {
    expect(read("Xi told Putin that China would stay neutral, state news agency Xinhua reported.")).toEqual([
      expect.objectContaining({ speakers: ["China"], targets: [] }),
      expect.objectContaining({ speakers: [], targets: [] }),
    ]);
    expect(read("Rutte said last week that China was the decisive enabler.")[0]?.targets).toEqual(["China"]);
    expect(read("Beijing has protested the listings and said it would respond.")[0]?.speakers).toEqual([
      "China",
    ]);
    expect(read("Russian forces are also reported to have advanced.")).toEqual([
      expect.objectContaining({ kind: "hearsay", targets: ["Russia"] }),
    ]);
  });

  it("reads 'called the plan ...' as a statement", () => {
    expect(
      read('Russian spokeswoman Maria Zakharova called the plan "an act of robbery".')[0]?.speakers,
    ).toEqual(["Russia"]);
  });

  it("keeps others' accusation next to the accused actor's trailing denial", () => {
    expect(
      read("Western governments have accused Beijing of supplying parts, a charge China denies."),
    ).toEqual([
      expect.objectContaining({ speakers: [], targets: ["China"] }),
      expect.objectContaining({ speakers: ["China"], targets: [] }),
    ]);
  });

  it("does not take advice to an actor for a claim about it", () => {
    expect(read("Orban said the EU should open its own channel to Moscow.")[0]?.targets).toEqual([]);
  });

  it("reads possessive self-attribution as the actor's own claim", () => {
    expect(
      read("Amid Ukraine's self-professed ceasefire violation by Russia, Putin had ordered a truce."),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "self_attribution", speakers: ["Ukraine"], targets: ["Russia"] }),
        expect.objectContaining({
          kind: "statement",
          speakers: ["Russia"],
          text: "Putin had ordered a truce.",
        }),
      ]),
    );
  });

  it("reads a parenthetical attribution as the aside's claim about the clause around it", () => {
    expect(read("China's leaders, analysts note, are wary of a Russian defeat in Moscow.")).toEqual([
      expect.objectContaining({ kind: "statement", speakers: [], targets: ["China"] }),
    ]);
    expect(
      read("If the war drags on, some experts warn, Beijing could be tied to a weak partner.")[0],
    ).toMatchObject({ speakers: [], targets: ["China"] });
  });

  it("reads 'claim' and 'note' as reporting verbs, but not as nouns after a possessive", () => {
    expect(read("Western intelligence assessments claim Russia has rebuilt its stockpile.")[0]).toMatchObject(
      {
        speakers: [],
        targets: ["Russia"],
      },
    );
    expect(read("Analysts note that China has bought more Russian oil.")[0]?.targets).toEqual(["China"]);
    expect(read("Kyiv dismissed Russia's claims as propaganda.")).toEqual([
      expect.objectContaining({ speakers: ["Ukraine"] }),
    ]);
  });

  it("takes no statement from a question the writer asks", () => {
    expect(read("Will Russia agree to a truce before winter?")).toEqual([]);
    expect(read('"Why should we trust Moscow?" Zelenskiy said.')[0]?.speakers).toEqual(["Ukraine"]);
  });

  it("takes no claim about an actor from a condition or a question it is asked", () => {
    const afterZelenskiy = { recentMentions: [], previousSpeakers: ["Ukraine"] };
    expect(
      read("If Russia agrees to a full ceasefire, Kyiv would be ready to talk, he said.", afterZelenskiy),
    ).toEqual([expect.objectContaining({ speakers: ["Ukraine"], targets: [] })]);
    expect(
      read("Asked whether Russia could be trusted, Zelenskiy said any truce would need monitors."),
    ).toEqual([expect.objectContaining({ speakers: ["Ukraine"], targets: [] })]);
  });

  it("does not take an actor named in a relative aside for the speaker", () => {
    expect(
      read(
        "Hungarian Prime Minister Viktor Orbán, who has kept closer ties with Moscow than any other EU leader, said his government would not support sanctions.",
      ),
    ).toEqual([expect.objectContaining({ speakers: [] })]);
  });

  it("reads 'was quoted as saying' with its subject as the speaker", () => {
    expect(
      read(
        "Kremlin spokesman Dmitry Peskov was quoted as saying by RIA Novosti that Russia would continue.",
      )[0]?.speakers,
    ).toEqual(["Russia"]);
  });

  it("reads a headline's colon attribution, but not a label before a colon", () => {
    expect(read("Zelenskiy: 'We will not cede land'")).toEqual([
      expect.objectContaining({ kind: "statement", speakers: ["Ukraine"] }),
    ]);
    expect(read("Russia: the key facts about the war")).toEqual([]);
  });

  it("gives 'the ministry said' to the previous sentence's single speaker, and to nobody when unclear", () => {
    const text = "Nothing about Ukraine without Ukraine, the ministry said.";
    expect(read(text, { recentMentions: [], previousSpeakers: ["Ukraine"] })[0]?.speakers).toEqual([
      "Ukraine",
    ]);
    expect(read(text, { recentMentions: [], previousSpeakers: ["Ukraine", "Russia"] })[0]?.speakers).toEqual(
      [],
    );
    const afterPeskov = { recentMentions: [], previousSpeakers: ["Russia"] };
    expect(read("The French president said talks were possible.", afterPeskov)[0]?.speakers).toEqual([]);
  });

  it("reads an actor's readout of another's words as the readout's issuer telling them, and lets media relay", () => {
    expect(
      read('According to a Kremlin readout, Xi said China supported "all efforts conducive to peace".'),
    ).toEqual([
      expect.objectContaining({ kind: "hearsay", speakers: [], targets: ["China"] }),
      expect.objectContaining({ kind: "statement", speakers: ["Russia"], targets: ["China"] }),
    ]);
    expect(read("According to Xinhua, Xi said China supported all efforts for peace.")).toEqual([
      expect.objectContaining({ kind: "statement", speakers: ["China"], targets: [] }),
    ]);
  });

  it("does not let an actor word that only modifies someone else speak for the actor", () => {
    const speakersOf = (text: string) => read(text).flatMap((event) => event.speakers);
    for (const text of [
      "A Kremlin-linked oligarch said the sanctions would fail.",
      "Russia-backed separatists said they had captured the village.",
      "Pro-Russian separatists said they had captured the village.",
      "An ex-Kremlin adviser said the talks failed.",
      "EU-based diplomats said the talks failed.",
      "A former Chinese diplomat said the talks would fail.",
      "A retired Russian general said the war would last years.",
      "Russian opposition leader Alexei Navalny said the talks failed.",
      "A Russian analyst said the war would last years.",
      "Ukrainian refugees said they wanted to go home.",
      "Ukraine's partners said the talks failed.",
      "Russia's critics said the talks failed.",
    ]) {
      expect(speakersOf(text), text).toEqual([]);
    }
    expect(speakersOf("Ukraine's air force said 250 drones were shot down.")).toEqual(["Ukraine"]);
    expect(speakersOf("Russia's Foreign Ministry said the talks failed.")).toEqual(["Russia"]);
    expect(speakersOf("The EU's foreign policy chief said the talks were useful.")).toEqual(["EU"]);
    expect(speakersOf("The Chinese embassy in Kyiv said it was monitoring the situation.")).toEqual([
      "China",
    ]);
    expect(speakersOf("Sino-Russian officials said the talks went well.")).toEqual(["China", "Russia"]);
  });

  it("still reads a possessive in what is reported as a claim about the actor", () => {
    expect(
      read("Analysts say Moscow's dependence on Chinese markets gives Beijing leverage.")[0],
    ).toMatchObject({ speakers: [], targets: ["Russia"] });
  });

  it("reads forecasts, modals and negations as no statement", () => {
    for (const text of [
      "China has not said whether it will attend.",
      "Russia could announce new measures.",
      "Kyiv is expected to propose a ceasefire.",
      "Russia is unlikely to announce new measures.",
      "China would likely reject the plan.",
      "Ukraine might soon propose a truce.",
      "Beijing is poised to announce new tariffs.",
      "Russia will probably announce new measures.",
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });

  it("does not make an actor who receives an act its speaker or the subject of a claim", () => {
    expect(read("The EU was criticised by Moscow.")).toEqual([]);
    expect(read("Moscow, denounced by EU leaders, stayed silent.")).toEqual([]);
    expect(read("Hungary vetoed the EU's sanctions package.")).toEqual([
      expect.objectContaining({ speakers: [], targets: [] }),
    ]);
    expect(read("Russia rejected Ukraine's proposal.")[0]).toMatchObject({
      speakers: ["Russia"],
      targets: [],
    });
    expect(read("Poland said that Russia had broken the deal.")[0]).toMatchObject({ targets: ["Russia"] });
  });

  describe("phrasings met in real articles", () => {
    const speakersOf = (text: string) => read(text).flatMap((event) => event.speakers);
    const targetsOf = (text: string) => read(text).flatMap((event) => event.targets);

    it("reads rebukes, self-presentation and signals as the actor's own", () => {
      expect(speakersOf("The Kremlin hit out at the European Union over the new listings.")).toEqual([
        "Russia",
      ]);
      expect(targetsOf("The Kremlin hit out at the European Union over the new listings.")).toEqual([]);
      expect(speakersOf("China has portrayed itself as a neutral party in the war.")).toEqual(["China"]);
      expect(speakersOf("Kyiv indicated that it was open to a ceasefire.")).toEqual(["Ukraine"]);
      expect(speakersOf("Brussels is calling it a turning point.")).toEqual(["EU"]);
    });

    it("takes no statement from what is asked of an actor, a condition, or saying nothing", () => {
      expect(speakersOf("Brussels wants Beijing to condemn the invasion.")).not.toContain("China");
      expect(speakersOf("Aid will keep flowing as long as Kyiv agrees to the reforms.")).toEqual([]);
      expect(speakersOf("Putin said nothing about the ceasefire.")).toEqual([]);
    });

    it("does not read the one warned as the subject of a claim, unless a that-clause says so", () => {
      const warned = read("The EU's top diplomat warned China against supplying weapons to Russia.");
      expect(warned).toEqual([expect.objectContaining({ speakers: ["EU"], targets: [] })]);
      expect(targetsOf("The EU's top diplomat warned that China was supplying drones to Russia.")).toEqual([
        "China",
      ]);
    });

    it("reads a quotation closed inside its comma as what the speaker after it reports", () => {
      expect(read('"China is arming Russia," a NATO official said.')).toEqual([
        expect.objectContaining({ speakers: [], targets: ["China"] }),
      ]);
      const spokesman = read(
        '"It is not China that ships weapons," China\'s foreign ministry spokesman Wang Wenbin said when asked.',
      );
      expect(spokesman).toEqual([expect.objectContaining({ speakers: ["China"], targets: [] })]);
      const continued = read('"We will not give up," he said.', {
        recentMentions: [],
        previousSpeakers: ["Ukraine"],
      });
      expect(continued[0]?.speakers).toEqual(["Ukraine"]);
    });

    it("keeps what an 'according to' source reports about an actor's acts a claim, but relays speech", () => {
      // The source, an actor here, states it: a claim about China, never China's own act.
      expect(read("According to US officials, Beijing has agreed to supply Russia with drones.")).toEqual([
        expect.objectContaining({ kind: "hearsay", speakers: [], targets: ["China"] }),
        expect.objectContaining({ kind: "statement", speakers: ["US"], targets: ["China"] }),
      ]);
      expect(speakersOf("According to a Kremlin readout, Putin said ties would deepen.")).toEqual(["Russia"]);
      expect(read('Since then, "Beijing has held back arms sales," according to a US source.')).toEqual([
        expect.objectContaining({ kind: "hearsay", targets: ["China"] }),
      ]);
    });

    it("reads a clause after a warning's name as a claim: 'warned China is willing to ...'", () => {
      expect(targetsOf("American officials have warned China is willing to send Moscow aid.")).toEqual([
        "China",
      ]);
    });

    it("keeps an accusation about its object: labels, bare participles, and 'allegedly' inside another's act", () => {
      expect(read("NATO allies called China a decisive enabler of the war and voiced concern.")).toEqual([
        expect.objectContaining({ speakers: [], targets: ["China"] }),
      ]);
      expect(read("Russia accused of war crimes in Bucha")).toEqual([
        expect.objectContaining({ kind: "hearsay", speakers: [], targets: ["Russia"] }),
      ]);
      expect(
        targetsOf("Brussels plans measures against three Chinese firms suspected of helping Moscow."),
      ).toEqual(["China"]);
      const blacklisted = read("The EU sanctioned two Chinese companies for allegedly shipping drone parts.");
      expect(blacklisted.flatMap((event) => event.speakers)).toEqual(["EU"]);
      expect(blacklisted.flatMap((event) => event.targets)).toEqual(["China"]);
      // An act that is no speech verb: the reason given still accuses the ones acted on, not the actor.
      for (const sentence of [
        "Brussels has targeted two Chinese banks and several companies for allegedly enabling sanctions evasion.",
        "The EU listed Chinese firms for allegedly supplying drones.",
      ]) {
        expect(targetsOf(sentence), sentence).toEqual(["China"]);
      }
      expect(targetsOf("Russia was criticised for allegedly shelling the plant.")).toEqual(["Russia"]);
    });

    it("reads a claim named by a noun and a that-clause as others' claim about its subject", () => {
      expect(read("Peskov declined to comment on a media report that China was sending drones.")).toEqual([
        expect.objectContaining({ kind: "hearsay", targets: ["China"] }),
      ]);
      expect(targetsOf("Kyiv dismissed Russian claims that Ukrainian troops had shelled the plant.")).toEqual(
        ["Ukraine"],
      );
      // A verb, not a noun: Russia's own statement.
      expect(read("Russia claims that Ukraine shelled the plant.")).toEqual([
        expect.objectContaining({ kind: "statement", speakers: ["Russia"], targets: ["Ukraine"] }),
      ]);
    });

    it("takes both actors of a coordinated subject as what is claimed about", () => {
      expect(read("Putin said Russia and China have always supported each other.")).toEqual([
        expect.objectContaining({ speakers: ["Russia"], targets: ["China"] }),
      ]);
    });

    it("knows the verbs of a spokeswoman's statement: pointed out, highlighted, concluded", () => {
      expect(speakersOf("Zakharova pointed out that the freeze was illegal.")).toEqual(["Russia"]);
      expect(speakersOf("The Kremlin highlighted the lack of unity in Brussels.")).toEqual(["Russia"]);
      expect(targetsOf("Beijing slammed Brussels for its sanctions.")).toEqual(["EU"]);
    });

    it("reads the agent of a passive inside another's statement as that speaker's account of it", () => {
      expect(read("Peskov said that the ceasefire proposed by Kyiv was a trick.")).toEqual([
        expect.objectContaining({ speakers: ["Russia"], targets: ["Ukraine"] }),
      ]);
      // A plan named with who put it out is that actor's act, taken as given.
      expect(speakersOf("Kuleba noted that Kyiv is studying the plan proposed by China and Brazil.")).toEqual(
        ["Ukraine", "China"],
      );
      // Alone, the agent of an announcement still speaks.
      expect(speakersOf("The plan proposed by China calls for a ceasefire.")).toEqual(["China"]);
    });

    it("reads 'revealed' and 'disclosed' as speech, and what they tell of another actor as a claim about it", () => {
      expect(read("The Chinese Foreign Ministry revealed that Ukraine is ready for talks.")).toEqual([
        expect.objectContaining({ speakers: ["China"], targets: ["Ukraine"] }),
      ]);
      expect(speakersOf("The Kremlin disclosed that the call had lasted an hour.")).toEqual(["Russia"]);
    });

    it("reads 'charges' and 'goes on' as speech only closing an attribution", () => {
      expect(speakersOf("China ships drone parts to Moscow, Kallas' spokesman further charges.")).toEqual([
        "EU",
      ]);
      expect(speakersOf("Ukraine faces charges of stalling the talks.")).toEqual([]);
      expect(speakersOf("We remain concerned, Zakharova went on.")).toEqual(["Russia"]);
      expect(speakersOf("Russia went on the offensive near Kharkiv.")).toEqual([]);
    });

    it("knows the catalog's other spellings and the EU's diplomatic service", () => {
      expect(speakersOf("Sibiga emphasized that the offer was serious.")).toEqual(["Ukraine"]);
      expect(speakersOf("An EEAS spokesperson said the sanctions would stay.")).toEqual(["EU"]);
    });

    it("reads 'maintained' as speech unless what follows is a thing kept", () => {
      expect(speakersOf("China and Ukraine have maintained diplomatic relations since 1992.")).toEqual([]);
      expect(speakersOf("Russia maintains troops near the border.")).toEqual([]);
      expect(speakersOf("The Kremlin maintained that the strike hit only military targets.")).toEqual([
        "Russia",
      ]);
      expect(speakersOf("Beijing maintains its position on the war.")).toEqual(["China"]);
    });

    it("reads 'concluded' as speech only when it opens or closes what was said", () => {
      expect(speakersOf("The Kremlin concluded that the sanctions had failed.")).toEqual(["Russia"]);
      expect(speakersOf('"Nothing has changed," Peskov concluded.')).toEqual(["Russia"]);
      expect(
        speakersOf("The talks between Russia and Ukraine, which concluded in Geneva on Friday, were short."),
      ).toEqual([]);
      expect(speakersOf("Ukraine concluded its exercises near the border.")).toEqual([]);
    });

    it("never takes a clause before the speaker, or a person quoted, for the speaker", () => {
      const told = read("The new EU tariffs are meant to level the field, a German minister told reporters.");
      expect(told.flatMap((event) => event.speakers)).toEqual([]);
      const quotedPerson = read('"Ursula von der Leyen is undermining peace," she said.', {
        recentMentions: [],
        previousSpeakers: ["Russia"],
      });
      expect(quotedPerson[0]).toMatchObject({ speakers: ["Russia"], targets: ["EU"] });
    });

    it("reads one half of a compound ('the Russia–China partnership') as no actor of its own", () => {
      expect(read("Wang Yi affirmed that the Russia–China partnership will endure.")).toEqual([
        expect.objectContaining({ speakers: ["China"], targets: [] }),
      ]);
    });
  });

  it("names who makes a claim about others: the actor, the article's words for someone else, or nobody", () => {
    const claimants = (text: string) =>
      findSpeechEvents(text, mentionsIn(text), noContext)
        .filter((event) => event.targets.length > 0)
        .map((event) => claimantOf(text, event));
    expect(
      claimants("Western nations have repeatedly accused China of bolstering Russia's economy."),
    ).toEqual(["Western nations"]);
    expect(
      claimants("The Russian military denies the breach, stating Ukrainian forces continue to attack."),
    ).toEqual(["Russia"]);
    expect(claimants("China's leaders, analysts note, are wary of a Russian defeat.")).toEqual(["Analysts"]);
    expect(claimants("Russian forces reportedly attacked the region of Sumy.")).toEqual([undefined]);
    expect(claimants("According to US officials, Beijing has agreed to supply parts.")).toContain(
      "US officials",
    );
  });
});
