import { loadActorCatalog } from "../../src/actors/actors";
import { loadCoreConfig } from "../../src/config";
import type { BriefingDraft } from "../../src/domain/briefing";
import { countTokens } from "../../src/prompt/countTokens";
import type { RecordedRequest, ScriptedReply } from "../../test/support/fakeOpenAiServer";
import { type RecordedCall, startFakeSlackApi } from "../../test/support/fakeSlackApi";
import { modelReplyOf } from "../../test/support/modelReplies";
import { slashCommandRequest } from "../../test/support/signedSlackRequests";
import { appEnvironment } from "../appEnvironment";
import { freePort, scriptsUnderTest, startChild } from "../childProcess";
import { actorsAskedIn, promptTokensOf } from "../fakeModel";
import { startModelAndOfflineServices } from "../modelServices";
import { type Section, temporaryDirectory } from "../section";
import { signRequest } from "../slackRequests";

/**
 * 9. The progressive model briefing against a fake model that writes 50 tokens/s after a 0.5 s wait (its
 * reply for xi-putin is the offline briefing's positions, about as long as a model's): time to the frame's
 * content (the offline reading), to the model's first actor, to the full briefing, and the tokens billed.
 * Two ways to get positions early: (a) one call, streamed, each actor read once its object is complete (what
 * the app does); (b) one unstreamed call per actor in parallel, each with the whole article. Then (c) the app
 * as `npm start` runs it, against the same model and the fake Slack API: `/brief xi-putin` → the frame in the
 * channel, the first model actor in it, the finished briefing in it.
 */

const blocksText = (call: RecordedCall) => JSON.stringify(call.params.blocks);

/** (c): one `/brief xi-putin` through the app on a fresh database; seconds from the request to each stage. */
async function briefInSlack(modelBaseUrl: string) {
  const fakeSlack = await startFakeSlackApi();
  const temporary = temporaryDirectory("progressive-app");
  const port = await freePort();
  const app = await startChild({
    name: "app-progressive",
    script: scriptsUnderTest.app,
    env: appEnvironment({
      port,
      databasePath: `${temporary.directory}/brief.db`,
      slackApiUrl: fakeSlack.apiUrl,
      engine: "openai",
      openAiBaseUrl: modelBaseUrl,
    }),
    port,
  });
  try {
    const command = signRequest(slashCommandRequest({ text: slug, response_url: fakeSlack.responseUrl }));
    const sentAt = Date.now();
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      headers: command.headers,
      body: command.body,
    });
    await response.text();
    const [frame] = await fakeSlack.waitForCalls("chat.postMessage", 1, 30_000);
    const first = await fakeSlack.waitForCall(
      "chat.update",
      (call) => blocksText(call).includes("The model has read"),
      60_000,
    );
    const finished = await fakeSlack.waitForCall(
      "chat.update",
      (call) => !blocksText(call).includes("⏳"),
      60_000,
    );
    return {
      frame: ((frame?.at ?? Number.NaN) - sentAt) / 1000,
      first: (first.at - sentAt) / 1000,
      full: (finished.at - sentAt) / 1000,
      updates: fakeSlack.callsTo("chat.update").length,
      posts: fakeSlack.callsTo("chat.postMessage").length,
    };
  } finally {
    await app.stop();
    await fakeSlack.close();
    temporary.remove();
  }
}

const pace = { tokensPerSecond: 50, firstTokenDelayMs: 500 };
const slug = "xi-putin";

export const progressiveBriefingSection: Section = {
  id: "progressive",
  title: "Progressive model briefing: streamed vs one call per actor",
  async run({ book, runs, progress }) {
    let fullReply: ReturnType<typeof modelReplyOf> | undefined;
    const reply = (request: RecordedRequest): ScriptedReply => {
      const asked = actorsAskedIn(request);
      const body = {
        positions: (fullReply?.positions ?? []).filter((position) => asked.includes(position.actor)),
      };
      return {
        kind: "paced",
        body,
        ...pace,
        usage: {
          prompt_tokens: promptTokensOf(request),
          completion_tokens: countTokens(JSON.stringify(body)),
        },
      };
    };
    const pipeline = await startModelAndOfflineServices("progressive", reply);
    try {
      fullReply = modelReplyOf(await pipeline.offline.briefings.brief(slug));
      const actors = loadActorCatalog(loadCoreConfig({}).actorCatalogPath).defaults;
      const section = "9 progressive";
      const record = (key: string, label: string, unit: string, value: number) =>
        book.record(`progressive.${key}`, { section, label, unit }, value);
      for (let run = 0; run < runs; run += 1) {
        // (a) Streamed: the drafts say when the offline reading and each model position were ready.
        const started = performance.now();
        let frameMs: number | undefined;
        let firstActorMs: number | undefined;
        const onDraft = (draft: BriefingDraft) => {
          const at = performance.now() - started;
          frameMs ??= at;
          if (draft.pending.length < actors.length) firstActorMs ??= at;
        };
        const streamed = await pipeline.model.briefings.brief(slug, { fresh: true, onDraft });
        const streamedMs = performance.now() - started;
        record("streamed.frame", "(a) streamed: frame (offline reading) ready", "ms", frameMs ?? Number.NaN);
        record("streamed.first", "(a) streamed: first model actor", "s", (firstActorMs ?? Number.NaN) / 1000);
        record("streamed.full", "(a) streamed: full briefing", "s", streamedMs / 1000);
        record("streamed.prompt", "(a) streamed: prompt tokens", "tokens", streamed.usage?.promptTokens ?? 0);
        record(
          "streamed.completion",
          "(a) streamed: completion tokens",
          "tokens",
          streamed.usage?.completionTokens ?? 0,
        );

        // (b) One unstreamed call per actor, all at once (the engine's concurrency cap is 4: one slot each).
        const parallelStarted = performance.now();
        const finished: number[] = [];
        const perActor = await Promise.all(
          actors.map(async (actor) => {
            const briefing = await pipeline.model.briefings.brief(slug, { fresh: true, actors: [actor] });
            finished.push(performance.now() - parallelStarted);
            return briefing;
          }),
        );
        const sum = (pick: (usage: { promptTokens: number; completionTokens: number }) => number) =>
          perActor.reduce((total, briefing) => total + (briefing.usage ? pick(briefing.usage) : 0), 0);
        record("perActor.first", "(b) per actor: first actor", "s", Math.min(...finished) / 1000);
        record("perActor.full", "(b) per actor: full briefing", "s", Math.max(...finished) / 1000);
        record(
          "perActor.prompt",
          "(b) per actor: prompt tokens",
          "tokens",
          sum((usage) => usage.promptTokens),
        );
        record(
          "perActor.completion",
          "(b) per actor: completion tokens",
          "tokens",
          sum((usage) => usage.completionTokens),
        );
        const inSlack = await briefInSlack(pipeline.fakeModel.baseURL);
        record("slack.frame", "(c) in Slack: /brief → frame posted", "s", inSlack.frame);
        record("slack.first", "(c) in Slack: /brief → first model actor shown", "s", inSlack.first);
        record("slack.full", "(c) in Slack: /brief → model briefing shown", "s", inSlack.full);
        record("slack.updates", "(c) in Slack: chat.update calls (4 actors)", "", inSlack.updates);
        record("slack.posts", "(c) in Slack: chat.postMessage calls", "", inSlack.posts);
        progress(
          `  run ${run + 1}: streamed first ${((firstActorMs ?? 0) / 1000).toFixed(1)} s, full ${(streamedMs / 1000).toFixed(1)} s; per actor first ${(Math.min(...finished) / 1000).toFixed(1)} s, full ${(Math.max(...finished) / 1000).toFixed(1)} s; in Slack frame ${inSlack.frame.toFixed(2)} s, full ${inSlack.full.toFixed(1)} s`,
        );
      }
      book.note(
        "9 progressive: the fake model writes 50 tokens/s after 0.5 s for each request, parallel ones included (a hosted model; a local server that serves one request at a time would make (b) no faster). Tokens: prompt as sent, completion as written (o200k).",
      );
    } finally {
      await pipeline.close();
    }
  },
};
