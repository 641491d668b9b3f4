import type { ActionsBlock, Button, KnownBlock, SectionBlock } from "@slack/types";
import { context, escapeSlackText, section, slackLimits, truncate } from "./blocks";

/**
 * Block Kit for `/brief`'s private answers: which article or actors a person may have meant, as buttons that
 * brief it, and the list of stored articles. Every piece of text typed by the person is escaped here; the
 * sentences around it are written by the Slack edge (slack/messages.ts) and are already safe mrkdwn.
 */

/** Every "Brief …" button: its action id starts with this, then its place, as ids are unique per block. */
export const briefButtonActionPrefix = "brief_article";

/** What a "Brief …" button carries, as JSON: the article and, when chosen, the actors. */
export interface BriefButtonValue {
  slug: string;
  actors?: string[] | undefined;
}

/** An article as these builders show it. */
export interface ArticleChoice {
  slug: string;
  title: string;
  /** Shown beside it: the article's date, or when it was stored. */
  dated?: string | undefined;
}

/** Slack's limits for these blocks. */
const buttonTextLimit = 75;
const buttonsPerActionsBlock = 25;

function briefButton(label: string, value: BriefButtonValue, place: number): Button {
  return {
    type: "button",
    action_id: `${briefButtonActionPrefix}:${place}`,
    text: { type: "plain_text", text: truncate(label, buttonTextLimit), emoji: false },
    value: JSON.stringify(value),
  };
}

function articleLine(article: ArticleChoice): string {
  const dated = article.dated ? ` · ${escapeSlackText(article.dated)}` : "";
  return `*${escapeSlackText(article.title)}*\n\`${escapeSlackText(article.slug)}\`${dated}`;
}

/** One section per article, its "Brief" button beside it. */
function articleSections(articles: readonly ArticleChoice[], actors?: string[]): SectionBlock[] {
  return articles.map((article, place) => ({
    ...section(truncate(articleLine(article), slackLimits.sectionText)),
    accessory: briefButton("Brief", { slug: article.slug, ...(actors && { actors }) }, place),
  }));
}

/**
 * Articles a person may have meant (near misses of a slug, or several matching the words typed): the intro,
 * then each with a "Brief" button; `actors` typed with it travel along.
 */
export function articleChoiceBlocks(
  intro: string,
  articles: readonly ArticleChoice[],
  options: { actors?: string[] | undefined; footer?: string } = {},
): KnownBlock[] {
  return [
    section(intro),
    ...articleSections(articles, options.actors),
    ...(options.footer ? [context([options.footer])] : []),
  ];
}

/** Actor buttons that brief `slug` on one of them, in groups (mentioned in the article, other known actors). */
export function actorChoiceBlocks(
  intro: string,
  slug: string,
  groups: ReadonlyArray<{ heading: string; actors: readonly string[] }>,
): KnownBlock[] {
  const blocks: KnownBlock[] = [section(intro)];
  let place = 0;
  for (const group of groups.filter((candidate) => candidate.actors.length > 0)) {
    blocks.push(context([group.heading]));
    const actions: ActionsBlock = {
      type: "actions",
      elements: group.actors.slice(0, buttonsPerActionsBlock).map((actor) => {
        place += 1;
        return briefButton(`Brief ${actor}`, { slug, actors: [actor] }, place);
      }),
    };
    blocks.push(actions);
  }
  return blocks;
}

/** A list holds at most this many articles; the rest are found by words (`/brief <words>`). */
const listedArticleLimit = 40;

/** `/brief list`: the stored articles, newest first, each with its date and a "Brief" button. */
export function articleListBlocks(
  heading: string,
  articles: readonly ArticleChoice[],
  moreLine: (count: number) => string,
): KnownBlock[] {
  const shown = articles.slice(0, listedArticleLimit);
  const more = articles.length - shown.length;
  return [section(heading), ...articleSections(shown), ...(more > 0 ? [context([moreLine(more)])] : [])];
}
