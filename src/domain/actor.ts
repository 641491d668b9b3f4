import { z } from "zod";

/** The personal pronoun prose uses for a person, which tells "she" after Xi and von der Leyen are named. */
export const PronounSchema = z.enum(["he", "she"]);
export type Pronoun = z.infer<typeof PronounSchema>;

/** One of an actor's people: a plain name, or the forms prose uses for one person with the pronoun for them. */
const PersonSchema = z.union([
  z.string().min(1),
  z.object({ names: z.array(z.string().min(1)).min(1), pronoun: PronounSchema }),
]);

export const ActorSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    adjectives: z.array(z.string()).default([]),
    notAliases: z.array(z.string()).default([]),
    /**
     * The actor's leaders and officials; their names count as aliases too ("both leaders" refers to them).
     * `{ "names": ["Kaja Kallas", "Kallas"], "pronoun": "she" }` gives the pronoun "she" may refer back to.
     */
    people: z.array(PersonSchema).optional(),
    /** Phrases that name the actor only once an article has named it ("the bloc" after "the EU"). */
    backReferences: z.array(z.string().min(1)).default([]),
    /** Its people's family names come first ("Wang Wenbin" is "Wang" on second mention). */
    familyNameFirst: z.boolean().default(false),
    /**
     * Web hosts of the actor's own government ("gov.ua": the presidency's and ministries' sites): an article
     * published there is the actor's own text, whoever it quotes.
     */
    officialSites: z.array(z.string().min(1)).default([]),
    /**
     * The actor's state news agencies ("Xinhua"): a report under their dateline on a meeting, quoting no one, is
     * the actor's readout of it.
     */
    stateAgencies: z.array(z.string().min(1)).default([]),
    /** How prose refers to the actor when it needs an article: "the EU", "the US". Default: the name. */
    referredToAs: z.string().min(1).optional(),
  })
  .transform((actor) => {
    const people = (actor.people ?? []).flatMap((person) =>
      typeof person === "string" ? [person] : person.names,
    );
    const pronouns: Record<string, Pronoun> = {};
    for (const person of actor.people ?? []) {
      if (typeof person === "string") continue;
      for (const name of person.names) pronouns[name] = person.pronoun;
    }
    return {
      ...actor,
      people,
      /** Pronoun by person name, for the names whose catalog entry gives one. */
      pronouns,
      aliases: [...new Set([...actor.aliases, ...people])],
      referredToAs: actor.referredToAs ?? actor.name,
    };
  });
export type Actor = z.infer<typeof ActorSchema>;

export const ActorCatalogSchema = z.object({
  defaults: z.array(z.string()).min(1),
  actors: z.array(ActorSchema).min(1),
});
export type ActorCatalog = z.infer<typeof ActorCatalogSchema>;
