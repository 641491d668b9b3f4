import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from "@slack/bolt";
import { isBriefError } from "../../../domain/errors";
import {
  loadingSourcesView,
  renderBriefingSourcesView,
  sourcesNoticeView,
} from "../../../render/briefingBlocks";
import type { ListenerDependencies } from "../../listenerDependencies";
import { slackMessages } from "../../messages";
import {
  BriefingRefSchema,
  OpenedViewSchema,
  readButtonValue,
  SourcesActionBodySchema,
} from "../../payloads";
import { callWithRateLimitRetry } from "../../slackWebApi";

/**
 * "Sources and more" under a briefing: a modal with the points the message left out and every quoted source.
 * It opens at once with a loading line (a trigger_id lasts 3 s), then is filled with the same briefing, rebuilt
 * from the cache or the offline reading.
 */
export function sourcesButton(dependencies: ListenerDependencies) {
  return async ({ ack, body }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const parsed = SourcesActionBodySchema.safeParse(body);
    const ref = parsed.success
      ? readButtonValue(BriefingRefSchema, parsed.data.actions[0]?.value)
      : undefined;
    if (!parsed.success || !ref?.success) {
      dependencies.logger.warn("slack.sources_unreadable");
      return;
    }
    const { slug, hash, actors, perList } = ref.data;
    const logger = dependencies.logger.child({ action: "sources", user: parsed.data.user.id, slug });
    const call = (method: string, params: Record<string, unknown>) =>
      callWithRateLimitRetry(() => dependencies.webApi.call(method, params), dependencies.webApiPolicy);
    await dependencies.background.run("sources_view", async () => {
      try {
        const opened = OpenedViewSchema.parse(
          await call("views.open", {
            trigger_id: parsed.data.trigger_id,
            view: JSON.stringify(loadingSourcesView()),
          }),
        );
        let view: ReturnType<typeof loadingSourcesView>;
        try {
          const briefing = await dependencies.services.briefings.brief(slug, { actors });
          view =
            briefing.article.hash === hash
              ? renderBriefingSourcesView(briefing, { perList })
              : sourcesNoticeView(slackMessages.articleChanged);
        } catch (error) {
          if (!isBriefError(error, "unknown_article")) throw error;
          view = sourcesNoticeView(slackMessages.articleGone);
        }
        await call("views.update", { view_id: opened.view.id, view: JSON.stringify(view) });
        logger.info("slack.sources_shown");
      } catch (error) {
        logger.error("slack.sources_failed", { error });
      }
    });
  };
}
