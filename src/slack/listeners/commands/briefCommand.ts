import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Briefing } from "../../../domain/briefing";
import { isBriefError } from "../../../domain/errors";
import { renderBriefingMessages } from "../../../render/briefingBlocks";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import {
  type BriefingMetadata,
  briefingMetadataEventType,
  type SlashCommand,
  SlashCommandSchema,
} from "../../payloads";
import { postMessages } from "../../postMessages";
import { rateLimitRetryAfter, slackPlatformError } from "../../slackWebApi";

type BriefRequest =
  | { kind: "help" }
  | { kind: "list" }
  | { kind: "brief"; slug: string; actors: string[] | undefined }
  | { kind: "bad" };

/**
 * `/brief`, `/brief help`, `/brief list`, `/brief <article>` or `/brief <article> <actors>`, where actors are
 * separated by commas ("China, European Union") or, without commas, by spaces ("China EU").
 */
export function parseBriefCommandText(text: string): BriefRequest {
  const trimmed = text.trim();
  const [first, ...rest] = trimmed.split(/\s+/).filter(Boolean);
  if (first === undefined) return { kind: "help" };
  const word = first.toLowerCase();
  if (rest.length === 0 && word === "help") return { kind: "help" };
  if (rest.length === 0 && word === "list") return { kind: "list" };
  if (rest.length === 0) return { kind: "brief", slug: word, actors: undefined };
  if (word === "help" || word === "list") return { kind: "bad" };
  const actorText = trimmed.slice(first.length).trim();
  const actors = (actorText.includes(",") ? actorText.split(",") : actorText.split(/\s+/))
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return { kind: "brief", slug: word, actors };
}

/** Slack refuses to post here, but the person who asked can still get the briefing privately. */
const cannotPostErrors = new Set(["not_in_channel", "channel_not_found", "restricted_action", "is_archived"]);

/**
 * `/brief <article> [actors] | list | help`. Acks at once (before any store or model work) with "Preparing …", then
 * builds the briefing and posts it to the channel; what cannot be posted there is delivered privately.
 */
export function briefCommand(dependencies: ListenerDependencies) {
  return async ({ ack, body, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const parsed = SlashCommandSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      dependencies.logger.warn("slack.command_unreadable", { issues: parsed.error.issues.length });
      return;
    }
    const command = parsed.data;
    const request = parseBriefCommandText(command.text);
    if (request.kind === "brief") {
      await ack({ response_type: "ephemeral", text: slackMessages.preparing(request.slug) });
    } else {
      await ack();
    }
    const logger = dependencies.logger.child({
      command: "/brief",
      user: command.user_id,
      channel: command.channel_id,
    });
    await dependencies.background.run("brief_command", async () => {
      try {
        if (request.kind === "brief") {
          await briefAndPost(request, command, { ...dependencies, logger }, respond);
        } else {
          const articles = await dependencies.services.store.list();
          const text =
            request.kind === "list"
              ? slackMessages.list(articles)
              : request.kind === "help"
                ? slackMessages.usage(articles)
                : slackMessages.tooManyArguments;
          await respond({ response_type: "ephemeral", text });
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

async function briefAndPost(
  { slug, actors }: { slug: string; actors: string[] | undefined },
  command: SlashCommand,
  dependencies: ListenerDependencies,
  respond: RespondFn,
): Promise<void> {
  const { logger } = dependencies;
  let briefing: Briefing;
  try {
    briefing = await dependencies.services.briefings.brief(slug, { actors });
  } catch (error) {
    if (isBriefError(error, "unknown_article")) {
      const suggestions = Array.isArray(error.details.suggestions)
        ? error.details.suggestions.map(String)
        : [];
      logger.info("slack.unknown_article", { slug, suggestions });
      await respond({ response_type: "ephemeral", text: slackMessages.unknownArticle(slug, suggestions) });
      return;
    }
    throw error;
  }
  const messages = renderBriefingMessages(briefing, { requestedBy: command.user_id });
  const metadata: BriefingMetadata = {
    event_type: briefingMetadataEventType,
    event_payload: { slug: briefing.article.slug, article_hash: briefing.article.hash },
  };
  try {
    const ts = await postMessages(
      dependencies.webApi,
      {
        channel: command.channel_id,
        metadata,
      },
      // Parts after the first are posted in its thread; the thread link is what follow-ups need.
      messages,
      { policy: dependencies.webApiPolicy, logger },
    );
    if (ts) {
      await dependencies.state.rememberBriefingThread({
        channel: command.channel_id,
        ts,
        slug: briefing.article.slug,
        articleHash: briefing.article.hash,
        requestedBy: command.user_id,
      });
    }
    logger.info("slack.briefing_posted", { slug, ts, engine: briefing.engine, parts: messages.length });
  } catch (error) {
    const platformError = slackPlatformError(error);
    if (platformError && cannotPostErrors.has(platformError)) {
      logger.warn("slack.briefing_delivered_privately", { slug, slackError: platformError });
      const privateMessages = renderBriefingMessages(briefing, {
        requestedBy: command.user_id,
        preface: slackMessages.cannotPostHere,
        withFeedback: false,
      });
      for (const message of privateMessages) await respond({ response_type: "ephemeral", ...message });
      return;
    }
    const retryAfterSeconds = rateLimitRetryAfter(error);
    logger.error("slack.briefing_post_failed", { slug, slackError: platformError, retryAfterSeconds, error });
    await respond({
      response_type: "ephemeral",
      text: retryAfterSeconds === undefined ? slackMessages.slackFailed : slackMessages.slackBusy,
    });
  }
}
