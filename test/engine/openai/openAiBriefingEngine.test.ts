import { describe, expect, it } from "vitest";
import { BriefingSchema } from "../../../src/domain/briefing";
import { renderBriefingForTerminal } from "../../../src/render/terminal";
import { replyWithError, replyWithJson, type ScriptedReply } from "../../support/fakeOpenAiServer";
import { startModelPipeline } from "../../support/modelPipeline";

// Sentence ids of the seeded xi-putin article (S1 is the headline).
const goodPositions = {
  positions: [
    {
      actor: "China",
      status: "stated",
      summary: "China pledges continued support for Russia.",
      points: [
        { text: "Xi vows continued support for Russia.", kind: "stated", citations: ["S3"] },
        {
          text: "Western nations accuse China of bolstering Russia's economy and diplomatic standing.",
          kind: "attributed",
          citations: ["S11"],
        },
      ],
    },
    {
      actor: "Russia",
      status: "stated",
      summary: "",
      points: [
        {
          text: "Putin calls the Russian-Chinese foreign policy accord the primary stabilizing force in the world.",
          kind: "stated",
          citations: ["S4"],
        },
      ],
    },
    {
      actor: "Ukraine",
      status: "stated",
      summary: "",
      points: [
        {
          text: "Ukraine contests the truce as a political stunt and says Russia breached it within hours.",
          kind: "stated",
          citations: ["S14"],
        },
      ],
    },
    { actor: "EU", status: "none", summary: "The article reports no statement by the EU.", points: [] },
  ],
};

const withBadPoints = {
  positions: [
    ...goodPositions.positions.slice(0, 3),
    {
      actor: "EU",
      status: "stated",
      summary: "",
      points: [
        { text: "The EU will impose new sanctions on Russia.", kind: "stated", citations: ["S999"] },
        { text: "The EU condemns the military parade on Red Square.", kind: "stated", citations: ["S2"] },
      ],
    },
  ],
};

describe("OpenAI briefing engine against a fake OpenAI-compatible server", () => {
  it("renders a good model briefing with its citations and sends a strict json_schema request", async () => {
    const { briefings, server } = await startModelPipeline([replyWithJson(goodPositions)]);
    const briefing = await briefings.brief("xi-putin");

    expect(BriefingSchema.parse(briefing)).toEqual(briefing);
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.verification).toEqual({ kept: 4, dropped: 0, relabelled: 0 });
    expect(briefing.usage).toEqual({ promptTokens: 100, completionTokens: 20, source: "api" });
    expect(briefing.promptVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(briefing.positions.map((position) => position.status)).toEqual([
      "stated",
      "stated",
      "stated",
      "none",
    ]);
    expect(briefing.sources.map((source) => source.id)).toEqual(["S3", "S4", "S11", "S14"]);
    expect(briefing.sources[0]?.text).toMatch(/^Amid international unilateralism/);

    const rendered = renderBriefingForTerminal(briefing);
    // The model's summary is China's bottom line, cited by the sentence that carries it; its claim about China
    // names the claimant the attribution reading finds ("Western nations"), not "Unsourced".
    expect(rendered).toContain("  China — China pledges continued support for Russia. [1]");
    expect(briefing.positions[0]?.gistCitations).toEqual(["S3"]);
    expect(briefing.positions[0]?.points[1]?.claimant).toBe("Western nations");
    expect(rendered).toContain("    • Western nations accuse China of bolstering");
    expect(rendered).toContain("[4] “However, Ukraine contests");

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe("Bearer sk-test-not-a-real-key");
    expect(request?.body.response_format?.type).toBe("json_schema");
    expect(request?.body.response_format?.json_schema?.strict).toBe(true);
    expect(request?.body.temperature).toBeLessThanOrEqual(0.2);
    expect(request?.body.max_tokens).toBe(2000);
  });

  it("drops a made-up id and a point citing an unrelated sentence, and counts them", async () => {
    const { briefings, logLines } = await startModelPipeline([replyWithJson(withBadPoints)]);
    const briefing = await briefings.brief("xi-putin");

    expect(briefing.verification).toEqual({ kept: 4, dropped: 2, relabelled: 0 });
    const eu = briefing.positions.find((position) => position.actor === "EU");
    expect(eu?.status).toBe("none");
    expect(eu?.points).toEqual([]);
    expect(briefing.sources.map((source) => source.id)).not.toContain("S999");
    expect(JSON.stringify(briefing)).not.toContain("sanctions");
    const verified = logLines.find((line) => line.event === "briefing.verified");
    expect(verified).toMatchObject({ kept: 4, dropped: 2, relabelled: 0 });
  });

  it("sends exactly one repair request for malformed JSON, then falls back to the offline briefing", async () => {
    const malformed: ScriptedReply = { kind: "content", content: '{"positions": [ {"actor": "China", ' };
    const { briefings, server } = await startModelPipeline([
      malformed,
      malformed,
      replyWithJson(goodPositions),
    ]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(2);
    const repair = server.requests[1]?.body.messages ?? [];
    expect(repair.at(-2)).toMatchObject({
      role: "assistant",
      content: '{"positions": [ {"actor": "China", ',
    });
    expect(repair.at(-1)?.content).toContain("the reply was not JSON");
    expect(briefing.engine).toBe("offline");
    expect(briefing.notes).toEqual([
      "The model's answer could not be used; this briefing quotes the article.",
    ]);
    expect(briefing.positions).toHaveLength(4);
  });

  it("keeps a reply that omits summary, gives null, or leaves an actor's points empty: one call, a model briefing", async () => {
    const loose = {
      positions: [
        { ...goodPositions.positions[0], summary: undefined },
        { ...goodPositions.positions[1], summary: null },
        { actor: "Ukraine", status: "stated", points: null },
        { actor: "EU", status: null, summary: null, points: [] },
      ],
    };
    const { briefings, server, logLines } = await startModelPipeline([replyWithJson(loose)]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(1);
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.notes).toBeUndefined();
    const china = briefing.positions.find((position) => position.actor === "China");
    expect(china?.status).toBe("stated");
    expect(china?.summary).toBeUndefined();
    expect(china?.points.map((point) => point.citations)).toEqual([["S3"], ["S11"]]);
    // Ukraine's empty points are verified like any: the actor is mentioned, so it is "none", not thrown away.
    expect(briefing.positions.find((position) => position.actor === "Ukraine")?.status).toBe("none");
    expect(logLines.some((line) => line.event === "model.output_tolerated")).toBe(true);
  });

  it("leaves out only the unreadable point (citations not ids, no text) and keeps the rest", async () => {
    const withUnreadable = {
      positions: [
        {
          ...goodPositions.positions[0],
          points: [
            ...(goodPositions.positions[0]?.points ?? []),
            { text: "China says something.", kind: "stated", citations: [3] },
            { kind: "stated", citations: ["S3"] },
          ],
        },
        ...goodPositions.positions.slice(1),
      ],
    };
    const { briefings, server } = await startModelPipeline([replyWithJson(withUnreadable)]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(1);
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.positions[0]?.points).toHaveLength(2);
  });

  it("sends a reply with no readable position to repair", async () => {
    const { briefings, server } = await startModelPipeline([
      replyWithJson({ positions: [{ status: "stated", points: [] }] }),
      replyWithJson(goodPositions),
    ]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body.messages?.at(-1)?.content).toContain("no position names an actor");
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
  });

  it("accepts the repaired reply when the second answer is valid", async () => {
    const truncated: ScriptedReply = { kind: "content", content: '{"positions": [', finishReason: "length" };
    const { briefings, server } = await startModelPipeline([truncated, replyWithJson(goodPositions)]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body.messages?.at(-1)?.content).toContain("cut off at the output token limit");
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.usage?.promptTokens).toBe(150);
  });

  it("retries 500 then 429 (Retry-After: 1) and returns the model briefing", async () => {
    const { briefings, server } = await startModelPipeline([
      replyWithError(500),
      replyWithError(429, { "retry-after": "1" }),
      replyWithJson(goodPositions),
    ]);
    const started = Date.now();
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(3);
    // A lower bound: it waited out Retry-After (a loaded machine only makes the wait longer).
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.notes).toBeUndefined();
  });

  it("does not wait out Retry-After: 3600: the deadline fires and the offline briefing comes back", async () => {
    const { briefings, server } = await startModelPipeline([replyWithError(429, { "retry-after": "3600" })]);
    const briefing = await briefings.brief("xi-putin");

    // Given up at once, not at the deadline: that would read "did not answer in time".
    expect(server.requests).toHaveLength(1);
    expect(briefing.engine).toBe("offline");
    expect(briefing.notes).toEqual([
      "The model service is limiting requests just now; this briefing quotes the article.",
    ]);
  });

  it("falls back within the timeout when the server never answers", async () => {
    const { briefings, logLines } = await startModelPipeline([{ kind: "hang" }], {
      BRIEF_LLM_TIMEOUT_MS: "600",
    });
    const started = Date.now();
    const briefing = await briefings.brief("xi-putin");

    // A lower bound (it waited for the deadline); that it was BRIEF_LLM_TIMEOUT_MS's deadline, the log says.
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(JSON.stringify(logLines)).toContain(
      "The model did not answer within 0.6 s (BRIEF_LLM_TIMEOUT_MS).",
    );
    expect(briefing.engine).toBe("offline");
    expect(briefing.notes).toEqual(["The model did not answer in time; this briefing quotes the article."]);
  });

  it("on 401 gives the offline briefing with a plain note; the setting to check is named in the log only", async () => {
    const { briefings, server, logLines } = await startModelPipeline([
      replyWithError(401, {}, "Incorrect API key provided"),
    ]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(1);
    expect(briefing.engine).toBe("offline");
    expect(briefing.notes).toEqual([
      "The model service did not accept this app's credentials (the log says why); this briefing quotes the article.",
    ]);
    const fallback = logLines.find((line) => line.event === "engine.fallback");
    expect(JSON.stringify(fallback)).toContain("OPENAI_API_KEY");
  });

  it("serves a repeated briefing from the cache with no second model call; --fresh calls again", async () => {
    const { briefings, server } = await startModelPipeline([replyWithJson(goodPositions)]);
    const first = await briefings.brief("xi-putin");
    const second = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(1);
    expect(first.cached).toBeUndefined();
    expect(second.cached).toBe(true);
    expect(second.usage).toEqual({ promptTokens: 0, completionTokens: 0, source: "estimated" });
    expect(second.positions).toEqual(first.positions);

    await briefings.brief("xi-putin", { actors: ["China", "Russia"] });
    expect(server.requests).toHaveLength(2);
    await briefings.brief("xi-putin", { fresh: true });
    expect(server.requests).toHaveLength(3);
  });

  it("never caches a fallback briefing", async () => {
    const { briefings, server } = await startModelPipeline([
      replyWithError(401),
      replyWithJson(goodPositions),
    ]);
    expect((await briefings.brief("xi-putin")).engine).toBe("offline");
    expect((await briefings.brief("xi-putin")).engine).toBe("openai:gpt-4.1-mini");
    expect(server.requests).toHaveLength(2);
  });

  it("switches to JSON mode with the schema in the prompt when the server rejects json_schema", async () => {
    const { briefings, server } = await startModelPipeline([
      replyWithError(400, {}, "response_format type json_schema is not supported by this server"),
      replyWithJson(goodPositions, null),
    ]);
    const briefing = await briefings.brief("xi-putin");

    expect(server.requests).toHaveLength(2);
    const jsonMode = server.requests[1]?.body;
    expect(jsonMode?.response_format).toEqual({ type: "json_object" });
    expect(jsonMode?.messages?.[1]?.content).toContain('"positions"');
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.usage?.source).toBe("estimated");
    expect(briefing.usage?.promptTokens).toBeGreaterThan(500);
  });
});
