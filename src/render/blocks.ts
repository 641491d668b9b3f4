import type { ActionsBlock, ContextBlock, KnownBlock, SectionBlock } from "@slack/types";
import type { Answer } from "../domain/answer";
import type { ActorPosition, Briefing, Source } from "../domain/briefing";
import { type CitationMarkers, citationMarkerWriter, summaryWithMarkers } from "./citationMarkers";

/**
 * Pure Block Kit builders for briefings and answers: plain data the Slack edge posts, typed with @slack/types
 * (types only; nothing from a Slack SDK runs here).
 * Every piece of text from users, articles or the model goes through escapeSlackText, so `<!channel>`,
 * `<@U…>` or `<https://x|label>` inside it is shown as text and never becomes a mention or a disguised link.
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

/** The three characters Slack's mrkdwn treats as control characters, as entities. */
export function escapeSlackText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
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

function truncate(text: string, limit: number): string {
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

function section(text: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(parts: readonly string[]): ContextBlock {
  return {
    type: "context",
    elements: parts.slice(0, slackLimits.contextElements).map((text) => ({ type: "mrkdwn", text })),
  };
}

function sourceLines(sources: readonly Source[]): string[] {
  return sources.map((source, index) =>
    lineWithMarkers(
      `[${index + 1}] _“${escapeSlackText(source.text)}”_`,
      `(${source.id})`,
      slackLimits.sectionText,
    ),
  );
}

const statusLabel: Record<ActorPosition["status"], string> = {
  stated: "stated position",
  attributed_only: "only what others say about it",
  none: "no stated position in this article",
  not_mentioned: "not mentioned in this article",
};

function positionLines(position: ActorPosition, markers: CitationMarkers): string[] {
  const lines = [`*${escapeSlackText(position.actor)}* — ${statusLabel[position.status]}`];
  // Escaping leaves "[S12]" alone, so the summary's citations still become the sources' numbers.
  if (position.summary) lines.push(summaryWithMarkers(escapeSlackText(position.summary), markers));
  for (const point of position.points) {
    const prefix = point.kind === "attributed" ? "_claimed by others:_ " : "";
    lines.push(
      lineWithMarkers(
        `• ${prefix}${escapeSlackText(point.text)}`,
        markers(point.citations),
        slackLimits.sectionText,
      ),
    );
  }
  return lines;
}

function feedbackButtons(briefing: Briefing): ActionsBlock {
  const value = `${briefing.article.slug}:${briefing.article.hash}`;
  return {
    type: "actions",
    block_id: "briefing_feedback",
    elements: [
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
    ],
  };
}

/** Splits blocks into messages of at most 50 blocks; the split falls between blocks, never inside one. */
function chunkBlocks(blocks: readonly KnownBlock[]): KnownBlock[][] {
  const chunks: KnownBlock[][] = [];
  for (let start = 0; start < blocks.length; start += slackLimits.blocksPerMessage) {
    chunks.push(blocks.slice(start, start + slackLimits.blocksPerMessage));
  }
  return chunks;
}

function briefingFallbackText(briefing: Briefing, requestedBy: string | undefined): string {
  const lines = [`Briefing: ${escapeSlackText(briefing.article.title)}`];
  if (requestedBy) lines.push(`Requested by ${mentionUser(requestedBy)}`);
  for (const position of briefing.positions) {
    const points = position.points.map((point) => escapeSlackText(point.text)).join(" ");
    lines.push(`${escapeSlackText(position.actor)}: ${points || statusLabel[position.status]}`);
  }
  return truncate(lines.join("\n"), slackLimits.fallbackText);
}

export interface BriefingRenderOptions {
  /** The Slack user who asked; others do not see the slash command, so the briefing says who asked. */
  requestedBy?: string | undefined;
  /** Extra line on top, e.g. why the briefing is delivered privately. Already-safe mrkdwn. */
  preface?: string | undefined;
  /** Feedback buttons only make sense on a message the bot posted to the channel. */
  withFeedback?: boolean;
}

/**
 * The briefing as one or more messages (more only past 50 blocks; later ones go into the thread).
 * Header with title, who asked and the source link; a section per actor; quoted sources; engine and the
 * "reply in this thread" hint; feedback buttons.
 */
export function renderBriefingMessages(
  briefing: Briefing,
  options: BriefingRenderOptions = {},
): SlackMessage[] {
  const markers = citationMarkerWriter(briefing.sources);
  const blocks: KnownBlock[] = [];
  if (options.preface) blocks.push(section(options.preface));
  blocks.push({
    type: "header",
    text: {
      type: "plain_text",
      text: truncate(escapeSlackText(briefing.article.title), slackLimits.headerText),
    },
  });
  const headerContext = [
    options.requestedBy ? `Requested by ${mentionUser(options.requestedBy)}` : undefined,
    linkTo(briefing.article.url, "Source article"),
  ].filter((part): part is string => part !== undefined);
  if (headerContext.length > 0) blocks.push(context(headerContext));
  for (const position of briefing.positions) {
    blocks.push(...packLinesIntoSections(positionLines(position, markers)));
  }
  if (briefing.sources.length > 0) {
    blocks.push({ type: "divider" });
    blocks.push(...packLinesIntoSections(["*Sources*", ...sourceLines(briefing.sources)]));
  }
  const notes = (briefing.notes ?? []).map((note) => `Note: ${escapeSlackText(note)}`);
  if (notes.length > 0) blocks.push(context(notes));
  blocks.push(
    context([
      `Engine: ${escapeSlackText(briefing.engine)}${briefing.cached ? " (cached)" : ""} · Reply in this thread to ask about the article`,
    ]),
  );
  if (options.withFeedback !== false) blocks.push(feedbackButtons(briefing));
  const fallback = briefingFallbackText(briefing, options.requestedBy);
  return chunkBlocks(blocks).map((chunk, index) => ({
    text: index === 0 ? fallback : `${fallback.split("\n")[0]} (continued)`,
    blocks: chunk,
  }));
}

export const articleDoesNotSay = "The article does not say.";

/** A thread reply: the cited answer (or "The article does not say"), the quoted sources, the engine. */
export function renderAnswerMessages(answer: Answer): SlackMessage[] {
  const markers = citationMarkerWriter(answer.sources);
  const answerLines =
    answer.answer.length > 0
      ? answer.answer.map((part) =>
          lineWithMarkers(escapeSlackText(part.text), markers(part.citations), slackLimits.sectionText),
        )
      : [articleDoesNotSay];
  const blocks: KnownBlock[] = [...packLinesIntoSections(answerLines)];
  if (answer.sources.length > 0) blocks.push(...packLinesIntoSections(sourceLines(answer.sources)));
  for (const note of answer.notes ?? []) blocks.push(context([`Note: ${escapeSlackText(note)}`]));
  blocks.push(
    context([
      `Answered from “${escapeSlackText(answer.article.title)}” only · Engine: ${escapeSlackText(answer.engine)}`,
    ]),
  );
  const text = truncate(
    answer.answer.map((part) => escapeSlackText(part.text)).join(" ") || articleDoesNotSay,
    slackLimits.fallbackText,
  );
  return chunkBlocks(blocks).map((chunk) => ({ text, blocks: chunk }));
}
