import { z } from "zod";

/** Where the briefing of a pasted article goes: carried in the form's private_metadata, read back on submit. */
const PasteFormTargetSchema = z.object({ channelId: z.string().min(1) });
export type PasteFormTarget = z.infer<typeof PasteFormTargetSchema>;

export function encodePasteFormTarget(target: PasteFormTarget): string {
  return JSON.stringify(target);
}

export function decodePasteFormTarget(privateMetadata: string | undefined): PasteFormTarget | undefined {
  try {
    const parsed = PasteFormTargetSchema.safeParse(JSON.parse(privateMetadata ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
