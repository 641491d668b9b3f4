import { distance } from "fastest-levenshtein";

interface ScoredSlug {
  slug: string;
  /** 0 when one contains the other. */
  contains: number;
  distance: number;
}

/** Closer first; slugs are ASCII, so plain code-unit order breaks ties. */
function closer(a: ScoredSlug, b: ScoredSlug): boolean {
  if (a.contains !== b.contains) return a.contains < b.contains;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.slug < b.slug;
}

/**
 * Stored slugs ordered closest first: shared prefix and substring hits, then edit distance. One pass that keeps
 * only the best `limit` (sorting every slug of a 100,000-article store cost most of a 50 ms suggestion).
 */
export function suggestSlugs(wanted: string, storedSlugs: readonly string[], limit = 5): string[] {
  const needle = wanted.toLowerCase();
  const best: ScoredSlug[] = [];
  for (const slug of storedSlugs) {
    const candidate: ScoredSlug = {
      slug,
      contains: slug.includes(needle) || needle.includes(slug) ? 0 : 1,
      distance: distance(needle, slug),
    };
    const worst = best[best.length - 1];
    if (best.length === limit && worst && !closer(candidate, worst)) continue;
    let position = best.length;
    while (position > 0 && closer(candidate, best[position - 1] as ScoredSlug)) position -= 1;
    best.splice(position, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.slug);
}
