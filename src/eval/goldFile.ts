import fs from "node:fs";
import { z } from "zod";
import { BriefError } from "../errors";

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
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(filePath, "utf8"));
  } catch (error) {
    throw new BriefError("bad_input", `Cannot read the gold file ${filePath}: ${(error as Error).message}`);
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BriefError(
      "bad_input",
      `The gold file ${filePath} is invalid: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}
