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
    const settled: string[] = [];
    const holding = model.call(request).catch((error: unknown) => {
      settled.push("holding");
      return error;
    });
    const queued = model.call(request).catch((error: unknown) => {
      settled.push("queued");
      return error;
    });

    // It gave up with a quarter of its deadline left, so before the call ahead of it reached the deadline
    // (timers fire in order, however loaded the machine), and it never reached the server.
    expect(await queued).toMatchObject({ code: "model_unavailable", details: { reason: "busy" } });
    expect(String(((await queued) as Error).message)).toMatch(/BRIEF_MODEL_CONCURRENCY/);
    expect(await holding).toMatchObject({ code: "model_unavailable", details: { reason: "timeout" } });
    expect(settled).toEqual(["queued", "holding"]);
    expect(server.requests).toHaveLength(1);

    // With the slot free again, a call starts and is answered.
    expect((await model.call(request)).value).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});
