import { z } from "zod";
import { readJsonFile } from "../readJsonFile";

const GoldPositionSchema = z.object({
  position: z.string().min(1),
  /** Exact sentences of the article that carry the position. */
  evidence: z.array(z.string().min(1)).min(1),
});
export type GoldPosition = z.infer<typeof GoldPositionSchema>;

const GoldActorSchema = z.object({
  absent: z.boolean().default(false),
  no_stated_position: z.boolean().default(false),
  stated: z.array(GoldPositionSchema).default([]),
  attributed_by_others: z.array(GoldPositionSchema).default([]),
  mentioned_only: z.array(z.string()).default([]),
});
export type GoldActor = z.infer<typeof GoldActorSchema>;

/** A hand-made answer key for one article: per actor, its stated positions and what others attribute to it. */
export const GoldFileSchema = z.object({
  slug: z.string().min(1),
  note: z.string().optional(),
  actors: z.record(z.string(), GoldActorSchema),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;

export function loadGoldFile(filePath: string): GoldFile {
  return readJsonFile(filePath, GoldFileSchema, { code: "bad_input", what: "The gold file" });
}
