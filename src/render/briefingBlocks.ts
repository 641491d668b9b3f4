import type { ActionsBlock, KnownBlock, ModalView } from "@slack/types";
import { channelPointsPerList } from "../attribution/sentencePlacement";
import type { Briefing, BriefingDraft } from "../domain/briefing";
import { neutraliseBidiControls } from "../domain/errors";
import {
  blockTexts,
  context,
  escapeSlackText,
  feedbackElements,
  linkedCitationMarkers,
  linkTo,
  mentionUser,
  packLinesIntoSections,
  type SlackMessage,
  section,
  slackLimits,
  truncate,
} from "./blocks";
import {
  type ActorDigest,
  type BottomLine,
  bottomLineParts,
  claimantOpensText,
  digestBriefing,
  type ShownPoint,
  unsourcedLabel,
} from "./briefingDigest";
import type { CitationMarkers } from "./citationMarkers";
import { maxSuggestedQuestions, suggestQuestions } from "./suggestedQuestions";

/**
 * The briefing in Slack: a channel message an analyst reads in two minutes (title, one bottom line per actor,
 * then what each says and what others say about it, each sentence once, every marker a link to its sentence in
 * the article), and behind its "Sources and more" button a modal with the points left out and every quoted
 * source. The thread stays for questions.
 */

/** The channel message's budget: what fits one desktop screen (see docs/briefing-layout.md). */
export const channelMessageCharacterBudget = 2_500;

/**
 * Characters as read above the suggested questions past which only two are offered: three wrap into two rows
 * on a desktop, which took the longest fixtures' messages past one screen (docs/briefing-layout.md).
 */
const threeQuestionsCharacterLimit = 1_600;

export interface BriefingRenderOptions {
  /** The Slack user who asked; others do not see the slash command, so the briefing says who asked. */
  requestedBy?: string | undefined;
  /** Extra line on top, e.g. why the briefing is delivered privately. Already-safe mrkdwn. */
  preface?: string | undefined;
  /** Feedback buttons only make sense on a message the bot posted to the channel. */
  withFeedback?: boolean;
}

const linkedMarkers = (briefing: Briefing): CitationMarkers =>
  linkedCitationMarkers(briefing.article.url, briefing.sources);

const withMarkers = (text: string, markers: string) => (markers ? `${text} ${markers}` : text);

function bottomLineText(bottomLine: BottomLine, markers: CitationMarkers): string {
  const { status, text, citations } = bottomLineParts(bottomLine);
  const words = [status && `_${status}_`, text && escapeSlackText(text)].filter(Boolean).join(" ");
  return withMarkers(words, markers(citations));
}

/** "Western nations have accused …" names its claimant in place; other claims get it in front. */
function claimText(point: ShownPoint): string {
  const text = escapeSlackText(point.text);
  if (point.claimant === undefined) return `_${unsourcedLabel}:_ ${text}`;
  const claimant = escapeSlackText(point.claimant);
  if (claimantOpensText(point)) return `*${text.slice(0, claimant.length)}*${text.slice(claimant.length)}`;
  return `*${claimant}:* ${text}`;
}

function pointLine(point: ShownPoint, markers: CitationMarkers, kind: "says" | "othersSay"): string {
  const text = kind === "says" ? escapeSlackText(point.text) : claimText(point);
  const joint =
    point.alsoSaidBy.length > 0 ? ` _(with ${escapeSlackText(point.alsoSaidBy.join(", "))})_` : "";
  return `• ${withMarkers(`${text}${joint}`, markers(point.citations))}`;
}

/** "*China* says" and "Others on China" with their bullets; nothing for an actor with no lines to show. */
function actorLines(
  digest: Pick<ActorDigest, "actor" | "says" | "othersSay">,
  markers: CitationMarkers,
): string[] {
  const actor = escapeSlackText(digest.actor);
  const lines: string[] = [];
  if (digest.says.length > 0)
    lines.push(`*${actor}* says`, ...digest.says.map((point) => pointLine(point, markers, "says")));
  if (digest.othersSay.length > 0)
    lines.push(
      `*Others on ${actor}*`,
      ...digest.othersSay.map((point) => pointLine(point, markers, "othersSay")),
    );
  return lines;
}

/**
 * What the "Sources and more" button carries, as JSON (the Slack edge reads it back with BriefingRefSchema):
 * enough to rebuild the same briefing when it is clicked.
 */
export interface BriefingRef {
  slug: string;
  hash: string;
  actors: string[];
  /** How many points per list the channel message showed, so the modal holds exactly the rest. */
  perList: number;
}

export const sourcesActionId = "briefing_sources";

/** Each suggested question's button is `briefing_question:<i>` (action ids are unique within a block). */
export const suggestedQuestionActionPrefix = "briefing_question";

/** What a suggested question's button carries, as JSON: the question to ask in the briefing's thread. */
export interface SuggestedQuestionValue {
  question: string;
}

/** The suggested questions as one row of buttons: a click asks it in the thread. */
function suggestedQuestionButtons(briefing: Briefing, count: number): ActionsBlock | undefined {
  const questions = suggestQuestions(briefing).slice(0, count);
  if (questions.length === 0) return undefined;
  return {
    type: "actions",
    block_id: "briefing_questions",
    elements: questions.map((question, index) => ({
      type: "button" as const,
      action_id: `${suggestedQuestionActionPrefix}:${index}`,
      // Plain text is shown as is: the question's article words lose only their bidi controls.
      text: { type: "plain_text" as const, text: neutraliseBidiControls(question.text) },
      value: JSON.stringify({ question: question.text } satisfies SuggestedQuestionValue),
    })),
  };
}

/**
 * "Sources and more" (always: the quotes live there), named by what it holds so the footer need not say it
 * again, then 👍/👎 on a message posted to the channel.
 */
function briefingButtons(
  briefing: Briefing,
  withFeedback: boolean,
  perList: number,
  moreCount: number,
): ActionsBlock {
  const ref: BriefingRef = {
    slug: briefing.article.slug,
    hash: briefing.article.hash,
    actors: briefing.actors,
    perList,
  };
  return {
    type: "actions",
    block_id: "briefing_actions",
    elements: [
      {
        type: "button",
        action_id: sourcesActionId,
        text: { type: "plain_text", text: sourcesButtonLabel(moreCount), emoji: true },
        value: JSON.stringify(ref),
      },
      ...(withFeedback ? feedbackElements(`${briefing.article.slug}:${briefing.article.hash}`) : []),
    ],
  };
}

function fallbackText(briefing: Briefing, digests: readonly ActorDigest[], requestedBy?: string): string {
  const lines = [`Briefing: ${escapeSlackText(briefing.article.title)}`];
  if (requestedBy) lines.push(`Requested by ${mentionUser(requestedBy)}`);
  for (const digest of digests) {
    const line = bottomLineText(digest.bottomLine, () => "").replaceAll("_", "");
    lines.push(`${escapeSlackText(digest.actor)}: ${line}`);
  }
  return truncate(lines.join("\n"), slackLimits.fallbackText);
}

/** The button that opens "Sources and more", saying what it holds: the quoted sources, and the points left out. */
function sourcesButtonLabel(moreCount: number): string {
  return moreCount > 0 ? `📄 Sources and ${moreCount} more point${moreCount === 1 ? "" : "s"}` : "📄 Sources";
}

/** Marks a pending actor's bottom line in a draft: the article's own words, not yet the model's reading. */
export const quotedWhileReadingMark = "⏳";

/** What a draft says on top: the model is still reading, and what the marked lines are meanwhile. */
export function draftNotice(draft: BriefingDraft): string {
  const ready = draft.briefing.actors.length - draft.pending.length;
  const reading =
    ready === 0
      ? "Quoting the article while the model reads it…"
      : `The model has read ${ready} of ${draft.briefing.actors.length} actors; quoting the article for the rest…`;
  return `${quotedWhileReadingMark} _${reading}_ Lines marked ${quotedWhileReadingMark} are the article's own sentences, not yet the model's briefing.`;
}

const askInThread = "Reply in this thread to ask about the article";

function channelBlocks(
  briefing: Briefing,
  options: BriefingRenderOptions,
  pointsPerList: number,
  draft?: BriefingDraft,
): { blocks: KnownBlock[]; digests: ActorDigest[] } {
  const markers = linkedMarkers(briefing);
  const digest = digestBriefing(briefing, pointsPerList);
  const pending = new Set(draft?.pending);
  const blocks: KnownBlock[] = [];
  if (options.preface) blocks.push(section(options.preface));
  blocks.push({
    type: "header",
    text: {
      type: "plain_text",
      text: truncate(escapeSlackText(briefing.article.title), slackLimits.headerText),
    },
  });
  const articleLink = linkTo(briefing.article.url, "Source article");
  blocks.push(
    context(
      [
        options.requestedBy ? `Requested by ${mentionUser(options.requestedBy)}` : undefined,
        articleLink ?? "No link to this article is stored",
      ].filter((part): part is string => part !== undefined),
    ),
  );
  if (draft) blocks.push(context([draftNotice(draft)]));
  blocks.push(
    section(
      digest.actors
        .map((actor) => {
          const mark = pending.has(actor.actor) ? `${quotedWhileReadingMark} ` : "";
          return `*${escapeSlackText(actor.actor)}* — ${mark}${bottomLineText(actor.bottomLine, markers)}`;
        })
        .join("\n"),
    ),
  );
  // A draft lists what only the actors the model has read say: the rest is behind their bottom line.
  const details = digest.actors
    .filter((actor) => !pending.has(actor.actor))
    .map((actor) => actorLines(actor, markers))
    .filter((lines) => lines.length);
  if (details.length > 0) blocks.push({ type: "divider" });
  for (const lines of details) blocks.push(...packLinesIntoSections(lines));
  // A draft has no footer and no buttons: its sources and feedback are the finished briefing's.
  if (draft) return { blocks, digests: digest.actors };
  const notes = (briefing.notes ?? []).map((note) => `Note: ${escapeSlackText(note)}`);
  if (notes.length > 0) blocks.push(context(notes));
  // Asked in the channel's thread: a message delivered privately has none to ask in. A long message gets two,
  // which sit in one row on a desktop and keep it within a screen.
  const questions =
    options.withFeedback !== false
      ? suggestedQuestionButtons(
          briefing,
          visibleCharacters(blocks) > threeQuestionsCharacterLimit ? 2 : maxSuggestedQuestions,
        )
      : undefined;
  if (questions) blocks.push(questions);
  blocks.push(
    context([
      [
        questions ? `${askInThread}, or tap a question` : askInThread,
        `Engine: ${escapeSlackText(briefing.engine)}${briefing.cached ? " (cached)" : ""}`,
      ]
        .filter(Boolean)
        .join(" · "),
    ]),
  );
  blocks.push(briefingButtons(briefing, options.withFeedback !== false, pointsPerList, digest.moreCount));
  return { blocks, digests: digest.actors };
}

/** The characters a reader reads in a message: its blocks' text, with each link counted by its label only. */
export function visibleCharacters(blocks: readonly KnownBlock[]): number {
  return blockTexts(blocks)
    .join("")
    .replace(/<[^<>|]*\|([^<>]*)>/g, "$1").length;
}

/**
 * The briefing as Slack messages to post: one message (postMessages threads any further parts), within its
 * budget: three lines per list, fewer if a long article or many actors need it, down to the bottom lines
 * alone; what is left out is behind "Sources and more".
 */
export function renderBriefingMessages(
  briefing: Briefing,
  options: BriefingRenderOptions = {},
  draft?: BriefingDraft,
): SlackMessage[] {
  let channel = channelBlocks(briefing, options, channelPointsPerList, draft);
  for (let perList = channelPointsPerList - 1; perList >= 0; perList -= 1) {
    if (visibleCharacters(channel.blocks) <= channelMessageCharacterBudget) break;
    channel = channelBlocks(briefing, options, perList, draft);
  }
  return [{ text: fallbackText(briefing, channel.digests, options.requestedBy), blocks: channel.blocks }];
}

/**
 * A briefing still being made, as the message that stands in for it: the title, the notice that the model
 * is reading, every actor's bottom line (marked where it is still the offline reading's quote), and what the
 * actors the model has read say. The finished briefing replaces it in place.
 */
export function renderBriefingDraftMessages(
  draft: BriefingDraft,
  options: Pick<BriefingRenderOptions, "requestedBy"> = {},
): SlackMessage[] {
  return renderBriefingMessages(draft.briefing, options, draft);
}

/** A modal holds at most 100 blocks; its title and close button at most 24 characters. */
const modalBlockLimit = 100;

function modal(blocks: KnownBlock[]): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Sources and more" },
    close: { type: "plain_text", text: "Close" },
    blocks: blocks.slice(0, modalBlockLimit),
  };
}

/** Shown at once on a click, while the briefing is rebuilt (a modal must open within 3 s of it). */
export function loadingSourcesView(): ModalView {
  return modal([section("Gathering the sources…")]);
}

/** A modal with one plain line, e.g. that the article is gone. Already-safe mrkdwn. */
export function sourcesNoticeView(text: string): ModalView {
  return modal([section(text)]);
}

/**
 * Behind "Sources and more": the points the channel message left out (the same digest, so nothing shown there
 * is repeated), then every cited sentence quoted in full, numbered as in the message and linked to the article.
 */
export function renderBriefingSourcesView(briefing: Briefing, ref: Pick<BriefingRef, "perList">): ModalView {
  const markers = linkedMarkers(briefing);
  const { actors: digests } = digestBriefing(briefing, ref.perList);
  const blocks: KnownBlock[] = [
    context([
      [
        `*${escapeSlackText(briefing.article.title)}*`,
        linkTo(briefing.article.url, "Source article") ?? "No link to this article is stored",
      ].join(" · "),
    ]),
  ];
  const more = digests
    .map((digest) => actorLines({ actor: digest.actor, ...digest.more }, markers))
    .filter((lines) => lines.length > 0);
  if (more.length > 0) {
    blocks.push(section("*More points*"));
    for (const lines of more) blocks.push(...packLinesIntoSections(lines));
  }
  if (briefing.sources.length > 0) {
    if (more.length > 0) blocks.push({ type: "divider" });
    const sourceLines = briefing.sources.map(
      (source) => `${markers([source.id])} _${escapeSlackText(source.text)}_`,
    );
    blocks.push(...packLinesIntoSections(["*Sources*", ...sourceLines]));
  }
  return modal(blocks);
}
