import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import { BriefButtonBodySchema, BriefButtonValueSchema, readButtonValue } from "../../payloads";
import { briefAndPost } from "../../postBriefing";

/**
 * A "Brief …" button in one of `/brief`'s private answers (a near miss, one of several articles, an actor, the
 * list): replaces that answer with "Preparing …", then briefs and posts as `/brief` does, in the same channel.
 */
export function briefButton(dependencies: ListenerDependencies) {
  return async ({ ack, body, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const parsed = BriefButtonBodySchema.safeParse(body);
    const value = parsed.success
      ? readButtonValue(BriefButtonValueSchema, parsed.data.actions[0]?.value)
      : undefined;
    const channelId = parsed.data?.channel?.id ?? parsed.data?.container?.channel_id;
    if (!parsed.success || !value?.success || !channelId) {
      dependencies.logger.warn("slack.brief_button_unreadable");
      return;
    }
    const { slug, actors } = value.data;
    const logger = dependencies.logger.child({
      action: "brief",
      user: parsed.data.user.id,
      channel: channelId,
    });
    await dependencies.background.run("brief_button", async () => {
      try {
        await respond({
          response_type: "ephemeral",
          replace_original: true,
          text: slackMessages.preparing(slug),
        });
        const request = { slug, actors, channelId, userId: parsed.data.user.id };
        await briefAndPost(request, { ...dependencies, logger }, respond);
      } catch (error) {
        logger.error("slack.brief_button_failed", { error });
        await respond({ response_type: "ephemeral", text: slackMessages.failure(error) }).catch(
          (respondError: unknown) => logger.error("slack.respond_failed", { error: respondError }),
        );
      }
    });
  };
}
