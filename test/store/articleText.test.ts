import { describe, expect, it } from "vitest";
import { isBriefError } from "../../src/domain/errors";
import { isValidSlug, paragraphsToBody, parseArticleText, slugFromTitle } from "../../src/store/articleText";

describe("parseArticleText", () => {
  it("takes the headline, Title/URL/Date lines and bullet paragraphs", () => {
    const parsed = parseArticleText(
      "\n\nHeadline here.\nTitle: The Real Title\nURL: https://example.com/a\nDate: 2025-05-07\n\nFirst paragraph.\n- A bullet.\n",
    );
    expect(parsed.headline).toBe("Headline here.");
    expect(parsed.title).toBe("The Real Title");
    expect(parsed.url).toBe("https://example.com/a");
    expect(parsed.date).toBe("2025-05-07");
    expect(parsed.paragraphs).toEqual([
      { text: "Headline here.", bullet: false },
      { text: "First paragraph.", bullet: false },
      { text: "A bullet.", bullet: true },
    ]);
    expect(paragraphsToBody(parsed.paragraphs)).toBe("Headline here.\nFirst paragraph.\n- A bullet.");
  });

  it("uses the headline as title when there is no Title line, and accepts CRLF and a BOM", () => {
    const parsed = parseArticleText("\uFEFFOnly a headline.\r\nBody text.\r\n");
    expect(parsed.title).toBe("Only a headline.");
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it("rejects binary and text-free input with bad_article_file", () => {
    for (const raw of ["abc\u0000def", "   \n\n", "Title: only metadata\n", "--- *** ...\n"]) {
      expect(() => parseArticleText(raw)).toThrow();
      try {
        parseArticleText(raw);
      } catch (error) {
        expect(isBriefError(error, "bad_article_file")).toBe(true);
      }
    }
  });
});

describe("slugs", () => {
  it("derives a valid slug from any title", () => {
    expect(slugFromTitle("The Steadfast Duo: Xi and Putin's Alliance Afoot")).toBe(
      "the-steadfast-duo-xi-and-putins-alliance-afoot",
    );
    expect(slugFromTitle("Élysée — Brüssel!")).toBe("elysee-brussel");
    expect(slugFromTitle("!!!")).toBe("article");
    expect(isValidSlug(slugFromTitle("x".repeat(200)))).toBe(true);
    // Long titles are cut between words, never inside one.
    expect(
      slugFromTitle("China's envoy says Beijing is ready to help broker a ceasefire in Ukraine this summer"),
    ).toBe("chinas-envoy-says-beijing-is-ready-to-help-broker-a-ceasefire-in");
  });

  it("validates ^[a-z0-9][a-z0-9-]{0,63}$", () => {
    expect(isValidSlug("xi-putin")).toBe(true);
    expect(isValidSlug("-xi")).toBe(false);
    expect(isValidSlug("Xi")).toBe(false);
    expect(isValidSlug("a".repeat(65))).toBe(false);
  });
});
