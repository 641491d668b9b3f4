import { distance } from "fastest-levenshtein";
import type { SlugSuggester } from "../store/articleStore";
import { suggestSlugs } from "../store/suggestSlugs";
import type { SearchIndex } from "./searchIndex";

const suggestionLimit = 5;

/**
 * "Did you mean" for an unknown slug, closest first: a near-miss spelling of a stored slug ("xi-putn") wins;
 * then articles whose slug, title or text carry the words typed ("ukraine-truce"); then the rest by spelling.
 */
export function createArticleSuggester(index: Pick<SearchIndex, "findArticles">): SlugSuggester {
  return (wanted, storedSlugs) => {
    const bySpelling = suggestSlugs(wanted, storedSlugs, suggestionLimit);
    const byContent = index.findArticles(wanted, suggestionLimit);
    const closest = bySpelling[0];
    const needle = wanted.toLowerCase();
    const isNearMiss =
      closest !== undefined &&
      (closest.includes(needle) ||
        needle.includes(closest) ||
        distance(needle, closest) <= Math.max(2, Math.floor(needle.length / 4)));
    const ordered = isNearMiss ? [closest, ...byContent, ...bySpelling] : [...byContent, ...bySpelling];
    return [...new Set(ordered)].slice(0, suggestionLimit);
  };
}
