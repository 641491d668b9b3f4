import { describe, expect, it, onTestFinished } from "vitest";
import { renderBriefingMessages } from "../../src/render/briefingBlocks";
import { type PacedReply, type ScriptedReply, startFakeOpenAiServer } from "../support/fakeOpenAiServer";
import { xiPutinModelReply } from "../support/progressiveModel";
import { briefCommand, type Running, startApp } from "../support/slackAppHarness";

/**
 * The model briefing shown while it is made (fake Slack Web API, real signed requests, a fake model paced
 * by gates rather than clocks): the frame is posted before the model says anything, filled in with
 * chat.update as the actors' positions arrive, and ends as the model briefing itself.
 */

const allText = (value: unknown): string => JSON.stringify(value);

function opened() {
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { gate, open };
}

async function startWithModel(
  script: (request: { body: { stream?: boolean } }, index: number) => ScriptedReply,
) {
  const model = await startFakeOpenAiServer(script);
  onTestFinished(() => model.close());
  const instance = await startApp(undefined, {
    BRIEF_ENGINE: "openai",
    OPENAI_API_KEY: "sk-test-not-a-real-key",
    OPENAI_BASE_URL: model.baseURL,
    BRIEF_LLM_TIMEOUT_MS: "20000",
  });
  return { model, instance };
}

/** The app with a model that writes the xi-putin reply at once (20,000 tokens/s). */
async function startWithFastModel() {
  const { body } = await xiPutinModelReply();
  return startWithModel(() => ({ kind: "paced", body, tokensPerSecond: 20_000 }));
}

/** The briefing as posted today without drafts: the model briefing's own message (the cache has it now). */
async function modelBriefingMessage(instance: Running) {
  const briefing = await instance.services.briefings.brief("xi-putin");
  const [message] = renderBriefingMessages({ ...briefing, cached: false }, { requestedBy: "U0FAKEUSER1" });
  return message;
}

describe("a progressive model briefing", { timeout: 30_000 }, () => {
  it("posts the frame before the model answers, fills it in as positions arrive, and ends as the model briefing", async () => {
    const { body, tokensThroughFirstActor } = await xiPutinModelReply();
    const start = opened();
    const resume = opened();
    const reply: PacedReply = {
      kind: "paced",
      body,
      tokensPerSecond: 2_000,
      gate: start.gate,
      pauseAt: { tokens: tokensThroughFirstActor, until: resume.gate },
    };
    const { model, instance } = await startWithModel(() => reply);
    await briefCommand(instance, "xi-putin");
    const [frame] = await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
    // Posted while the model has said nothing: its gate is still closed.
    const frameText = allText(frame?.params.blocks);
    expect(frameText).toContain("Quoting the article while the model reads it…");
    for (const actor of ["China", "Russia", "Ukraine", "EU"]) expect(frameText).toContain(`*${actor}* — ⏳ `);
    expect(frameText).not.toContain("📄 Sources");
    expect(frame?.params.metadata).toMatchObject({ event_type: "brief_bot_briefing" });

    start.open();
    const partial = await instance.fake.waitForCall(
      "chat.update",
      (call) => allText(call.params.blocks).includes("The model has read 1 of 4 actors"),
      10_000,
    );
    expect(partial.params.ts).toBe(frame?.ts);
    expect(allText(partial.params.blocks)).toContain("*China* says");
    resume.open();
    await instance.fake.waitForCall(
      "chat.update",
      (call) => !allText(call.params.blocks).includes("⏳"),
      10_000,
    );
    await instance.app.idle();

    const expected = await modelBriefingMessage(instance);
    const shown = instance.fake.shown(frame);
    expect(shown?.text).toBe(expected?.text);
    expect(shown?.blocks).toEqual(expected?.blocks);
    expect(allText(shown?.blocks)).toContain("openai:gpt-4.1-mini");
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
    // Four actors: at most one update per actor's arrival, and the final one.
    const updates = instance.fake.callsTo("chat.update");
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.length).toBeLessThanOrEqual(5);
    expect(updates.every((call) => call.params.ts === frame?.ts)).toBe(true);
    // The finished briefing's metadata replaces the frame's, with the job and part a resumed job looks for.
    const frameMetadata = frame?.params.metadata as { event_payload: { job_id: string } } | undefined;
    expect(updates.at(-1)?.params.metadata).toMatchObject({
      event_type: "brief_bot_briefing",
      event_payload: { slug: "xi-putin", job_id: frameMetadata?.event_payload.job_id, part: "0" },
    });
    expect(updates.slice(0, -1).every((call) => call.params.metadata === undefined)).toBe(true);
    expect(model.requests.map((request) => request.body.stream)).toEqual([true]);
  });

  it("ends in the offline briefing with a plain note when the model's stream breaks off and its retry fails", async () => {
    const { body, tokensThroughFirstActor } = await xiPutinModelReply();
    const { model, instance } = await startWithModel((request) =>
      request.body.stream
        ? { kind: "paced", body, tokensPerSecond: 5_000, dropAfterTokens: tokensThroughFirstActor + 20 }
        : { kind: "content", content: "I cannot answer that in JSON." },
    );
    await briefCommand(instance, "xi-putin");
    const [frame] = await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
    await instance.fake.waitForCall(
      "chat.update",
      (call) => allText(call.params.blocks).includes("Engine:"),
      15_000,
    );
    await instance.app.idle();
    const shown = allText(instance.fake.shown(frame)?.blocks);
    expect(shown).toContain("Note: The model's answer could not be used; this briefing quotes the article.");
    expect(shown).toContain("Engine: offline");
    expect(shown).not.toContain("⏳");
    expect(shown).not.toMatch(/OPENAI_|BRIEF_|schema/);
    // The stream, then the same request unstreamed, then its repair.
    expect(model.requests.map((request) => request.body.stream === true)).toEqual([true, false, false]);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("posts a cached model briefing at once, with no frame and no update", async () => {
    const { model, instance } = await startWithFastModel();
    await briefCommand(instance, "xi-putin");
    await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
    await instance.app.idle();
    const updatesBefore = instance.fake.callsTo("chat.update").length;
    await briefCommand(instance, "xi-putin");
    const [, second] = await instance.fake.waitForCalls("chat.postMessage", 2, 10_000);
    await instance.app.idle();
    expect(allText(second?.params.blocks)).toContain("(cached)");
    expect(allText(second?.params.blocks)).not.toContain("⏳");
    expect(instance.fake.callsTo("chat.update")).toHaveLength(updatesBefore);
    expect(model.requests).toHaveLength(1);
  });

  it("deletes its frame and answers privately when the model finds nothing to brief", async () => {
    const none = (actor: string) => ({ actor, status: "none", summary: "", points: [] });
    const { instance } = await startWithModel(() => ({
      kind: "paced",
      body: { positions: ["China", "Russia", "Ukraine", "EU"].map(none) },
      tokensPerSecond: 20_000,
    }));
    await briefCommand(instance, "xi-putin");
    const [frame] = await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
    const [deleted] = await instance.fake.waitForCalls("chat.delete", 1, 10_000);
    await instance.app.idle();
    expect(deleted?.params).toMatchObject({ ts: frame?.ts });
    const privateTexts = instance.fake.callsTo("response_url").map((call) => String(call.params.text));
    expect(privateTexts.some((text) => text.includes("so I posted no briefing"))).toBe(true);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("turns its frame into the failure message when the briefing cannot be finished", async () => {
    const instance = await startApp((services) => ({
      briefings: {
        brief: async (slug, options) => {
          // A draft goes out, then the briefing fails for a reason no attempt can fix.
          const offline = await services.briefings.brief(slug, { actors: options?.actors });
          options?.onDraft?.({ briefing: offline, pending: offline.actors });
          await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
          throw new Error("the briefing broke");
        },
      },
    }));
    await briefCommand(instance, "xi-putin");
    const [frame] = await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
    const update = await instance.fake.waitForCall(
      "chat.update",
      (call) => call.params.ts === frame?.ts,
      10_000,
    );
    await instance.app.idle();
    expect(update.params.text).toBe(
      "Something went wrong on our side. It has been logged; please try again.",
    );
    expect(allText(instance.fake.shown(frame)?.blocks)).not.toContain("⏳");
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("posts no second message beside a frame Slack took without answering: the next attempt finds it and updates it", async () => {
    const { model, instance } = await startWithFastModel();
    // Slack takes the frame's post and the answer never comes back.
    instance.fake.script("chat.postMessage", { kind: "hang", record: true });
    await briefCommand(instance, "xi-putin");
    const [frame] = await instance.fake.waitForCalls("chat.postMessage", 1, 10_000);
    await instance.fake.waitForCall("chat.update", (call) => call.params.ts === frame?.ts, 20_000);
    await instance.app.idle();
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(instance.fake.callsTo("conversations.history").length).toBeGreaterThan(0);
    const shown = allText(instance.fake.shown(frame)?.blocks);
    expect(shown).toContain("openai:gpt-4.1-mini");
    expect(shown).not.toContain("⏳");
    // Not looked for at once (the post could still land later): the job's next attempt found and updated it,
    // and built the briefing from the cache, asking the model once in all.
    const posted = instance.logLines.filter((line) => line.includes('"slack.briefing_posted"'));
    expect(posted).toHaveLength(1);
    expect(posted[0]).toContain('"attempt":2');
    expect(model.requests).toHaveLength(1);
  });
});
