import { countTokens } from "../src/prompt/countTokens";
import type { RecordedRequest, ScriptedReply } from "../test/support/fakeOpenAiServer";

/**
 * Replies of the bench's fake model: valid structured output shaped by the request (the schema name the
 * engine asks for, the sentence ids it was shown), so no repair round trip or fallback muddies the figures.
 * An answer quotes the first sentence it was shown and cites it; a briefing gives the first actor that
 * sentence as others' account of it, and every other actor "none".
 */

const numberedLine = /^\[(S[1-9]\d*)\] (.*)$/m;

function userContent(request: RecordedRequest): string {
  return request.body.messages?.find((message) => message.role === "user")?.content ?? "";
}

export function benchModelReply(request: RecordedRequest): ScriptedReply {
  const content = userContent(request);
  const usage = { prompt_tokens: promptTokensOf(request), completion_tokens: 40 };
  if (request.body.response_format?.json_schema?.name === "follow_up_answer") {
    const first = numberedLine.exec(content);
    return {
      kind: "json",
      body: first
        ? { found: true, answer: [{ text: first[2], citations: [first[1]] }] }
        : { found: false, answer: [] },
      usage,
    };
  }
  const actors = actorsAskedIn(request);
  // One point, the first sentence shown, so the briefing has something to post (one of nothing is not posted).
  const first = numberedLine.exec(content);
  return {
    kind: "json",
    body: {
      positions: actors.map((actor, index) =>
        index === 0 && first
          ? {
              actor,
              status: "attributed_only",
              summary: first[2],
              points: [{ text: first[2], kind: "attributed", citations: [first[1]] }],
            }
          : { actor, status: "none", summary: "", points: [] },
      ),
    },
    usage,
  };
}

/** The actors a briefing request names, in order. */
export function actorsAskedIn(request: RecordedRequest): string[] {
  return /Actors, in this order: (.*)$/m.exec(userContent(request))?.[1]?.split(", ") ?? [];
}

/** Tokens the model was sent: every message's content, counted with the app's own tokenizer. */
export function promptTokensOf(request: RecordedRequest): number {
  return (request.body.messages ?? []).reduce((total, message) => total + countTokens(message.content), 0);
}
