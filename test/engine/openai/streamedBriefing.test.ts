import { describe, expect, it } from "vitest";
import type { BriefingDraft } from "../../../src/domain/briefing";
import { replyWithError, replyWithJson } from "../../support/fakeOpenAiServer";
import { startModelPipeline } from "../../support/modelPipeline";
import { xiPutinModelReply } from "../../support/progressiveModel";

/** A model briefing streamed through the real SDK from the fake server: drafts as the actors' objects complete. */

const actors = ["China", "Russia", "Ukraine", "EU"];

describe("a streamed model briefing", () => {
  it("gives the offline reading first, then a verified draft each time actors' positions complete, then the same briefing as unstreamed", async () => {
    const { body } = await xiPutinModelReply();
    const { briefings, server } = await startModelPipeline(() => ({
      kind: "paced",
      body,
      // Slow enough that a loaded machine still reads the actors' objects in separate chunks, not one batch.
      tokensPerSecond: 600,
    }));
    const drafts: BriefingDraft[] = [];
    const streamed = await briefings.brief("xi-putin", { onDraft: (draft) => drafts.push(draft) });
    const unstreamed = await briefings.brief("xi-putin", { fresh: true });

    expect(server.requests.map((request) => request.body.stream === true)).toEqual([true, false]);
    expect(streamed.engine).toBe("openai:gpt-4.1-mini");
    expect(streamed.positions).toEqual(unstreamed.positions);
    expect(streamed.sources).toEqual(unstreamed.sources);
    // The preliminary reading: the offline engine's, for every actor.
    expect(drafts[0]?.pending).toEqual(actors);
    expect(drafts[0]?.briefing.engine).toBe("offline");
    const pendingCounts = drafts.map((draft) => draft.pending.length);
    expect(pendingCounts.length).toBeGreaterThan(2);
    expect(
      pendingCounts.every((count, index) => index === 0 || count < (pendingCounts[index - 1] ?? 0)),
    ).toBe(true);
    expect(pendingCounts.at(-1)).toBe(0);
    // Each actor the model has read shows the verified position the finished briefing has.
    for (const draft of drafts.slice(1))
      for (const position of draft.briefing.positions)
        if (!draft.pending.includes(position.actor))
          expect(position).toEqual(streamed.positions.find((final) => final.actor === position.actor));
  });

  it("sends the request unstreamed, from then on, to a server that refuses to stream", async () => {
    const { body } = await xiPutinModelReply();
    const { briefings, server, logLines } = await startModelPipeline((request) =>
      request.body.stream
        ? replyWithError(400, {}, "stream is not supported by this server")
        : replyWithJson(body),
    );
    const drafts: BriefingDraft[] = [];
    const first = await briefings.brief("xi-putin", { onDraft: (draft) => drafts.push(draft) });
    await briefings.brief("xi-putin", { fresh: true, onDraft: () => {} });
    expect(first.engine).toBe("openai:gpt-4.1-mini");
    expect(first.notes).toBeUndefined();
    expect(server.requests.map((request) => request.body.stream === true)).toEqual([true, false, false]);
    // Only the preliminary reading: nothing streamed.
    expect(drafts.map((draft) => draft.pending.length)).toEqual([4]);
    expect(logLines.some((line) => line.event === "model.stream_failed")).toBe(true);
  });

  it("sends the request unstreamed, from then on, to a server that ignores `stream` and answers one plain body", async () => {
    const { body } = await xiPutinModelReply();
    const { briefings, server, logLines } = await startModelPipeline(() => ({
      kind: "json",
      body,
      usage: { prompt_tokens: 1000, completion_tokens: 800 },
      ignoresStream: true,
    }));
    const first = await briefings.brief("xi-putin", { onDraft: () => {} });
    await briefings.brief("xi-putin", { fresh: true, onDraft: () => {} });
    expect(first.engine).toBe("openai:gpt-4.1-mini");
    expect(first.notes).toBeUndefined();
    expect(server.requests.map((request) => request.body.stream === true)).toEqual([true, false, false]);
    expect(logLines.some((line) => line.event === "model.stream_failed")).toBe(true);
  });

  it("streams without stream_options to a server that refuses them, and counts the usage itself", async () => {
    const { body } = await xiPutinModelReply();
    const { briefings, server } = await startModelPipeline((request) =>
      request.body.stream_options
        ? replyWithError(400, {}, "Unrecognized request argument supplied: stream_options")
        : { kind: "paced", body, tokensPerSecond: 20_000 },
    );
    const drafts: BriefingDraft[] = [];
    const briefing = await briefings.brief("xi-putin", { onDraft: (draft) => drafts.push(draft) });
    expect(server.requests.map((request) => [request.body.stream, request.body.stream_options])).toEqual([
      [true, { include_usage: true }],
      [true, undefined],
    ]);
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(drafts.at(-1)?.pending).toEqual([]);
    expect(briefing.usage?.source).toBe("estimated");
    expect(briefing.usage?.completionTokens).toBeGreaterThan(500);
  });

  it("sends the request again unstreamed when the stream breaks off mid-way, and keeps what arrived as drafts", async () => {
    const { body, tokensThroughFirstActor } = await xiPutinModelReply();
    const { briefings, server } = await startModelPipeline((request) =>
      request.body.stream
        ? { kind: "paced", body, tokensPerSecond: 5_000, dropAfterTokens: tokensThroughFirstActor + 5 }
        : replyWithJson(body),
    );
    const drafts: BriefingDraft[] = [];
    const briefing = await briefings.brief("xi-putin", { onDraft: (draft) => drafts.push(draft) });
    expect(server.requests.map((request) => request.body.stream === true)).toEqual([true, false]);
    expect(briefing.engine).toBe("openai:gpt-4.1-mini");
    expect(briefing.notes).toBeUndefined();
    expect(drafts.map((draft) => draft.pending)).toEqual([actors, actors.slice(1)]);
  });

  it("reads the usage a server streams in its last chunk", async () => {
    const { body } = await xiPutinModelReply();
    const { briefings } = await startModelPipeline(() => ({
      kind: "paced",
      body,
      tokensPerSecond: 20_000,
      usage: { prompt_tokens: 1234, completion_tokens: 567 },
    }));
    const briefing = await briefings.brief("xi-putin", { onDraft: () => {} });
    expect(briefing.usage).toEqual({ promptTokens: 1234, completionTokens: 567, source: "api" });
  });
});
