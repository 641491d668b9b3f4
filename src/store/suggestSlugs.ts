import { distance } from "fastest-levenshtein";

/** Stored slugs ordered closest first: shared prefix and substring hits, then edit distance. */
export function suggestSlugs(wanted: string, storedSlugs: readonly string[], limit = 5): string[] {
  const needle = wanted.toLowerCase();
  const scored = storedSlugs.map((slug) => {
    const contains = slug.includes(needle) || needle.includes(slug) ? 0 : 1;
    return { slug, contains, distance: distance(needle, slug) };
  });
  scored.sort((a, b) => a.contains - b.contains || a.distance - b.distance || a.slug.localeCompare(b.slug));
  return scored.slice(0, limit).map((entry) => entry.slug);
}
