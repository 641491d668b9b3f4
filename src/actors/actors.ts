import { type Actor, type ActorCatalog, ActorCatalogSchema } from "../domain/actor";
import { BriefError } from "../domain/errors";
import { readJsonFile } from "../readJsonFile";

export function loadActorCatalog(filePath: string): ActorCatalog {
  return readJsonFile(filePath, ActorCatalogSchema, { code: "config", what: "The actor file" });
}

const actorNamePattern = /^[\p{L}\p{N}][\p{L}\p{N} .'-]{0,63}$/u;

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
        `Bad actor name '${rawName}': use letters, digits, spaces, dots or dashes.`,
      );
    }
    const lowered = name.toLowerCase();
    const known =
      catalog.actors.find((actor) => actor.name.toLowerCase() === lowered) ??
      catalog.actors.find((actor) => actor.aliases.some((alias) => alias.toLowerCase() === lowered));
    const actor = known ?? {
      name,
      aliases: [name],
      adjectives: [],
      notAliases: [],
      backReferences: [],
      familyNameFirst: false,
      referredToAs: name,
      people: [],
      pronouns: {},
    };
    if (!resolved.some((existing) => existing.name === actor.name)) resolved.push(actor);
  }
  if (resolved.length > 8) throw new BriefError("bad_input", "At most 8 actors per briefing.");
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
