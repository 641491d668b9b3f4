import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCoreConfig } from "../../../src/config";
import { type JobExecution, LeaseLostError } from "../../../src/jobs/jobRunner";
import { silentLogger } from "../../../src/log";
import { createServices, type Services } from "../../../src/services";
import { briefAndPost } from "../../../src/slack/jobs/postBriefing";
import type { SlackJobContext } from "../../../src/slack/jobs/slackJobContext";
import { defaultWebApiPolicy } from "../../../src/slack/slackWebApi";
import { recordingLogger } from "../../support/modelPipeline";
import { temporaryDatabasePath } from "../../support/tempDatabase";

describe("briefAndPost", () => {
  let services: Services;
  beforeAll(async () => {
    services = await createServices(
      loadCoreConfig({ BRIEF_DB: temporaryDatabasePath(), BRIEF_ENGINE: "offline" }),
      silentLogger,
    );
  });
  afterAll(() => services.close());

  it("rethrows a lease lost mid-post: no 'Slack failed' reply, no error logged, nothing more posted", async () => {
    const calls: string[] = [];
    const { logger, lines } = recordingLogger();
    let saves = 0;
    const execution: JobExecution = {
      id: "job-1",
      attempt: 1,
      createdAt: Date.now(),
      progress: {},
      // The checkpoint before the post is saved; the one after it finds the job taken over.
      async saveProgress() {
        saves += 1;
        if (saves > 1) throw new LeaseLostError("job-1");
      },
      async holdLease() {},
      signal: new AbortController().signal,
      logger,
    };
    const context = {
      services,
      slack: {
        async call(method: string) {
          calls.push(method);
          return { ok: true, ts: "1700000000.000100" };
        },
        async respond() {
          calls.push("response_url");
        },
      },
      webApiPolicy: defaultWebApiPolicy,
      logger,
    } as unknown as SlackJobContext;
    const request = {
      slug: "xi-putin",
      actors: undefined,
      channelId: "C1",
      userId: "U1",
      responseUrl: "https://hooks.example/r",
    };
    await expect(briefAndPost(request, execution, context, {})).rejects.toBeInstanceOf(LeaseLostError);
    expect(calls).toEqual(["chat.postMessage"]);
    expect(lines.filter((line) => line.level === "error")).toEqual([]);
  });
});
