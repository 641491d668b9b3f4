import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("speech verbs of translated and agency copy", () => {
  it("reads 'states' and other verbs put before the speaker they close on", () => {
    const article = readCatalogArticle([
      "Kyiv hopes that Beijing will attend the summit, states the Head of the President's Office Andriy Yermak.",
      "“The sanctions will stay,” concluded EU foreign policy chief Kaja Kallas.",
      "“The West is to blame,” Kremlin spokesman Dmitry Peskov further charges.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    // What Kyiv hopes Beijing does is Kyiv's hope, not Beijing's word.
    expect(article.stated("China")).toEqual([]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual(["S3"]);
  });

  it("reads 'mentions that' and 'reminded that', and leaves 'member states' and 'reminded of' alone", () => {
    const article = readCatalogArticle([
      "Yermak also mentions that the envoy's visit gives cautious hope.",
      "Kallas reminded that the EU condemns all support for Moscow's war.",
      "The EU has 27 member states, Hungary among them.",
      "Zelensky was reminded of the deal by the Chinese envoy.",
    ]);
    expect(article.stated("Ukraine")).toEqual(["S1"]);
    expect(article.stated("EU")).toEqual(["S2"]);
    expect(article.stated("Russia")).toEqual([]);
  });
});
