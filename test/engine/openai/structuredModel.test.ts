import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadCoreConfig } from "../../../src/config";
import { createStructuredModel } from "../../../src/engine/openai/structuredModel";
import { loadPromptTemplates } from "../../../src/prompt/promptTemplates";
import { type FakeOpenAiServer, replyWithJson, startFakeOpenAiServer } from "../../support/fakeOpenAiServer";
import { recordingLogger } from "../../support/modelPipeline";

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
});

const request = {
  messages: [
    { role: "system" as const, content: "Answer in JSON." },
    { role: "user" as const, content: "Say ok." },
  ],
  schema: z.object({ ok: z.boolean() }),
  schemaName: "ok",
};

describe("a structured model call queued behind busy ones", () => {
  it("falls back at once, sending nothing, when too little of its deadline is left to start", async () => {
    // The first call holds the only slot until its deadline; the second waits behind it.
    server = await startFakeOpenAiServer((_request, index) =>
      index === 0 ? { kind: "hang" } : replyWithJson({ ok: true }),
    );
    const timeoutMs = 800;
    const model = createStructuredModel(
      {
        model: "fake",
        apiKey: "sk-test-not-a-real-key",
        baseURL: server.baseURL,
        timeoutMs,
        maxOutputTokens: 100,
        concurrency: 1,
      },
      loadPromptTemplates(loadCoreConfig({}).promptsDirectory),
      recordingLogger().logger,
    );
    const started = Date.now();
    const holding = model.call(request).catch((error: unknown) => error);
    const queued = model.call(request).catch((error: unknown) => ({ error, afterMs: Date.now() - started }));

    const outcome = await queued;
    // It gave up with a quarter of its deadline left, not at the deadline, and never reached the server.
    expect(outcome).toMatchObject({ error: { code: "model_unavailable", details: { reason: "busy" } } });
    expect((outcome as { afterMs: number }).afterMs).toBeLessThan(timeoutMs * 0.9);
    expect(String((outcome as { error: Error }).error.message)).toMatch(/BRIEF_MODEL_CONCURRENCY/);
    expect(server.requests).toHaveLength(1);
    expect(await holding).toMatchObject({ code: "model_unavailable", details: { reason: "timeout" } });

    // With the slot free again, a call starts and is answered.
    expect((await model.call(request)).value).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});
