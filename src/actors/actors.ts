import { type Actor, type ActorCatalog, ActorCatalogSchema } from "../domain/actor";
import { BriefError, quotedInput } from "../domain/errors";
import { readJsonFile } from "../readJsonFile";

export function loadActorCatalog(filePath: string): ActorCatalog {
  return readJsonFile(filePath, ActorCatalogSchema, { code: "config", what: "The actor file" });
}

const actorNamePattern = /^[\p{L}\p{N}][\p{L}\p{N} .'-]{0,63}$/u;

/** A briefing names at most this many actors. */
export const maxActorsPerBriefing = 8;

/** Names compared in any case, any apostrophe, and without a final dot ("E.U." is "E.U", typed "EU." is "EU"). */
const normaliseName = (name: string) =>
  name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim().replace(/\.+$/, "");

/** The catalog actor a name, alias or person names ("European Union", "xi jinping", "中国"), any case. */
export function catalogActorNamed(catalog: ActorCatalog, name: string): Actor | undefined {
  const wanted = normaliseName(name);
  return (
    catalog.actors.find((actor) => normaliseName(actor.name) === wanted) ??
    catalog.actors.find((actor) => actor.aliases.some((alias) => normaliseName(alias) === wanted))
  );
}

export interface ActorNamesRead {
  /** Catalog actors named, in the order typed, once each. */
  actors: Actor[];
  /** What no catalog name covers, as typed: a comma-separated item, or a run of words between known names. */
  unknown: string[];
}

/** Punctuation typed around a name ("China!", "(EU)."), not part of it; a final dot is ignored when comparing. */
const edgePunctuation = /^[\s"“”'‘’([]+|[\s"“”'‘’)\]!?;:]+(?=\.*$)/gu;

/**
 * Reads the actor names a person typed after the article: "China, European Union", "China EU", "Xi Jinping
 * Kallas", "中国 Россия". At each word the longest catalog name, alias or person wins ("European Union" before
 * "European", which names no actor); commas, when there are any, separate names. Nothing unknown becomes an
 * actor: it is returned as typed, for the person to correct.
 */
export function readActorNames(catalog: ActorCatalog, text: string): ActorNamesRead {
  const longestName = Math.max(
    ...catalog.actors.flatMap((actor) =>
      [actor.name, ...actor.aliases].map((name) => name.split(/\s+/).length),
    ),
  );
  const actors: Actor[] = [];
  const unknown: string[] = [];
  const segments = text.includes(",") ? text.split(",") : [text];
  for (const segment of segments) {
    const words = segment
      .split(/\s+/)
      .map((word) => word.replace(edgePunctuation, ""))
      .filter(Boolean);
    let unmatched: string[] = [];
    const flush = () => {
      if (unmatched.length > 0) unknown.push(unmatched.join(" "));
      unmatched = [];
    };
    for (let start = 0; start < words.length; ) {
      let matched: { actor: Actor; length: number } | undefined;
      for (let length = Math.min(longestName, words.length - start); length >= 1 && !matched; length -= 1) {
        const actor = catalogActorNamed(catalog, words.slice(start, start + length).join(" "));
        if (actor) matched = { actor, length };
      }
      if (!matched) {
        unmatched.push(words[start] as string);
        start += 1;
        continue;
      }
      flush();
      if (!actors.includes(matched.actor)) actors.push(matched.actor);
      start += matched.length;
    }
    flush();
  }
  return { actors, unknown };
}

/**
 * Resolves requested actor names (by name or alias, any case) to catalog actors. A name the catalog does not
 * know becomes an actor whose only alias is itself, so `--actors Iran` works without editing the catalog.
 */
export function resolveActors(catalog: ActorCatalog, requested?: readonly string[]): Actor[] {
  const names = requested && requested.length > 0 ? requested : catalog.defaults;
  const resolved: Actor[] = [];
  for (const rawName of names) {
    const name = rawName.trim();
    if (!actorNamePattern.test(name)) {
      throw new BriefError(
        "bad_input",
        `Bad actor name '${quotedInput(rawName)}': use letters, digits, spaces, dots or dashes.`,
      );
    }
    const actor = catalogActorNamed(catalog, name) ?? {
      name,
      aliases: [name],
      adjectives: [],
      notAliases: [],
      backReferences: [],
      familyNameFirst: false,
      officialSites: [],
      stateAgencies: [],
      referredToAs: name,
      people: [],
      pronouns: {},
    };
    if (!resolved.some((existing) => existing.name === actor.name)) resolved.push(actor);
  }
  if (resolved.length > maxActorsPerBriefing)
    throw new BriefError("bad_input", `At most ${maxActorsPerBriefing} actors per briefing.`);
  return resolved;
}

/** Parses a `--actors A,B,C` value. */
export function parseActorList(value: string): string[] {
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0)
    throw new BriefError("bad_input", "--actors needs a comma-separated list, e.g. --actors China,EU");
  return names;
}
