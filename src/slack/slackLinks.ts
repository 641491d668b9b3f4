import { z } from "zod";

/**
 * Links as Slack sends them: `<https://x>` and `<https://x|label>` in message and command text (a command's
 * text keeps that markup with should_escape false, or is a bare URL), `&amp;` for `&` inside them, link elements
 * in rich_text blocks, and unfurls in attachments.
 */

const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const decodeEntities = (text: string) =>
  text.replace(/&(lt|gt|amp);/g, (entity) => entities[entity] ?? entity);

const httpLink = /^https?:\/\/\S+$/i;

/** The URL of one token of command text (`<https://x|label>`, `<https://x>` or `https://x`), else undefined. */
export function linkInToken(token: string): string | undefined {
  const markup = /^<([^<>|]+)(?:\|[^<>]*)?>$/.exec(token);
  const candidate = decodeEntities(markup ? (markup[1] ?? "") : token);
  return httpLink.test(candidate) ? candidate : undefined;
}

/** The first http(s) link in message text written in Slack markup; mentions and channels are skipped. */
export function firstLinkInText(text: string): string | undefined {
  for (const match of text.matchAll(/<([^<>|]+)(?:\|[^<>]*)?>/g)) {
    const target = decodeEntities(match[1] ?? "");
    if (httpLink.test(target)) return target;
  }
  return undefined;
}

const RichTextElementSchema: z.ZodType<{ type?: string; url?: string; elements?: unknown[] }> = z
  .object({
    type: z.string().optional(),
    url: z.string().optional(),
    elements: z.array(z.unknown()).optional(),
  })
  .loose();

/** A link element anywhere in the blocks' rich text, depth first. */
function firstLinkInBlocks(nodes: readonly unknown[]): string | undefined {
  for (const node of nodes) {
    const parsed = RichTextElementSchema.safeParse(node);
    if (!parsed.success) continue;
    if (parsed.data.type === "link" && parsed.data.url && httpLink.test(parsed.data.url))
      return parsed.data.url;
    const inner = firstLinkInBlocks(parsed.data.elements ?? []);
    if (inner) return inner;
  }
  return undefined;
}

export const ShortcutMessageSchema = z.object({
  ts: z.string(),
  thread_ts: z.string().optional(),
  text: z.string().default(""),
  blocks: z.array(z.unknown()).default([]),
  attachments: z
    .array(
      z
        .object({
          original_url: z.string().optional(),
          from_url: z.string().optional(),
          title_link: z.string().optional(),
        })
        .loose(),
    )
    .default([]),
});
export type ShortcutMessage = z.infer<typeof ShortcutMessageSchema>;

/** The message's first link: in its text, else in its rich text blocks, else the first unfurled link. */
export function firstLinkInMessage(message: ShortcutMessage): string | undefined {
  const fromText = firstLinkInText(message.text);
  if (fromText) return fromText;
  const fromBlocks = firstLinkInBlocks(message.blocks);
  if (fromBlocks) return fromBlocks;
  for (const attachment of message.attachments) {
    const link = attachment.original_url ?? attachment.from_url ?? attachment.title_link;
    if (link && httpLink.test(link)) return link;
  }
  return undefined;
}
