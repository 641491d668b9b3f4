import type { Actor } from "../domain/actor";

// Function words and reporting verbs: they say nothing about whether a point is carried by its sentences.
const stopWords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
  now of off on once only or other our ours ourselves out over own same she should so some such than that the
  their theirs them themselves then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your yours may might must shall upon amid
  among within without says said say saying stated states state stating according reportedly also still
  article reports reported report claims claimed claim one two its it's whose however though although
  regardless nevertheless meanwhile calls called calling stresses stressed underlines underlined pledges
  pledged vows vowed plans planned notes noted adds added insists insisted expects expected describes described`.split(
    /\s+/,
  ),
);

/** Crude stem: enough that "accused"/"accusations" or "stabilizing"/"stabilize" meet, with no NLP model. */
function stem(word: string): string {
  const base = word.replace(/['’]s$/, "");
  if (base.length > 5) return base.slice(0, 5);
  return base.length > 3 ? base.replace(/s$/, "") : base;
}

function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((word) => word.replace(/^['’]+|['’]+$/g, ""))
    .filter((word) => word !== "");
}

const vocabularies = new WeakMap<readonly Actor[], ReadonlySet<string>>();

/** Words that only name an actor: they tell who, not what, so they are left out of the overlap. */
export function actorVocabulary(actors: readonly Actor[]): ReadonlySet<string> {
  const known = vocabularies.get(actors);
  if (known) return known;
  const vocabulary = new Set(
    actors.flatMap((actor) => [actor.name, ...actor.aliases, ...actor.adjectives].flatMap(words)).map(stem),
  );
  vocabularies.set(actors, vocabulary);
  return vocabulary;
}

/** The stemmed content words of a text, minus function words and actor names. */
export function contentStems(text: string, excluded: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(
    words(text)
      .filter((word) => !stopWords.has(word) && (word.length > 2 || /\d/.test(word)))
      .map(stem)
      .filter((stemmed) => !excluded.has(stemmed)),
  );
}

/**
 * The share of a point's content words found in its cited sentences, 0..1. A point with no content words
 * of its own scores 0: there is nothing in it the sentences could carry.
 */
export function supportRatio(
  pointText: string,
  citedTexts: readonly string[],
  excluded: ReadonlySet<string>,
): number {
  return supportRatioOfStems(pointText, [contentStems(citedTexts.join(" "))], excluded);
}

/** The same, against the content stems of each cited sentence (so a sentence cited often is stemmed once). */
export function supportRatioOfStems(
  pointText: string,
  citedStems: readonly ReadonlySet<string>[],
  excluded: ReadonlySet<string>,
): number {
  const pointStems = contentStems(pointText, excluded);
  if (pointStems.size === 0) return 0;
  let found = 0;
  for (const stemmed of pointStems) if (citedStems.some((stems) => stems.has(stemmed))) found += 1;
  return found / pointStems.size;
}
