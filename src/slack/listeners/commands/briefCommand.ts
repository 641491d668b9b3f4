import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import {
  type ArticleChoice,
  actorChoiceBlocks,
  articleChoiceBlocks,
  articleListBlocks,
} from "../../../render/commandBlocks";
import { withPasteButton } from "../../../render/pasteArticleForm";
import type { ArticleSummary } from "../../../store/articleRows";
import { articleFromLink } from "../../articleIntake";
import { actorsToOffer, type BriefCommandPlan, planBriefCommand } from "../../briefCommandPlan";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { openPasteForm } from "../../openPasteForm";
import { type SlashCommand, SlashCommandSchema } from "../../payloads";
import { briefAndPost } from "../../postBriefing";

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
  dependencies: ListenerDependencies,
): Promise<RespondArguments> {
  const { services } = dependencies;
  const summaries = async (slugs?: readonly string[]) => {
    const all = await services.store.list();
    return slugs ? slugs.flatMap((slug) => all.find((article) => article.slug === slug) ?? []) : all;
  };
  const privately = (text: string, blocks?: KnownBlock[]): RespondArguments => ({
    response_type: "ephemeral",
    text,
    ...(blocks && { blocks }),
  });
  switch (plan.kind) {
    case "help":
      return { response_type: "ephemeral", ...withPasteButton({ text: slackMessages.usage }) };
    case "bad":
      return privately(slackMessages.tooManyArguments);
    case "too_many_actors":
      return privately(slackMessages.tooManyActors);
    case "list": {
      const articles = newestFirst(await summaries()).map(choiceOf);
      if (articles.length === 0) return privately(slackMessages.noArticles);
      return privately(
        slackMessages.listHeading(articles.length),
        articleListBlocks(slackMessages.listHeading(articles.length), articles, slackMessages.listMore),
      );
    }
    case "unknown_article": {
      const text = slackMessages.unknownArticle(plan.words, plan.nearMisses.length > 0);
      const nearMisses = (await summaries(plan.nearMisses)).map(choiceOf);
      return privately(
        text,
        articleChoiceBlocks(text, nearMisses, { actors: plan.actors, footer: slackMessages.tryList }),
      );
    }
    case "several_articles": {
      const text = slackMessages.severalArticles(plan.words);
      const matches = (await summaries(plan.slugs)).map(choiceOf);
      return privately(text, articleChoiceBlocks(text, matches, { actors: plan.actors }));
    }
    case "unknown_actors": {
      const text = slackMessages.unknownActors(plan.unknown, plan.slug);
      const offer = await actorsToOffer(services, plan.slug);
      return privately(
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
 * `/brief <article> [actors] | list | help`. Decides first what the command means (planBriefCommand: a quick
 * look-up, no briefing work), so the ack says "Preparing …" only for a briefing that will be made; then builds
 * and posts it, or answers privately with what the person may have meant. Nothing typed is posted publicly.
 */
export function briefCommand(dependencies: ListenerDependencies) {
  return async ({ ack, body, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = SlashCommandSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      dependencies.logger.warn("slack.command_unreadable", { issues: parsed.error.issues.length });
      return;
    }
    const command: SlashCommand = parsed.data;
    const logger = dependencies.logger.child({
      command: "/brief",
      user: command.user_id,
      channel: command.channel_id,
    });
    let plan: BriefCommandPlan;
    try {
      plan = await planBriefCommand(command.text, dependencies.services);
    } catch (error) {
      logger.error("slack.command_failed", { error });
      await ack({ response_type: "ephemeral", text: slackMessages.failure(error) });
      return;
    }
    if (plan.kind === "brief")
      await ack({ response_type: "ephemeral", text: slackMessages.preparing(plan.slug) });
    else if (plan.kind === "link")
      await ack({ response_type: "ephemeral", text: slackMessages.fetching(plan.url) });
    else await ack();
    // The form must open within the trigger's 3 seconds: at once, not behind other background work.
    if (plan.kind === "paste") {
      const opening = {
        triggerId: command.trigger_id ?? "",
        userId: command.user_id,
        channelId: command.channel_id,
      };
      await openPasteForm(opening, { ...dependencies, logger }, respond);
      return;
    }
    await dependencies.background.run("brief_command", async () => {
      try {
        if (plan.kind === "brief") {
          const request = {
            slug: plan.slug,
            actors: plan.actors,
            channelId: command.channel_id,
            userId: command.user_id,
          };
          await briefAndPost(request, { ...dependencies, logger }, respond);
        } else if (plan.kind === "link") {
          const from = { userId: command.user_id, channelId: command.channel_id };
          const slug = await articleFromLink(plan.url, from, { ...dependencies, logger }, respond);
          if (slug)
            await briefAndPost({ slug, actors: plan.actors, ...from }, { ...dependencies, logger }, respond);
        } else {
          logger.info("slack.command_answered_privately", { plan: plan.kind });
          await respond(await privateAnswer(plan, dependencies));
        }
      } catch (error) {
        logger.error("slack.command_failed", { error });
        await respond({ response_type: "ephemeral", text: slackMessages.failure(error) }).catch(
          (respondError: unknown) => logger.error("slack.respond_failed", { error: respondError }),
        );
      }
    });
  };
}
