/**
 * Slack refuses a message past its limits (`msg_too_long`, `invalid_blocks`), so whatever the renderers
 * built, every message the app posts or responds with goes through fitSlackLimits first: at most 40,000
 * characters of `text`, 50 blocks a message, 3,000 characters a section, 150 a header, 10 elements a context.
 * Too many blocks make more messages (the caller posts them in order); an over-long section becomes several
 * sections, split between lines where it can. Pure data in, pure data out.
 */

export const slackMessageLimits = {
  text: 40_000,
  blocksPerMessage: 50,
  sectionText: 3_000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3_000,
} as const;

export interface LimitedMessage<Block> {
  text: string;
  blocks: Block[];
}

/** Cuts at `limit` characters, ending in "…", never inside a surrogate pair or an entity such as `&amp;`. */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/&[a-z]{0,4}$/, "")}…`;
}

/** Pieces of at most `limit` characters, split after a newline when one is near the end, else hard. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const newline = window.lastIndexOf("\n");
    let end = newline > limit / 2 ? newline + 1 : limit;
    if (/[\uD800-\uDBFF]/.test(rest.charAt(end - 1))) end -= 1;
    // A hard cut must not leave half an entity behind.
    const entity = /&[a-z]{0,4}$/.exec(rest.slice(0, end));
    if (entity && end - entity[0].length > 0) end -= entity[0].length;
    pieces.push(rest.slice(0, end).replace(/\n$/, ""));
    rest = rest.slice(end);
  }
  if (rest !== "" || pieces.length === 0) pieces.push(rest);
  return pieces;
}

type BlockRecord = Record<string, unknown> & { type: string };
type TextObject = { type: string; text: string } & Record<string, unknown>;

const isTextObject = (value: unknown): value is TextObject =>
  typeof value === "object" && value !== null && typeof (value as { text?: unknown }).text === "string";

function fitBlock(block: BlockRecord): BlockRecord[] {
  const text = block.text;
  if (block.type === "section" && isTextObject(text) && text.text.length > slackMessageLimits.sectionText) {
    const [first = "", ...rest] = splitText(text.text, slackMessageLimits.sectionText);
    return [
      { ...block, text: { ...text, text: first } },
      ...rest.map((piece) => ({ type: "section", text: { type: text.type, text: piece } })),
    ];
  }
  if (block.type === "header" && isTextObject(text) && text.text.length > slackMessageLimits.headerText)
    return [{ ...block, text: { ...text, text: truncateText(text.text, slackMessageLimits.headerText) } }];
  if (block.type === "context" && Array.isArray(block.elements)) {
    const elements = block.elements
      .slice(0, slackMessageLimits.contextElements)
      .map((element: unknown) =>
        isTextObject(element) && element.text.length > slackMessageLimits.contextElementText
          ? { ...element, text: truncateText(element.text, slackMessageLimits.contextElementText) }
          : element,
      );
    return [{ ...block, elements }];
  }
  return [block];
}

/**
 * The messages, each within Slack's limits. A message with more than 50 blocks (after long sections are
 * split) becomes several; the later ones carry the first line of its text and "(continued)".
 */
export function fitSlackLimits<Block>(messages: readonly LimitedMessage<Block>[]): LimitedMessage<Block>[] {
  return messages.flatMap((message) => {
    const blocks = (message.blocks as unknown as BlockRecord[]).flatMap(fitBlock) as unknown as Block[];
    const text = truncateText(message.text, slackMessageLimits.text);
    if (blocks.length <= slackMessageLimits.blocksPerMessage) return [{ text, blocks }];
    const continued = truncateText(`${text.split("\n")[0] ?? ""} (continued)`, slackMessageLimits.text);
    const parts: LimitedMessage<Block>[] = [];
    for (let start = 0; start < blocks.length; start += slackMessageLimits.blocksPerMessage) {
      parts.push({
        text: start === 0 ? text : continued,
        blocks: blocks.slice(start, start + slackMessageLimits.blocksPerMessage),
      });
    }
    return parts;
  });
}
