import { describe, expect, it } from "vitest";
import { maxPointLength, pointTextFrom } from "../../src/attribution/pointText";

const whole = (text: string) => ({ start: 0, end: text.length });

describe("point text", () => {
  it("trims discourse markers and dangling punctuation, keeping the sentence's words", () => {
    const sentence = "However, Ukraine contests this truce as a political stunt,";
    expect(pointTextFrom(sentence, whole(sentence))).toBe(
      "Ukraine contests this truce as a political stunt.",
    );
    const regardless = "Regardless, Putin looks forward to a trip.";
    expect(pointTextFrom(regardless, whole(regardless))).toBe("Putin looks forward to a trip.");
    // "As of now" and "As well as" open a phrase, not a clause: nothing to trim.
    const asOf = "As of now, 12 regions have no power.";
    expect(pointTextFrom(asOf, whole(asOf))).toBe(asOf);
  });

  it("names a pronoun subject in brackets, and keeps a whole sentence's opening when asked", () => {
    const sentence = "It denied targeting residential buildings.";
    expect(pointTextFrom(sentence, whole(sentence), { subjectName: "Russia" })).toBe(
      "[Russia] denied targeting residential buildings.",
    );
    expect(pointTextFrom("Italy said so.", whole("Italy said so."), { subjectName: "Russia" })).toBe(
      "Italy said so.",
    );
    const amid = "Amid Ukraine's self-professed ceasefire violation by Russia, Putin ordered a truce.";
    expect(pointTextFrom(amid, whole(amid), { keepOpening: true })).toBe(amid);
  });

  it("drops a wire dateline", () => {
    const sentence =
      "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Tuesday he was ready.";
    expect(pointTextFrom(sentence, whole(sentence))).toBe(
      "Ukrainian President Volodymyr Zelenskyy said Tuesday he was ready.",
    );
    const reuters = "BRUSSELS (Reuters) - EU leaders agreed on a loan.";
    expect(pointTextFrom(reuters, whole(reuters))).toBe("EU leaders agreed on a loan.");
  });

  it("quotes a clause of the sentence when given one", () => {
    const sentence = "Though China maintains neutrality, Western nations accused China.";
    expect(pointTextFrom(sentence, { start: 7, end: 33 })).toBe("China maintains neutrality.");
  });

  it("keeps a long point under the Slack-friendly limit, cut at a clause", () => {
    const sentence = `${"The minister said the measures, ".repeat(12)}were final.`;
    const text = pointTextFrom(sentence, whole(sentence));
    expect(text.length).toBeLessThanOrEqual(maxPointLength);
    expect(text.endsWith("…")).toBe(true);
    expect(sentence.startsWith(text.slice(0, -1))).toBe(true);
  });
});
