import { z } from "zod";
import {
  ArticleRefSchema,
  SentenceIdSchema,
  SourceSchema,
  UsageSchema,
  VerificationSchema,
} from "./briefing";

/** One sentence of an answer and the article sentences it rests on. */
export const AnswerPartSchema = z.object({
  text: z.string().min(1),
  citations: z.array(SentenceIdSchema),
  /**
   * Who says it, from the stance reading, when the text is an article sentence: the asked actor ("China"), or
   * another speaker set apart from it ("Ukraine, not Russia").
   */
  speaker: z.string().min(1).optional(),
});
export type AnswerPart = z.infer<typeof AnswerPartSchema>;

/** A follow-up answer: what `ask --json` prints and what the Slack thread reply renders. */
export const AnswerSchema = z.object({
  article: ArticleRefSchema,
  question: z.string(),
  found: z.boolean(),
  answer: z.array(AnswerPartSchema),
  sources: z.array(SourceSchema),
  engine: z.string().regex(/^(offline|openai:.+)$/),
  promptVersion: z.string().optional(),
  verification: VerificationSchema.optional(),
  usage: UsageSchema.optional(),
  notes: z.array(z.string()).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** One remembered exchange of a thread, oldest first. */
export const ThreadTurnSchema = z.object({
  question: z.string(),
  answer: z.string(),
  citations: z.array(SentenceIdSchema),
  at: z.string(),
});
export type ThreadTurn = z.infer<typeof ThreadTurnSchema>;
