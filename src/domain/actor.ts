import { z } from "zod";

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
