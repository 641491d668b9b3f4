import { z } from "zod";
import { BriefError } from "../errors";
import { readJsonFile } from "../readJsonFile";

export const ActorSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    adjectives: z.array(z.string()).default([]),
    notAliases: z.array(z.string()).default([]),
    /** Names of the actor's leaders and officials; they count as aliases too ("both leaders" refers to them). */
    people: z.array(z.string().min(1)).optional(),
    /** Phrases that name the actor only once an article has named it ("the bloc" after "the EU"). */
    backReferences: z.array(z.string().min(1)).default([]),
    /** Its people's family names come first ("Wang Wenbin" is "Wang" on second mention). */
    familyNameFirst: z.boolean().default(false),
    /** How prose refers to the actor when it needs an article: "the EU", "the US". Default: the name. */
    referredToAs: z.string().min(1).optional(),
  })
  .transform((actor) => ({
    ...actor,
    aliases: [...new Set([...actor.aliases, ...(actor.people ?? [])])],
    referredToAs: actor.referredToAs ?? actor.name,
  }));
export type Actor = z.infer<typeof ActorSchema>;

export const ActorCatalogSchema = z.object({
  defaults: z.array(z.string()).min(1),
  actors: z.array(ActorSchema).min(1),
});
export type ActorCatalog = z.infer<typeof ActorCatalogSchema>;

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
