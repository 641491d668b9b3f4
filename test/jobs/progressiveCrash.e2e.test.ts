import { describe, expect, it } from "vitest";
import { jobIdOf, startAppForTest, startFakeSlackApiForTest } from "../support/appInstances";
import { appEnvironment } from "../support/appProcess";
import { type PacedReply, startFakeOpenAiServer } from "../support/fakeOpenAiServer";
import { xiPutinModelReply } from "../support/progressiveModel";
import { sendSlackRequest, slashCommandRequest } from "../support/signedSlackRequests";
import { temporaryDatabasePath } from "../support/tempDatabase";

/**
 * kill -9 of the app while the model streams its briefing into the frame: the restarted app resumes the job
 * from the job table, asks the model again, and updates the same frame into the model briefing. Slack gets
 * one briefing message, never a second.
 */

const signingSecret = "test-signing-secret-progressive-crash";
const botToken = "xoxb-0000-progressive-crash-token";

const allText = (value: unknown): string => JSON.stringify(value);

describe("a crash while the model streams a briefing", { timeout: 90_000 }, () => {
  it("resumes into exactly one briefing message: the frame, updated into the model briefing", async () => {
    const { body, tokensThroughFirstActor } = await xiPutinModelReply();
    // The first process's model stalls after the first actor (until it is killed); the second's answers.
    const stalled: PacedReply = {
      kind: "paced",
      body,
      tokensPerSecond: 5_000,
      pauseAt: { tokens: tokensThroughFirstActor, until: new Promise(() => {}) },
    };
    const model = await startFakeOpenAiServer((_request, index) =>
      index === 0 ? stalled : { kind: "paced", body, tokensPerSecond: 5_000 },
    );
    try {
      const fake = await startFakeSlackApiForTest();
      const databasePath = temporaryDatabasePath();
      const start = () =>
        startAppForTest(
          appEnvironment({
            databasePath,
            slackApiUrl: fake.apiUrl,
            signingSecret,
            botToken,
            extra: {
              BRIEF_ENGINE: "openai",
              OPENAI_API_KEY: "sk-test-not-a-real-key",
              OPENAI_BASE_URL: model.baseURL,
              BRIEF_LLM_TIMEOUT_MS: "30000",
              BRIEF_JOB_LEASE_MS: "1500",
              BRIEF_JOB_POLL_MS: "200",
              BRIEF_JOB_THREADS: "1",
            },
          }),
        );
      const first = await start();
      await sendSlackRequest(
        first.baseUrl,
        slashCommandRequest({ text: "xi-putin", response_url: fake.responseUrl }),
        { signingSecret },
      );
      const [frame] = await fake.waitForCalls("chat.postMessage", 1, 15_000);
      // Mid-stream: the first actor is in the frame, the rest still quoted.
      await fake.waitForCall(
        "chat.update",
        (call) => allText(call.params.blocks).includes("The model has read 1 of 4 actors"),
        15_000,
      );
      await first.crash();

      const second = await start();
      await second.waitForLog("job.done", 30_000);
      const posted = fake.callsTo("chat.postMessage");
      expect(posted).toHaveLength(1);
      const shown = allText(fake.shown(frame)?.blocks);
      expect(shown).toContain("openai:gpt-4.1-mini");
      expect(shown).toContain("📄 Sources");
      expect(shown).not.toContain("⏳");
      expect(shown).not.toContain("Note:");
      // Both processes updated that one message, the resumed one from the frame recorded with the job.
      expect(fake.callsTo("chat.update").every((call) => call.params.ts === frame?.ts)).toBe(true);
      expect(jobIdOf(frame)).toBeDefined();
      expect(model.requests).toHaveLength(2);
      expect(second.logs.filter((line) => line.level === "error")).toEqual([]);
    } finally {
      await model.close();
    }
  });
});
