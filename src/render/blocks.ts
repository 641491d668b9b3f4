import type { ActionsBlock, ContextBlock, KnownBlock, SectionBlock } from "@slack/types";
import type { Answer } from "../domain/answer";
import type { Source } from "../domain/briefing";
import { neutraliseBidiControls } from "../domain/errors";
import { textFragmentUrl } from "./citationLinks";
import { type CitationMarkers, citationMarkerWriter, speakerPrefix } from "./citationMarkers";

/**
 * Pure Block Kit builders shared by briefings (briefingBlocks.ts) and answers: plain data the Slack edge posts, typed with @slack/types
 * (types only; nothing from a Slack SDK runs here).
 * Every piece of text from users, articles or the model goes through escapeSlackText, so `<!channel>`,
 * `<@U…>` or `<https://x|label>` inside it is shown as text and never becomes a mention or a disguised link,
 * and a bidirectional override in it cannot reorder what it is shown in.
 */

/** One chat message: Block Kit plus the plain `text` fallback for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's documented limits. */
export const slackLimits = {
  sectionText: 3_000,
  headerText: 150,
  blocksPerMessage: 50,
  contextElements: 10,
  fallbackText: 3_000,
} as const;

export const feedbackActionIds = { up: "briefing_feedback_up", down: "briefing_feedback_down" } as const;

/** The three characters Slack's mrkdwn treats as control characters, as entities; bidi controls as �. */
export function escapeSlackText(text: string): string {
  return neutraliseBidiControls(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

const slackUserIdPattern = /^[UW][A-Z0-9]{2,}$/;

/** A live mention only for an id shaped like a Slack user id; anything else is shown as escaped text. */
export function mentionUser(userId: string): string {
  return slackUserIdPattern.test(userId) ? `<@${userId}>` : escapeSlackText(userId);
}

/** A link only for an http(s) URL; `|` and `>` cannot end the URL early, so the label cannot be disguised. */
export function linkTo(url: string | undefined, label: string): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  const safeUrl = escapeSlackText(parsed.href).replaceAll("|", "%7C");
  return `<${safeUrl}|${escapeSlackText(label)}>`;
}

/**
 * "[n]" markers that link to their sentence in the article (a text fragment), or plain without a URL. The
 * briefing's sources are numbered 1..n in their order, `later` (an answer's sentences new to its thread) after
 * them. A briefing source's link is the same wherever it is shown: its opening is made unique among the
 * briefing's sources only, so an answer in the thread links it exactly as the briefing did.
 */
export function linkedCitationMarkers(
  articleUrl: string | undefined,
  briefingSources: readonly Source[],
  later: { ids: readonly string[]; sources: readonly Source[] } = { ids: [], sources: [] },
): CitationMarkers {
  const briefingTexts = new Map(briefingSources.map((source) => [source.id, source.text]));
  const laterTexts = new Map(later.sources.map((source) => [source.id, source.text]));
  const allTexts = [...briefingTexts.values(), ...laterTexts.values()];
  return citationMarkerWriter(
    briefingSources,
    (label, id) => {
      const briefingText = briefingTexts.get(id);
      const url =
        briefingText === undefined
          ? textFragmentUrl(articleUrl, laterTexts.get(id) ?? "", allTexts)
          : textFragmentUrl(articleUrl, briefingText, [...briefingTexts.values()]);
      return (url && linkTo(url, label)) || label;
    },
    later.ids,
  );
}

export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 1))}…`;
}

/**
 * A line of already-escaped text followed by its citation markers. When it must be shortened, the text is cut
 * and the markers kept whole, so a citation is never cut.
 */
function lineWithMarkers(escapedText: string, markers: string, limit: number): string {
  const suffix = markers ? ` ${markers}` : "";
  const room = limit - suffix.length;
  if (escapedText.length <= room) return `${escapedText}${suffix}`;
  // Never leave a half entity like "&am" behind.
  const cut = escapedText.slice(0, Math.max(0, room - 1)).replace(/&[a-z]{0,3}$/, "");
  return `${cut}…${suffix}`;
}

/** Packs whole lines into sections of at most `limit` characters; a line is never split between sections. */
export function packLinesIntoSections(
  lines: readonly string[],
  limit = slackLimits.sectionText,
): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let current = "";
  for (const line of lines) {
    const fitted = line.length > limit ? truncate(line, limit) : line;
    if (current && current.length + 1 + fitted.length > limit) {
      sections.push(section(current));
      current = fitted;
    } else {
      current = current ? `${current}\n${fitted}` : fitted;
    }
  }
  if (current) sections.push(section(current));
  return sections;
}

export function section(text: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function context(parts: readonly string[]): ContextBlock {
  return {
    type: "context",
    elements: parts.slice(0, slackLimits.contextElements).map((text) => ({ type: "mrkdwn", text })),
  };
}

/** Every text string of a message's blocks (mrkdwn with its markup, plain text), in order. */
export function blockTexts(blocks: unknown): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "text" && typeof inner === "string") texts.push(inner);
        else collect(inner);
      }
    }
  };
  collect(blocks);
  return texts;
}

/** Splits blocks into messages of at most 50 blocks; the split falls between blocks, never inside one. */
export function chunkBlocks(blocks: readonly KnownBlock[]): KnownBlock[][] {
  const chunks: KnownBlock[][] = [];
  for (let start = 0; start < blocks.length; start += slackLimits.blocksPerMessage) {
    chunks.push(blocks.slice(start, start + slackLimits.blocksPerMessage));
  }
  return chunks;
}

export const articleDoesNotSay = "The article does not say.";

/** 👍/👎 buttons, the same on a briefing and on an answer, so a vote on either is recorded alike. */
export function feedbackElements(value: string): ActionsBlock["elements"] {
  return [
    {
      type: "button",
      action_id: feedbackActionIds.up,
      text: { type: "plain_text", text: "👍 Useful", emoji: true },
      value,
    },
    {
      type: "button",
      action_id: feedbackActionIds.down,
      text: { type: "plain_text", text: "👎 Not useful", emoji: true },
      value,
    },
  ];
}

/** The thread's sign of work, posted at once and replaced by the answer (chat.update) when it is ready. */
export function renderAnswerPlaceholder(): SlackMessage {
  return {
    text: "Reading the article for your question…",
    blocks: [context(["_Reading the article for your question…_"])],
  };
}

/**
 * How a briefing's thread numbers its citations (slack/slackState.ts keeps it): the briefing's sources, 1..n,
 * then the sentences its answers cited first, in that order.
 */
export interface ThreadNumbering {
  briefingSources: readonly Source[];
  laterIds: readonly string[];
}

/** A suggested question a person clicked, posted in the thread as theirs before its answer. */
export function renderAskedQuestion(userId: string, question: string): SlackMessage {
  const text = `${mentionUser(userId)} asked: ${escapeSlackText(question)}`;
  return { text, blocks: [section(`${mentionUser(userId)} asked: *${escapeSlackText(question)}*`)] };
}

/** What a placeholder says when its answer had to go into a new message. Already-safe mrkdwn. */
export function renderPlaceholderNote(text: string): SlackMessage {
  return { text, blocks: [context([`_${text}_`])] };
}

export interface AnswerRenderOptions {
  /** Feedback buttons: on answers posted in a thread. */
  withFeedback?: boolean;
  /** The thread's numbers; without them the answer numbers its own sources 1..n. */
  numbering?: ThreadNumbering | undefined;
}

/**
 * A thread reply: the cited answer (or "The article does not say"), then each cited sentence the answer does
 * not already quote, the engine, 👍/👎. Each marker links to its sentence, numbered as in the thread.
 */
export function renderAnswerMessages(answer: Answer, options: AnswerRenderOptions = {}): SlackMessage[] {
  const { numbering } = options;
  const markers = numbering
    ? linkedCitationMarkers(answer.article.url, numbering.briefingSources, {
        ids: numbering.laterIds,
        sources: answer.sources,
      })
    : linkedCitationMarkers(answer.article.url, answer.sources);
  const answerLines =
    answer.answer.length > 0
      ? answer.answer.map((part) =>
          lineWithMarkers(
            `${speakerPrefix(part.speaker && escapeSlackText(part.speaker), (text) => `*${text}*`)}${escapeSlackText(part.text)}`,
            markers(part.citations),
            slackLimits.sectionText,
          ),
        )
      : [articleDoesNotSay];
  // A quote the answer already is (the offline engine answers in the article's words) is not shown again.
  const answerTexts = new Set(answer.answer.map((part) => part.text));
  const quoted = answer.sources.filter(
    (source) => ![...answerTexts].some((text) => source.text.includes(text)),
  );
  const blocks: KnownBlock[] = [];
  blocks.push(...packLinesIntoSections(answerLines));
  if (quoted.length > 0)
    blocks.push(
      context(
        quoted.map((source) =>
          truncate(`${markers([source.id])} _${escapeSlackText(source.text)}_`, slackLimits.sectionText),
        ),
      ),
    );
  for (const note of answer.notes ?? []) blocks.push(context([`Note: ${escapeSlackText(note)}`]));
  blocks.push(
    context([
      // The thread's parent names the article; its title again under every answer cost phones a line.
      `From the article only · Engine: ${escapeSlackText(answer.engine)}`,
    ]),
  );
  if (options.withFeedback)
    blocks.push({
      type: "actions",
      block_id: "answer_feedback",
      elements: feedbackElements(`${answer.article.slug}:${answer.article.hash}`),
    });
  const text = truncate(
    answer.answer.map((part) => escapeSlackText(part.text)).join(" ") || articleDoesNotSay,
    slackLimits.fallbackText,
  );
  return chunkBlocks(blocks).map((chunk) => ({ text, blocks: chunk }));
}
