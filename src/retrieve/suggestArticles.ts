import { distance } from "fastest-levenshtein";
import type { Article } from "../domain/article";
import { BriefError, isBriefError } from "../domain/errors";
import type { ArticleStore } from "../store/articleStore";
import { suggestSlugs } from "../store/suggestSlugs";
import type { SearchIndex } from "./searchIndex";

const suggestionLimit = 5;

/** Stored slugs to suggest for an unknown one, closest first. */
export type SlugSuggester = (slug: string, storedSlugs: readonly string[]) => string[] | Promise<string[]>;

/**
 * "Did you mean" for an unknown slug, closest first: a near-miss spelling of a stored slug ("xi-putn") wins;
 * then articles whose slug, title or text carry the words typed ("ukraine-truce"); then the rest by spelling.
 */
export function createArticleSuggester(index: Pick<SearchIndex, "findArticles">): SlugSuggester {
  return async (wanted, storedSlugs) => {
    const bySpelling = suggestSlugs(wanted, storedSlugs, suggestionLimit);
    const byContent = await index.findArticles(wanted, suggestionLimit);
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

/** The stored article; an unknown slug is the store's unknown_article error with the closest stored slugs. */
export async function requireArticle(
  store: Pick<ArticleStore, "require" | "suggestionCandidates">,
  suggest: SlugSuggester,
  slug: string,
): Promise<Article> {
  try {
    return await store.require(slug);
  } catch (error) {
    if (!isBriefError(error, "unknown_article")) throw error;
    const suggestions = await suggest(slug, await store.suggestionCandidates(slug));
    throw new BriefError(
      "unknown_article",
      `${error.message} Stored: ${suggestions.length > 0 ? suggestions.join(", ") : "(none)"}`,
      { ...error.details, suggestions },
    );
  }
}

/** What `/brief <word>` names: one article, several, or none (with at most three near misses). */
export type ArticleLookup =
  | { kind: "found"; slug: string; by: "slug" | "words" }
  | { kind: "several"; slugs: string[] }
  | { kind: "none"; nearMisses: string[] };

export interface ArticleFinder {
  find(words: string): Promise<ArticleLookup>;
}

/** Articles named by words are offered as buttons, a few at a time. */
const namedArticleLimit = 5;
const nearMissLimit = 3;

/**
 * Finds the article a person means: its slug exactly; else the one article whose slug or title holds every
 * word typed ("grain"); else the several that do; else the closest few stored slugs.
 */
export function createArticleFinder(dependencies: {
  store: Pick<ArticleStore, "get" | "suggestionCandidates">;
  index: Pick<SearchIndex, "findArticlesNamed">;
  suggest: SlugSuggester;
}): ArticleFinder {
  const { store, index, suggest } = dependencies;
  return {
    async find(words) {
      const wanted = words.trim().toLowerCase();
      if (await store.get(wanted)) return { kind: "found", slug: wanted, by: "slug" };
      const named = await index.findArticlesNamed(wanted, namedArticleLimit);
      if (named.length === 1) return { kind: "found", slug: named[0] as string, by: "words" };
      if (named.length > 1) return { kind: "several", slugs: named };
      const nearMisses = await suggest(wanted, await store.suggestionCandidates(wanted));
      return { kind: "none", nearMisses: nearMisses.slice(0, nearMissLimit) };
    },
  };
}
