import { z } from "zod";
import { isBriefError } from "../../domain/errors";
import type { JobExecution } from "../../jobs/jobRunner";
import {
  loadingSourcesView,
  renderBriefingSourcesView,
  sourcesNoticeView,
} from "../../render/briefingBlocks";
import { slackMessages } from "../messages";
import { BriefingRefSchema, OpenedViewSchema } from "../payloads";
import { callWithRateLimitRetry, slackPlatformError } from "../slackWebApi";
import type { SlackJobContext, SlackJobKind } from "./slackJobContext";

/** A "Sources and more" click as its ack records it: the modal's trigger and the briefing the button names. */
export const SourcesViewPayloadSchema = z.object({
  triggerId: z.string().min(1),
  user: z.string(),
  briefing: BriefingRefSchema,
});
export type SourcesViewPayload = z.infer<typeof SourcesViewPayloadSchema>;

/** The modal once opened: a resumed job fills it instead of opening another. */
const SourcesViewProgressSchema = z.object({ viewId: z.string().optional() });

const viewIdOf = (execution: JobExecution) => {
  const parsed = SourcesViewProgressSchema.safeParse(execution.progress ?? {});
  return parsed.success ? parsed.data.viewId : undefined;
};

const call = (context: SlackJobContext, method: string, params: Record<string, unknown>) =>
  callWithRateLimitRetry(() => context.slack.call(method, params), context.webApiPolicy);

/** Slack's answers for a trigger past its 3 s, or already used: the person has to click again. */
const staleTriggerErrors = new Set(["expired_trigger_id", "invalid_trigger_id", "exchanged_trigger_id"]);

/**
 * "Sources and more" under a briefing: a modal with the points the message left out and every quoted source.
 * It opens at once with a loading line (a trigger_id lasts 3 s, which is why the job threads take a job the
 * moment it is recorded), then is filled with the same briefing, rebuilt from the cache or the offline reading.
 */
export const sourcesViewJob: SlackJobKind<SourcesViewPayload> = {
  kind: "slack.sources_view",
  payload: SourcesViewPayloadSchema,
  async run(payload, execution, context) {
    const { slug, hash, actors, perList } = payload.briefing;
    let viewId = viewIdOf(execution);
    if (!viewId) {
      try {
        viewId = OpenedViewSchema.parse(
          await call(context, "views.open", {
            trigger_id: payload.triggerId,
            view: JSON.stringify(loadingSourcesView()),
          }),
        ).view.id;
      } catch (error) {
        const platformError = slackPlatformError(error);
        if (!platformError || !staleTriggerErrors.has(platformError)) throw error;
        execution.logger.info("slack.sources_trigger_expired", { slug, slackError: platformError });
        return { outcome: "trigger_expired" };
      }
      await execution.saveProgress({ viewId });
    }
    let view: ReturnType<typeof loadingSourcesView>;
    try {
      const briefing = await context.services.briefings.brief(slug, { actors });
      view =
        briefing.article.hash === hash
          ? renderBriefingSourcesView(briefing, { perList })
          : sourcesNoticeView(slackMessages.articleChanged);
    } catch (error) {
      if (!isBriefError(error, "unknown_article")) throw error;
      view = sourcesNoticeView(slackMessages.articleGone);
    }
    await execution.holdLease();
    await call(context, "views.update", { view_id: viewId, view: JSON.stringify(view) });
    execution.logger.info("slack.sources_shown", { slug, user: payload.user });
    return { viewId };
  },
  async giveUp(_payload, execution, context, reason) {
    const viewId = viewIdOf(execution);
    // Without an open modal there is nowhere to say it; the click just showed nothing.
    if (viewId)
      await call(context, "views.update", {
        view_id: viewId,
        view: JSON.stringify(sourcesNoticeView(slackMessages.failure(reason))),
      });
  },
};
