import { describe, expect, it } from "vitest";
import { createArticleSuggester } from "../../src/retrieve/suggestArticles";

const stored = ["kyiv-talks", "sea-corridor", "xi-putin"];

describe("article suggestions for an unknown slug", () => {
  it("puts a near-miss spelling first", () => {
    const suggest = createArticleSuggester({ findArticles: () => ["sea-corridor"] });
    expect(suggest("xi-putn", stored)[0]).toBe("xi-putin");
  });

  it("puts articles matching the words typed first when no slug is spelled close", () => {
    const suggest = createArticleSuggester({ findArticles: () => ["sea-corridor"] });
    const suggestions = suggest("black-sea-grain-deal", stored);
    expect(suggestions[0]).toBe("sea-corridor");
    expect(new Set(suggestions)).toEqual(new Set(stored));
  });
});
