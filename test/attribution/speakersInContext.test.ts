import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

const readOf = readCatalogArticle;

describe("'both sides' and 'the two sides'", () => {
  it("are the two who just spoke, not an actor the sentence names as its topic", () => {
    const article = readOf([
      "Xi Jinping and Vladimir Putin signed a joint statement on grain in Beijing.",
      "On the Ukraine question, both sides believe that talks must resume soon.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.stated("Ukraine")).toEqual([]);
  });

  it("are the two whose people were named just before, after one side spoke alone", () => {
    const article = readOf([
      "Xi Jinping met Vladimir Putin in Kazan on Monday.",
      "The Russian side praised the new rail link to Harbin.",
      "The two sides point out that trade in roubles keeps growing.",
    ]);
    expect(article.stated("China")).toEqual(["S3"]);
    expect(article.stated("Russia")).toEqual(["S2", "S3"]);
  });

  it("still point at the two actors named when no one spoke and no people were named", () => {
    const article = readOf([
      "Russia and Ukraine swapped 90 prisoners on Friday.",
      "Both sides said more exchanges would follow.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("Ukraine")).toEqual(["S2"]);
  });
});

describe("joint documents in a one-sided article", () => {
  it("keeps a joint statement of two governments both issuers' own, even when it is 'of' one of them first", () => {
    const article = readOf([
      "Xi and Putin signed the Joint Statement of the People's Republic of China and the Russian Federation on Arctic Shipping.",
      "China and Russia call for more icebreakers on the northern route.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S2"]);
    expect(article.attributed("Russia")).toEqual([]);
  });

  it("still reads a readout of one side as that side's account of the other", () => {
    const article = readOf([
      "Lavrov and Wang Yi praised the new ferry line to Vladivostok.",
      "This is stated in the message of the Russian Foreign Ministry after the talks.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });
});

describe("subjects past a dateline and appositives", () => {
  it("reads both leaders of 'X and his counterpart, Y,' after a wire dateline", () => {
    const article = readOf([
      "BEIJING, May 8 (Xinhua) -- Chinese President Xi Jinping and his Russian counterpart, Vladimir Putin, agreed on Thursday that grain trade should double.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
  });

  it("reads 'X, meanwhile, said it would' as X's, never as an inverted 'said it'", () => {
    const article = readOf([
      "Kyiv said it wanted a lower price cap.",
      "The Kremlin, meanwhile, said it would ignore any cap.",
    ]);
    expect(article.stated("Russia")).toEqual(["S2"]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });

  it("never reads a clause after the verb as an inverted speaker", () => {
    const article = readOf([
      "Mr Horvath, who has kept warm ties with Moscow, said the EU was wrong about the pipeline.",
      "The plan was discussed in Vienna, said Russia would lose its gas market.",
    ]);
    expect(article.stated("EU")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
    expect(
      readOf(["The corridor will stay open, said Russia's foreign ministry on Monday."]).stated("Russia"),
    ).toEqual(["S1"]);
  });

  it("gives a relative 'who said' to the actor right before its comma, an agent after 'by' included", () => {
    const article = readOf([
      "The move drew remarks by Russian army chief Oleg Volkov, who claimed the bridge had been retaken.",
      "The offer was criticised by Kallas, who said Russia would not keep its word.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.attributed("Russia")).toEqual(["S2"]);
  });

  it("gives a relative 'who said' to nobody when its noun phrase is not the actor's voice", () => {
    const article = readOf(["Critics of Beijing, who said the loans were a trap, marched in Rome."]);
    expect(article.stated("China")).toEqual([]);
  });

  it("gives a spokesman 'for the General Staff' to the actor that just spoke, and names him in a later 'he said'", () => {
    const article = readOf([
      "Ukraine on Monday rejected claims that the dam had been breached.",
      "Oleh Marchenko, spokesman for the General Staff, told a radio station that the front near the river was holding.",
      "He said fresh reserves had reached the area.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2", "S3"]);
    expect(article.attributed("Ukraine")).toEqual([]);
  });

  it("files nothing from such a spokesman who speaks about another actor, whose institution it may be", () => {
    const article = readOf([
      "Ukraine said drones had hit the port of Izmail overnight.",
      "Igor Petrov, spokesman for the Defence Ministry, said Russian forces had destroyed a Ukrainian depot.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual([]);
  });

  it("gives such a spokesman to nobody when no single actor spoke before", () => {
    const article = readOf([
      "Heavy rain flooded roads near Kharkiv, a Ukrainian city.",
      "Oleh Marchenko, spokesman for the General Staff, told a radio station that Ukraine's front was holding.",
    ]);
    expect(article.stated("Ukraine")).toEqual([]);
  });
});

describe("who speaks when the verb belongs to someone else", () => {
  it("gives 'the paper cited X as saying' to X, not to the paper", () => {
    const article = readOf([
      "The Guardian cited Ukrainian Foreign Minister Andrii Sybiha as saying that Russia had broken the truce.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
    expect(article.claimants("Russia")).toEqual({ S1: "Ukraine" });
  });

  it("gives 'cited a Chinese analyst as saying' to no actor", () => {
    const article = readOf(["The agency cited a Chinese analyst as saying that Russia would win."]);
    expect(article.stated("China")).toEqual([]);
  });

  it("reads a participle after an actor's statements as that actor's, not as the one who addressed them", () => {
    const article = readOf([
      "Peskov also addressed Ukraine's latest statements announcing a pause in the grain talks.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("gives a participle after a report with no owner to nobody", () => {
    const article = readOf(["Peskov discussed reports claiming that Ukraine had mined the port."]);
    expect(article.stated("Ukraine")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("reads 'which X appreciates' as X's stance on the whole clause, not a claim about the clause's subject", () => {
    const article = readOf([
      "The Russian side reaffirmed its offer of cheap gas to Europe, which China appreciates.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual([]);
  });
});

describe("the writer's reading of an aim", () => {
  it("files 'has sought to position itself as' as the actor's declared stance, as labellers read it", () => {
    const article = readOf([
      "China has sought to present itself as an honest broker between the two sides.",
      "Beijing has painted itself as a mediator.",
    ]);
    expect(article.stated("China")).toEqual(["S1", "S2"]);
    expect(article.attributed("China")).toEqual([]);
  });

  it("files the writer's 'which claims to be neutral' as a claim with no claimant, not a statement", () => {
    const article = readOf(["China, which claims to be neutral in the war, has sent no weapons to Kyiv."]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
    expect(article.claimants("China")).toEqual({ S1: undefined });
  });

  it("still reads the actor's own self-presentation and claims as stated, a bare aim as the writer's reading", () => {
    const article = readOf([
      "China has presented itself as an honest broker.",
      "Russia seeks to keep the Black Sea ports closed.",
      "The Kremlin claimed to have taken the town.",
      "Ukraine claims to be ready for talks.",
    ]);
    expect(article.stated("China")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual(["S3"]);
    expect(article.stated("Ukraine")).toEqual(["S4"]);
  });
});

describe("accounts that rest on others' reporting", () => {
  it("reads 'the paper reports that, at the dinner, X said' as the paper's claim about X", () => {
    const article = readOf([
      "The Financial Times reports that, at a private dinner in Rome, Wang Yi said the tariffs would be answered.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1"]);
  });

  it("keeps 'reports' a noun when no that-clause follows it", () => {
    const article = readOf([
      "President Zelensky said, citing intelligence reports, that Russia was moving troops north.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });

  it("turns a statement into a claim when the next sentence puts it down to unnamed sources", () => {
    const article = readOf([
      "Wang Yi told the envoys in Oslo that China would not join any sanctions.",
      "According to two sources familiar with the meeting, China also fears a wider war.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.attributed("China")).toEqual(["S1", "S2"]);
  });

  it("leaves the statement alone when the sources speak of someone else, or when it is a quotation", () => {
    const aboutAnother = readOf([
      "Wang Yi told reporters in Oslo that China would not join any sanctions.",
      "According to several sources, Russia plans a new offensive.",
    ]);
    expect(aboutAnother.stated("China")).toEqual(["S1"]);
    const quoted = readOf([
      "“We will not join any sanctions,” Wang Yi told reporters in Oslo.",
      "According to several sources, China also fears a wider war.",
    ]);
    expect(quoted.stated("China")).toEqual(["S1"]);
  });

  it("does not count analysts, or sources making a claim of their own, as the sources of the statement before", () => {
    for (const next of [
      "According to analysts, China fears a wider war.",
      "Foreign ministry sources said China fears a wider war.",
    ]) {
      const article = readOf([
        "Wang Yi told reporters in Oslo that China would not join any sanctions.",
        next,
      ]);
      expect(article.stated("China"), next).toEqual(["S1"]);
    }
  });
});

describe("claimant labels", () => {
  it("does not cut a claimant's name in two", () => {
    const article = readOf([
      "According to several sources cited by the South Korean Yonhap News Agency, Russia moved missiles east.",
    ]);
    expect(article.claimants("Russia")).toEqual({
      S1: "Several sources cited by the South Korean Yonhap News Agency",
    });
  });
});

describe("convictions", () => {
  it("reads 'is convinced that' as the subject's own stance, and an analyst's conviction as a claim", () => {
    const article = readOf([
      "Ukraine's foreign minister is convinced that only Kyiv can set the terms of a truce.",
      "Western analysts are convinced that Russia will run short of shells.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S2"]);
  });
});
