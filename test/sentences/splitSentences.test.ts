import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/sentences/splitSentences";

const textsOf = (paragraph: string) =>
  splitSentences([{ text: paragraph, bullet: false }]).map((s) => s.text);

describe("splitSentences", () => {
  it("numbers sentences S1..Sn in reading order across paragraphs", () => {
    const sentences = splitSentences([
      { text: "First one. Second one.", bullet: false },
      { text: "Third in a bullet.", bullet: true },
    ]);
    expect(sentences.map((s) => [s.id, s.paragraph, s.text])).toEqual([
      ["S1", 0, "First one."],
      ["S2", 0, "Second one."],
      ["S3", 1, "Third in a bullet."],
    ]);
  });

  it("keeps a quotation with its attribution", () => {
    expect(
      textsOf('"The accord is the primary stabilizing force," declares Putin. Both leaders agreed.'),
    ).toEqual(['"The accord is the primary stabilizing force," declares Putin.', "Both leaders agreed."]);
  });

  it("does not split on abbreviations, initialisms or decimals", () => {
    expect(
      textsOf(
        "The U.S. government said so. Mr. Smith paid $3.5 million. Ms. Kallas, the E.U. foreign policy chief, said no.",
      ),
    ).toEqual([
      "The U.S. government said so.",
      "Mr. Smith paid $3.5 million.",
      "Ms. Kallas, the E.U. foreign policy chief, said no.",
    ]);
  });

  it("ends a sentence after a sentence-final initialism", () => {
    expect(textsOf("They oppose the West, mainly the U.S. Their alliance grows.")).toEqual([
      "They oppose the West, mainly the U.S.",
      "Their alliance grows.",
    ]);
  });

  it("does not end a sentence at an initialism before one of its officials or bodies", () => {
    expect(
      textsOf(
        "In a show of unity against U.S. President Donald Trump, the two countries disavowed it. The U.K. Foreign Office agreed. Sanctions came from the U.S. China objected.",
      ),
    ).toEqual([
      "In a show of unity against U.S. President Donald Trump, the two countries disavowed it.",
      "The U.K. Foreign Office agreed.",
      "Sanctions came from the U.S.",
      "China objected.",
    ]);
  });

  it("ends a sentence after a number and a full stop ('on May 15. He said ...')", () => {
    expect(
      textsOf("Talks open in Istanbul on May 15. He said a truce could follow. Aid rose 3.5 percent."),
    ).toEqual([
      "Talks open in Istanbul on May 15.",
      "He said a truce could follow.",
      "Aid rose 3.5 percent.",
    ]);
  });

  it("splits a quotation of several sentences in straight quotes as in curly ones", () => {
    expect(textsOf('"We will fight. We will win," he said. "The U.S. Army stays," Mr. Smith said.')).toEqual([
      '"We will fight.',
      'We will win," he said.',
      '"The U.S. Army stays," Mr. Smith said.',
    ]);
    expect(textsOf('He said "no." Then he left.')).toEqual(['He said "no."', "Then he left."]);
  });

  it("ends a sentence at a quotation opened inside it and closed with its full stop, in curly quotes", () => {
    expect(
      textsOf(
        "Modi welcomed “all recent efforts made for peace.” Chinese President Xi Jinping criticized “hegemonism.”",
      ),
    ).toEqual([
      "Modi welcomed “all recent efforts made for peace.”",
      "Chinese President Xi Jinping criticized “hegemonism.”",
    ]);
    // A quotation closed with a comma, or a capital that does not follow a full stop, ends nothing.
    expect(
      textsOf("“We will win,” Zelensky said. Kallas called it “a challenge” Brussels must meet."),
    ).toEqual(["“We will win,” Zelensky said.", "Kallas called it “a challenge” Brussels must meet."]);
  });

  it("handles questions, exclamations and numbers at sentence start", () => {
    expect(textsOf("Is it over? No! 20+ heads of state attend.")).toEqual([
      "Is it over?",
      "No!",
      "20+ heads of state attend.",
    ]);
  });

  it("returns each sentence exactly as written, with curly quotes and unicode", () => {
    const paragraph = "“We will not yield,” said Zelenskyy. Kyiv’s allies — the EU among them — agreed.";
    const sentences = textsOf(paragraph);
    expect(sentences).toEqual([
      "“We will not yield,” said Zelenskyy.",
      "Kyiv’s allies — the EU among them — agreed.",
    ]);
    for (const sentence of sentences) expect(paragraph).toContain(sentence);
  });
});

describe("title abbreviations", () => {
  it("does not end a sentence at 'H.E.' or 'Amb.'", () => {
    const sentences = splitSentences([
      {
        text: "On May 23, H.E. Wang Yi met with H.E. Celso Amorim in Beijing. Amb. Fu Cong attended.",
        bullet: false,
      },
    ]);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      "On May 23, H.E. Wang Yi met with H.E. Celso Amorim in Beijing.",
      "Amb. Fu Cong attended.",
    ]);
  });
});

describe("a full stop that lost its space", () => {
  it("ends a sentence before a capitalised word, but keeps names with dots whole", () => {
    const texts = splitSentences([
      {
        text: "Moscow demanded a full investigation.Wang also said trade should grow. News.Az reported it.",
        bullet: false,
      },
    ]).map((sentence) => sentence.text);
    expect(texts).toEqual([
      "Moscow demanded a full investigation.",
      "Wang also said trade should grow.",
      "News.Az reported it.",
    ]);
  });
});

describe("a clock time", () => {
  it("keeps 'a.m.' and its time zone in one sentence, and ends one at 'a.m.' before a new subject", () => {
    const texts = splitSentences([
      {
        text: "Transit stops at 8.00 a.m. Moscow time on January 1, the minister said. The talks ended at 9 a.m. Putin then left.",
        bullet: false,
      },
    ]).map((sentence) => sentence.text);
    expect(texts).toEqual([
      "Transit stops at 8.00 a.m. Moscow time on January 1, the minister said.",
      "The talks ended at 9 a.m.",
      "Putin then left.",
    ]);
  });
});
