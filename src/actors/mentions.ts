import type { Actor } from "../domain/actor";

/** One place in a text where an actor is named by one of its aliases. */
export interface ActorMention {
  actor: string;
  /** The text as it appears, e.g. "Xi Jinping" or "Sino". */
  matched: string;
  start: number;
  end: number;
}

export interface MentionOptions {
  /**
   * Match capitalised aliases in any case too. For typed questions ("what did china say"); article text
   * should keep the default, or "us" the pronoun would be the United States.
   */
  ignoreCase?: boolean;
}

interface CompiledActor {
  actor: Actor;
  /** Aliases that carry capitals: matched case-sensitively (so "Xi" is not "xi", "US" is not "us"). */
  exactAliases: RegExp | undefined;
  /** Aliases written in lower case: matched in any case. */
  anyCaseAliases: RegExp | undefined;
  notAliases: RegExp | undefined;
}

// A letter or digit on either side means the alias is inside another word ("Xi" in "Xinjiang").
const wordBefore = "(?<![\\p{L}\\p{N}])";
const wordAfter = "(?![\\p{L}\\p{N}])";

/** "Jiakun" as "J-?i-?a-?k-?u-?n": a Chinese given name is also spelled with a hyphen ("Guo Jia-kun"). */
function hyphenMayJoin(word: string): string {
  return [...word].map((letter, index) => (index === 0 ? letter : `-?${letter}`)).join("");
}

function aliasPattern(alias: string, givenNamesMayHyphenate = false): string {
  const words = alias.trim().split(/\s+/);
  const [family, given] = words;
  const hyphenable =
    givenNamesMayHyphenate &&
    family !== undefined &&
    given !== undefined &&
    words.length === 2 &&
    words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word));
  const escaped = hyphenable
    ? `${family}\\s+${hyphenMayJoin(given)}`
    : alias
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\s+/g, "\\s+")
        .replace(/['’]/g, "['’]")
        // "European * Commissioner": a "*" between words stands for up to two capitalised words ("European
        // Energy Commissioner", "European Commissioner").
        .replace(/\\s\+\\\*\\s\+/g, String.raw`\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}`);
  // "von der Leyen" opens a sentence as "Von der Leyen".
  const first = escaped.charAt(0);
  if (first === first.toUpperCase()) return escaped;
  return `[${first}${first.toUpperCase()}]${escaped.slice(1)}`;
}

function alternation(
  aliases: readonly string[],
  flags: string,
  givenNamesMayHyphenate = false,
): RegExp | undefined {
  if (aliases.length === 0) return undefined;
  // Longest first, so "Xi Jinping" wins over "Xi" at the same place.
  const sorted = [...new Set(aliases)].sort((left, right) => right.length - left.length);
  const patterns = sorted.map((alias) => aliasPattern(alias, givenNamesMayHyphenate));
  return new RegExp(`${wordBefore}(?:${patterns.join("|")})${wordAfter}`, `gu${flags}`);
}

function compile(actor: Actor, options: MentionOptions): CompiledActor {
  const names = [actor.name, ...actor.aliases];
  const hasCapital = (alias: string) => alias !== alias.toLowerCase();
  const exact = options.ignoreCase ? [] : names.filter(hasCapital);
  const anyCase = options.ignoreCase ? names : names.filter((alias) => !hasCapital(alias));
  return {
    actor,
    exactAliases: alternation(exact, "", actor.familyNameFirst),
    anyCaseAliases: alternation(anyCase, "i"),
    notAliases: alternation(actor.notAliases, "i"),
  };
}

// Compiled once per actor object and mode: a briefing scans every sentence for every actor.
const compiledByActor = new WeakMap<Actor, Map<string, CompiledActor>>();

function compiled(actor: Actor, options: MentionOptions): CompiledActor {
  const mode = options.ignoreCase ? "any-case" : "default";
  let byMode = compiledByActor.get(actor);
  if (!byMode) {
    byMode = new Map();
    compiledByActor.set(actor, byMode);
  }
  let result = byMode.get(mode);
  if (!result) {
    result = compile(actor, options);
    byMode.set(mode, result);
  }
  return result;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

function spans(pattern: RegExp | undefined, text: string): Span[] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/**
 * Where one actor is named in a text, in order. A notAlias phrase at least as long as an overlapping alias
 * match cancels it ("Europe" is not the EU even if someone adds "Europe" as an alias), while a longer alias
 * still counts ("European Union" despite the notAlias "European").
 */
export function findMentionsOfActor(
  text: string,
  actor: Actor,
  options: MentionOptions = {},
): ActorMention[] {
  const { exactAliases, anyCaseAliases, notAliases } = compiled(actor, options);
  const excluded = spans(notAliases, text);
  const found = [...spans(exactAliases, text), ...spans(anyCaseAliases, text)]
    .filter(
      (span) =>
        !excluded.some(
          (exclusion) =>
            exclusion.start < span.end &&
            span.start < exclusion.end &&
            exclusion.end - exclusion.start >= span.end - span.start,
        ),
    )
    .sort((left, right) => left.start - right.start || right.end - left.end);
  const mentions: ActorMention[] = [];
  for (const span of found) {
    const previous = mentions.at(-1);
    if (previous && span.start < previous.end) continue;
    mentions.push({ actor: actor.name, matched: span.text, start: span.start, end: span.end });
  }
  return mentions;
}

/** Whether the text names the actor ("Sino-Russian" names both China and Russia). */
export function mentionsActor(text: string, actor: Actor, options: MentionOptions = {}): boolean {
  return findMentionsOfActor(text, actor, options).length > 0;
}

/** Every mention of any of the actors, in reading order. */
export function findActorMentions(
  text: string,
  actors: readonly Actor[],
  options: MentionOptions = {},
): ActorMention[] {
  return actors
    .flatMap((actor) => findMentionsOfActor(text, actor, options))
    .sort((left, right) => left.start - right.start);
}

/** The actors a text names, in the order given. */
export function actorsMentionedIn(
  text: string,
  actors: readonly Actor[],
  options: MentionOptions = {},
): Actor[] {
  return actors.filter((actor) => mentionsActor(text, actor, options));
}
