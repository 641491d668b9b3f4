import { describe, expect, it } from "vitest";
import { createArticleSuggester } from "../../src/retrieve/suggestArticles";

const stored = ["kyiv-talks", "sea-corridor", "xi-putin"];

describe("article suggestions for an unknown slug", () => {
  it("puts a near-miss spelling first", async () => {
    const suggest = createArticleSuggester({ findArticles: async () => ["sea-corridor"] });
    expect((await suggest("xi-putn", stored))[0]).toBe("xi-putin");
  });

  it("puts articles matching the words typed first when no slug is spelled close", async () => {
    const suggest = createArticleSuggester({ findArticles: async () => ["sea-corridor"] });
    const suggestions = await suggest("black-sea-grain-deal", stored);
    expect(suggestions[0]).toBe("sea-corridor");
    expect(new Set(suggestions)).toEqual(new Set(stored));
  });
});
