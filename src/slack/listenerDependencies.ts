import type { IngestService } from "../ingest/ingestService";
import type { Logger } from "../log";
import type { IngestAccess } from "./ingestAccess";
import type { JobIntake } from "./jobIntake";
import type { SlackState } from "./slackState";

/**
 * What every listener is given. Listeners only read the delivery, record its job and ack: the work itself
 * runs in a job worker (src/slack/jobs/), off the event loop that acks Slack.
 */
export interface ListenerDependencies {
  jobs: JobIntake;
  /** For the cheap "can this be a briefing's thread?" filter before a message is recorded. */
  state: Pick<SlackState, "findBriefingThread">;
  /**
   * For the paste form's submission only: its article is stored before the ack, so a problem shows in the
   * form (the fields are bounded, so this takes milliseconds).
   */
  pasteIntake: { ingest: Pick<IngestService, "ingestPastedText">; access: IngestAccess };
  logger: Logger;
}
