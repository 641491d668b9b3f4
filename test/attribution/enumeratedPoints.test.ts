import { describe, expect, it } from "vitest";
import { readCatalogArticle } from "../support/readArticle";

describe("numbered points an official sets out", () => {
  const listed = (opening: string) => [
    "Lavrov sets out Russia's position",
    `${opening} 1. Every state's borders deserve respect.`,
    "This holds everywhere. 2. Old alliances should stop growing.",
    "Such growth breeds distrust. 3. Negotiation is the only exit.",
    "The call came as fighting intensified in the east.",
  ];

  it("are the speaker's own words, item by item, to the end of the last one's paragraph", () => {
    const article = readCatalogArticle(
      listed(
        "Russian Foreign Minister Sergei Lavrov expounded Russia's position in the following three points:",
      ),
    );
    expect(article.stated("Russia")).toEqual(["S2", "S3", "S4", "S5", "S6", "S7"]);
  });

  it("end with the last item: the writer's line after it is nobody's", () => {
    const article = readCatalogArticle(
      listed(
        "Russian Foreign Minister Sergei Lavrov expounded Russia's position in the following three points:",
      ),
    );
    expect(article.stated("Russia")).not.toContain("S8");
  });

  it("are nobody's when no actor announced them, or someone outside the actors did", () => {
    for (const opening of [
      "The talks turned on the following three points:",
      "Analysts summed up Moscow's stance in the following three points:",
    ]) {
      const article = readCatalogArticle(listed(opening));
      expect(article.stated("Russia"), opening).not.toContain("S5");
      expect(article.stated("Russia"), opening).not.toContain("S7");
    }
  });
});

describe("a block quotation opened by 'She said:'", () => {
  it("gives the paragraphs below to the speaker, until a sentence names a speaker of its own", () => {
    const article = readCatalogArticle([
      "Russia's foreign ministry spokeswoman Maria Zakharova welcomed China's plan.",
      "She said:",
      "We appreciate the sincere desire of our Chinese friends to help end the conflict.",
      "Zelensky said some of the Chinese points were understandable.",
    ]);
    expect(article.stated("Russia")).toEqual(["S1", "S3"]);
    expect(article.stated("Russia")).not.toContain("S4");
    expect(article.stated("Ukraine")).toEqual(["S4"]);
  });
});
