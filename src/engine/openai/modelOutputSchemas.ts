import { z } from "zod";
import { AnswerPartSchema } from "../../domain/answer";
import { PointSchema, PositionStatusSchema } from "../../domain/briefing";

// What the model writes; the code adds article and sources. Every field is required (strict structured
// output has no optional fields), so the summary is a string the model may leave empty.

export const ModelBriefingOutputSchema = z.object({
  positions: z.array(
    z.object({
      actor: z.string().min(1),
      status: PositionStatusSchema,
      summary: z.string(),
      points: z.array(PointSchema),
    }),
  ),
});
export type ModelBriefingOutput = z.infer<typeof ModelBriefingOutputSchema>;

export const ModelAnswerOutputSchema = z.object({
  found: z.boolean(),
  answer: z.array(AnswerPartSchema),
});
export type ModelAnswerOutput = z.infer<typeof ModelAnswerOutputSchema>;
