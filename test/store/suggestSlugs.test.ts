import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { suggestSlugs } from "../../src/store/suggestSlugs";

describe("suggestSlugs", () => {
  it("puts slugs containing the typed text first, then the nearest spellings, ties in slug order", () => {
    const stored = [
      "xi-putin-summit",
      "eu-sanctions",
      "xi-putin",
      "xi-putln",
      "kyiv-drone-attack",
      "xi-putim",
    ];

    expect(suggestSlugs("Xi-Putin", stored, 4)).toEqual([
      "xi-putin",
      "xi-putin-summit",
      "xi-putim",
      "xi-putln",
    ]);
    expect(suggestSlugs("zzz", stored, 2)).toHaveLength(2);
    expect(suggestSlugs("xi", [], 5)).toEqual([]);
  });

  it("keeps exactly the best `limit` of a large store, as a full sort would", () => {
    const letters = "abcdefghij";
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const stored = Array.from({ length: 3_000 }, () =>
      Array.from({ length: 3 + Math.floor(random() * 8) }, () => letters[Math.floor(random() * 10)]).join(""),
    );
    const wanted = "abcde";
    const fullSort = [...new Set(stored)]
      .map((slug) => ({
        slug,
        contains: slug.includes(wanted) || wanted.includes(slug) ? 0 : 1,
        d: distance(wanted, slug),
      }))
      .sort(
        (a, b) => a.contains - b.contains || a.d - b.d || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
      )
      .slice(0, 5)
      .map((entry) => entry.slug);

    expect(suggestSlugs(wanted, [...new Set(stored)], 5)).toEqual(fullSort);
  });
});
