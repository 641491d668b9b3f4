import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

const readOf = readCatalogArticle;

describe("a share of an actor's role holders", () => {
  it("speaks for the actor: 'the leaders of 25 of the EU's 27 member states'", () => {
    const article = readOf([
      "The leaders of 25 of the EU's 27 member states backed a new loan for Kyiv's grid.",
      "They welcomed the repairs already made.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S2"]);
    expect(article.attributed("EU")).toEqual([]);
  });

  it("does not make 'the leaders of' a back-reference to whoever was named before", () => {
    const article = readOf([
      "Xi Jinping met Vladimir Putin in Kazan.",
      "The leaders of two Central Asian states said they would join the rail project.",
    ]);
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("stays no voice of the actor when the role holders are not its officials", () => {
    const article = readOf(["Critics of 12 of the EU's programmes said the money was wasted."]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("a statement named as the vehicle of what was said", () => {
  it("makes a later 'the statement said' its speakers'", () => {
    const article = readOf([
      "EU leaders reaffirmed their support for Kyiv in a statement on Friday.",
      "The war damages the whole continent.",
      "Frozen Russian assets must stay blocked until Moscow pays for the damage, the statement said.",
    ]);
    expect(article.stated("EU")).toEqual(["S1", "S3"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("leaves 'the statement said' nobody's when no statement of an actor was named", () => {
    const article = readOf([
      "EU leaders met in Brussels on Friday.",
      "Frozen Russian assets must stay blocked until Moscow pays for the damage, the statement said.",
    ]);
    expect(article.stated("EU")).toEqual([]);
  });
});

describe("readiness shown", () => {
  it("is the subject's stance: 'showed their readiness to impose sanctions'", () => {
    const article = readOf(["EU leaders also showed their readiness to impose more sanctions on Russia."]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("is no stance when negated or asked of the actor", () => {
    const article = readOf([
      "Russia did not show any readiness to end the war, Kallas said.",
      "Kyiv wants Moscow to show willingness to talk.",
    ]);
    expect(article.stated("Russia")).toEqual([]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S1"]);
  });
});

describe("a quotation right after an actor's indirect statement", () => {
  it("goes on from that one speaker when no sentence attributes it", () => {
    const article = readOf([
      "Zelenskyy pointed out that the strikes on the grid had not stopped.",
      "“We need air defence now, not next winter.”",
      "EU leaders agreed to send more.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
    expect(article.stated("EU")).toEqual(["S3"]);
  });

  it("is the one's the next sentence names, and nobody's after the writer's narration or an outside speaker", () => {
    expect(
      readOf([
        "Zelenskyy pointed out that the strikes had not stopped.",
        "“We need air defence now.”",
        "Kallas notes.",
      ]).stated("Ukraine"),
    ).toEqual(["S1"]);
    expect(
      readOf(["Power cuts hit Kharkiv overnight.", "“We need air defence now.”"]).stated("Ukraine"),
    ).toEqual([]);
    expect(
      readOf([
        "A NATO official said Zelenskyy had asked for more systems.",
        "“We need air defence now.”",
      ]).stated("Ukraine"),
    ).toEqual([]);
  });
});

describe("'according to' a role named by 'the' alone", () => {
  it("points back to the one actor that spoke just before, as 'the president said' would", () => {
    const article = readOf([
      "Zelenskyy said the grid had held through the night.",
      "According to the president, repairs in Kharkiv will take a week.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1", "S2"]);
  });

  it("is nobody's when no single actor spoke before, or when the role is not an official's", () => {
    expect(
      readOf([
        "Power cuts hit Kharkiv overnight.",
        "According to the president, repairs in Kharkiv will take a week.",
      ]).stated("Ukraine"),
    ).toEqual([]);
    expect(
      readOf([
        "Zelenskyy said the grid had held through the night.",
        "According to the analysts, repairs in Kharkiv will take a week.",
      ]).stated("Ukraine"),
    ).toEqual(["S1"]);
  });
});

describe("an aside opened by 'as'", () => {
  it("gives the clause after it to the aside's speaker, in the middle of a sentence too", () => {
    const article = readOf([
      "At first, Moscow held back, but now, as Kallas notes, Russia is sending more drones to the front.",
    ]);
    expect(article.stated("EU")).toEqual(["S1"]);
    expect(article.attributed("Russia")).toEqual(["S1"]);
    expect(article.stated("Russia")).toEqual([]);
  });

  it("is no aside when 'as' opens a time or a condition", () => {
    const article = readOf(["As soon as Kallas spoke, Russia launched a new wave of drones."]);
    expect(article.attributed("Russia")).toEqual([]);
  });
});

describe("a quotation opened after its attribution", () => {
  it("runs on in the speaker's name until it closes", () => {
    const article = readOf([
      "He was asked about NATO.",
      "Zelenskyy said, “It is hard to talk about NATO now.",
      "We are not a weak state.",
      "We make the alliance stronger.”",
      "The talks in Geneva went on without him.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S2", "S3", "S4"]);
  });

  it("passes to no one when its opener's sentence has no single actor speaking", () => {
    const article = readOf([
      "Zelenskyy said the talks must go on.",
      "An analyst said, “Ukraine is not a weak state.",
      "Its army will hold the line.",
      "Its allies will stay.”",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
  });
});

describe("mockery", () => {
  it("is the mocker's stance, with what is mocked its object, not a claim", () => {
    const article = readOf(["Ms Zakharova mocked the EU's reparations loan."]);
    expect(article.stated("Russia")).toEqual(["S1"]);
    expect(article.attributed("EU")).toEqual([]);
  });

  it("is no stance of the one mocked", () => {
    const article = readOf(["Russia's plan was mocked by several analysts."]);
    expect(article.stated("Russia")).toEqual([]);
  });
});
