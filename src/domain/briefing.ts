import { z } from "zod";

/** A citable sentence id: S1..Sn in reading order. */
export const SentenceIdSchema = z.string().regex(/^S[1-9]\d*$/, "sentence ids look like S1, S2, ...");
export type SentenceId = z.infer<typeof SentenceIdSchema>;

export const PointKindSchema = z.enum(["stated", "attributed"]);
export type PointKind = z.infer<typeof PointKindSchema>;

export const PointSchema = z.object({
  text: z.string().min(1),
  kind: PointKindSchema,
  citations: z.array(SentenceIdSchema).min(1),
  /**
   * Who makes an attributed point's claim, as the attribution reading found them: an actor's name ("Ukraine")
   * or the article's words for someone else ("Western nations"). Absent for stated points and for claims the
   * article does not source ("Russian forces reportedly attacked ...").
   */
  claimant: z.string().min(1).optional(),
});
export type Point = z.infer<typeof PointSchema>;

export const PositionStatusSchema = z.enum(["stated", "attributed_only", "none", "not_mentioned"]);
export type PositionStatus = z.infer<typeof PositionStatusSchema>;

export const ActorPositionSchema = z.object({
  actor: z.string().min(1),
  status: PositionStatusSchema,
  summary: z.string().optional(),
  /**
   * Set when the summary is the actor's gist (its bottom line): the sentences that carry it. Absent when the
   * summary only explains a status ("no stated position") or was not verified.
   */
  gistCitations: z.array(SentenceIdSchema).optional(),
  points: z.array(PointSchema),
});
export type ActorPosition = z.infer<typeof ActorPositionSchema>;

export const ArticleRefSchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string().optional(),
  hash: z.string(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const SourceSchema = z.object({ id: SentenceIdSchema, text: z.string().min(1) });
export type Source = z.infer<typeof SourceSchema>;

export const VerificationSchema = z.object({
  kept: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
  relabelled: z.number().int().nonnegative(),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const UsageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  /** "api" when the server reported it, "estimated" when counted locally. */
  source: z.enum(["api", "estimated"]),
});
export type Usage = z.infer<typeof UsageSchema>;

/** The briefing: what `brief --json` prints and what every edge renders. */
export const BriefingSchema = z.object({
  article: ArticleRefSchema,
  engine: z.string().regex(/^(offline|openai:.+)$/),
  actors: z.array(z.string()),
  positions: z.array(ActorPositionSchema),
  sources: z.array(SourceSchema),
  promptVersion: z.string().optional(),
  verification: VerificationSchema.optional(),
  usage: UsageSchema.optional(),
  cached: z.boolean().optional(),
  notes: z.array(z.string()).optional(),
});
export type Briefing = z.infer<typeof BriefingSchema>;

/**
 * A briefing while its engine is still at work, to show meanwhile: the actors in `pending` have the
 * preliminary reading (the offline engine's, which quotes the article) until the engine's own position for
 * them arrives. Every position in it is verified, as a finished briefing's.
 */
export interface BriefingDraft {
  briefing: Briefing;
  pending: string[];
}

/** A sentence id cited inside a summary, written "[S12]" (how a `none` position cites the mentions). */
export const summaryCitationPattern = /\[(S[1-9]\d*)\]/g;

/** The ids a position's summary cites, in order. */
export function summaryCitations(summary: string | undefined): string[] {
  return [...(summary ?? "").matchAll(summaryCitationPattern)].map((match) => match[1] as string);
}

/** Every id a position cites: its points', its summary's inline ones and its gist's. */
export function positionCitations(position: ActorPosition): string[] {
  return [
    ...position.points.flatMap((point) => point.citations),
    ...summaryCitations(position.summary),
    ...(position.gistCitations ?? []),
  ];
}
