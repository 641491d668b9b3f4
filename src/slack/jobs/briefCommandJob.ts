import type { KnownBlock } from "@slack/types";
import { z } from "zod";
import {
  type ArticleChoice,
  actorChoiceBlocks,
  articleChoiceBlocks,
  articleListBlocks,
} from "../../render/commandBlocks";
import { withPasteButton } from "../../render/pasteArticleForm";
import type { ArticleSummary } from "../../store/articleRows";
import { actorsToOffer, type BriefCommandPlan, planBriefCommand } from "../briefCommandPlan";
import { slackMessages } from "../messages";
import { articleFromLink, openPasteForm } from "./articleIntake";
import {
  briefAndPost,
  briefingProgressOf,
  respondPrivately,
  sayBriefingFailed,
  sayOnce,
} from "./postBriefing";
import type { SlackJobContext, SlackJobKind } from "./slackJobContext";

/** What the `/brief` ack records: the command as typed, who, where, where to answer, the form's trigger. */
export const BriefCommandPayloadSchema = z.object({
  text: z.string(),
  userId: z.string(),
  channelId: z.string(),
  responseUrl: z.string().optional(),
  /** Good for 3 seconds: opens the paste form (`/brief paste`). */
  triggerId: z.string(),
});
export type BriefCommandPayload = z.infer<typeof BriefCommandPayloadSchema>;

const choiceOf = (article: ArticleSummary): ArticleChoice => ({
  slug: article.slug,
  title: article.title,
  dated: article.date ?? slackMessages.storedOn(article.storedOn),
});

/** Newest first: by the article's own date, else the day it was stored. */
const newestFirst = (articles: readonly ArticleSummary[]) =>
  [...articles].sort((left, right) =>
    (right.date ?? right.storedOn).localeCompare(left.date ?? left.storedOn),
  );

/** The private answer for everything but a briefing: help, the list, or what the person may have meant. */
async function privateAnswer(
  plan: Exclude<BriefCommandPlan, { kind: "brief" | "link" | "paste" }>,
  context: SlackJobContext,
): Promise<{ text: string; blocks?: readonly unknown[] }> {
  const { services } = context;
  const summaries = async (slugs?: readonly string[]) => {
    const all = await services.store.list();
    return slugs ? slugs.flatMap((slug) => all.find((article) => article.slug === slug) ?? []) : all;
  };
  const withBlocks = (text: string, blocks: KnownBlock[]) => ({ text, blocks });
  switch (plan.kind) {
    case "help":
      return withPasteButton({ text: slackMessages.usage });
    case "bad":
      return { text: slackMessages.tooManyArguments };
    case "too_many_actors":
      return { text: slackMessages.tooManyActors };
    case "list": {
      const articles = newestFirst(await summaries()).map(choiceOf);
      if (articles.length === 0) return { text: slackMessages.noArticles };
      const text = slackMessages.listHeading(articles.length);
      return withBlocks(text, articleListBlocks(text, articles, slackMessages.listMore));
    }
    case "unknown_article": {
      const text = slackMessages.unknownArticle(plan.words, plan.nearMisses.length > 0);
      const nearMisses = (await summaries(plan.nearMisses)).map(choiceOf);
      return withBlocks(
        text,
        articleChoiceBlocks(text, nearMisses, { actors: plan.actors, footer: slackMessages.tryList }),
      );
    }
    case "several_articles": {
      const text = slackMessages.severalArticles(plan.words);
      const matches = (await summaries(plan.slugs)).map(choiceOf);
      return withBlocks(text, articleChoiceBlocks(text, matches, { actors: plan.actors }));
    }
    case "unknown_actors": {
      const text = slackMessages.unknownActors(plan.unknown, plan.slug);
      const offer = await actorsToOffer(services, plan.slug);
      return withBlocks(
        text,
        actorChoiceBlocks(text, plan.slug, [
          { heading: slackMessages.actorsNamedHere, actors: offer.mentioned },
          { heading: slackMessages.otherKnownActors, actors: offer.others },
        ]),
      );
    }
  }
}

/**
 * `/brief <article> [actors] | <link> [actors] | paste | list | help`, run by a job worker right after the ack:
 * decides what the command means (planBriefCommand: a quick look-up), says "Preparing …" (or "Fetching …" for a
 * link) only for a briefing that will be made, then builds and posts it; `paste` opens the form; anything else
 * is answered privately with what the person may have meant. Nothing typed is posted publicly. A resumed job
 * says nothing twice, fetches a link once, and reuses the briefing it built.
 */
export const briefCommandJob: SlackJobKind<BriefCommandPayload> = {
  kind: "slack.brief_command",
  payload: BriefCommandPayloadSchema,
  async run(payload, execution, context) {
    const plan = await planBriefCommand(payload.text, context.services);
    if (plan.kind === "paste") return openPasteForm(payload, execution, context);
    if (plan.kind !== "brief" && plan.kind !== "link") {
      execution.logger.info("slack.command_answered_privately", { plan: plan.kind });
      await respondPrivately(payload, context, await privateAnswer(plan, context));
      return { outcome: plan.kind };
    }
    const progress = briefingProgressOf(execution);
    let slug = plan.kind === "brief" ? plan.slug : progress.linkedSlug;
    if (plan.kind === "link" && !slug) {
      slug = await articleFromLink(plan.url, payload, execution, context, () =>
        sayOnce("fetching", payload, execution, context, progress, {
          text: slackMessages.fetching(plan.url),
        }),
      );
      if (!slug) return { outcome: "link_refused" };
      progress.linkedSlug = slug;
      await execution.saveProgress(progress);
    }
    if (!slug) return { outcome: "no_article" };
    if (plan.kind === "brief")
      await sayOnce("preparing", payload, execution, context, progress, {
        text: slackMessages.preparing(slug),
      });
    return briefAndPost({ ...payload, slug, actors: plan.actors }, execution, context, progress);
  },
  giveUp: (payload, execution, context, reason) => sayBriefingFailed(payload, execution, context, reason),
};
