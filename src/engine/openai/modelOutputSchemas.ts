import { z } from "zod";
import { type AnswerPart, AnswerPartSchema } from "../../domain/answer";
import {
  type ActorPosition,
  PointSchema,
  PositionStatusSchema,
  SentenceIdSchema,
} from "../../domain/briefing";

// What the model is asked to write; the code adds article and sources. Every field is required (strict
// structured output has no optional fields), so the summary is a string the model may leave empty.

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
  // Who says a part is the stance reading's to tell (verify/ cannot check a model's word for it).
  answer: z.array(AnswerPartSchema.omit({ speaker: true })),
});
export type ModelAnswerOutput = z.infer<typeof ModelAnswerOutputSchema>;

// What is accepted back. Servers in JSON mode, and models under strict mode too, leave out fields, write null
// or give an actor no points. verify/ recomputes every status and checks every citation, so only what it
// cannot do without is essential: a list of positions, each naming an actor (a list of answer parts). An
// optional field that is missing or null is absent; a point or part that cannot be read is left out (verify
// would drop it anyway) and the rest is kept. A reply with nothing readable still goes to repair.

/** Items of a list that match the schema; the others are left out. */
const readableItems = <T>(schema: z.ZodType<T>) =>
  z
    .array(z.unknown())
    .nullish()
    .transform((items) =>
      (items ?? []).flatMap((item) => {
        const parsed = schema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    );

const optionalText = z
  .string()
  .nullish()
  .transform((text) => (text?.trim() ? text : undefined));

/** Citations that are sentence ids; any other value (a number, "3", null) is left out. */
const readableCitations = readableItems(SentenceIdSchema);

const TolerantPointSchema = PointSchema.extend({ citations: readableCitations }).refine(
  (point) => point.citations.length > 0,
);

const TolerantPositionSchema = z
  .object({
    actor: z.string().trim().min(1),
    // verify/ recomputes the status from the kept points; an unreadable one says nothing.
    status: PositionStatusSchema.catch("none"),
    summary: optionalText,
    points: readableItems(TolerantPointSchema),
  })
  .transform(
    ({ summary, ...position }): ActorPosition => ({
      ...position,
      ...(summary !== undefined ? { summary } : {}),
    }),
  );

/** One actor's position as the model wrote it, read as the whole reply's would be; undefined if unreadable. */
export function readModelPosition(item: unknown): ActorPosition | undefined {
  const parsed = TolerantPositionSchema.safeParse(item);
  return parsed.success ? parsed.data : undefined;
}

export const ModelBriefingReplySchema = z.object({
  positions: readableItems(TolerantPositionSchema).refine((positions) => positions.length > 0, {
    message: "no position names an actor",
  }),
});
export type ModelBriefingReply = z.infer<typeof ModelBriefingReplySchema>;

const TolerantAnswerPartSchema = z
  .object({ text: z.string().trim().min(1), citations: readableCitations })
  .transform((part): AnswerPart => part);

export const ModelAnswerReplySchema = z
  .object({
    found: z.boolean().nullish(),
    answer: readableItems(TolerantAnswerPartSchema),
  })
  .refine((reply) => reply.found != null || reply.answer.length > 0, {
    message: "the reply has neither `found` nor a readable answer part",
  })
  // A missing `found` is read from the answer: parts mean something was found.
  .transform(({ found, answer }) => ({ found: found ?? answer.length > 0, answer }));
export type ModelAnswerReply = z.infer<typeof ModelAnswerReplySchema>;
