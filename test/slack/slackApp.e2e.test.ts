import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BriefError } from "../../src/domain/errors";
import { feedbackActionIds } from "../../src/render/blocks";
import type { Services } from "../../src/services";
import type { SlackAppServices } from "../../src/slack/slackAppServices";
import { createSlackState } from "../../src/slack/slackState";
import { replyWithError, replyWithJson, startFakeOpenAiServer } from "../support/fakeOpenAiServer";
import { fakeBotId, fakeBotUserId } from "../support/fakeSlackApi";
import { type NewsServer, newsPages, startNewsServer } from "../support/newsPages";
import {
  buttonClickRequest,
  eventRequest,
  interactionRequest,
  sendSlackRequestsFromWorker,
  slashCommandRequest,
} from "../support/signedSlackRequests";
import {
  botToken,
  briefCommand,
  channel,
  postBriefing,
  type Running,
  signingSecret,
  startApp,
} from "../support/slackAppHarness";
import { runSql } from "../support/storageBackends";
import { temporaryDatabasePath } from "../support/tempDatabase";

/** End to end over loopback (test/support/slackAppHarness.ts): assertions on what the fake Slack received. */

const threadQuestion = (threadTs: string, text: string, eventId: string, ts = "1767226100.000200") =>
  eventRequest("message_thread_event.json", {
    eventId,
    event: { thread_ts: threadTs, ts, event_ts: ts, text },
  });

const allText = (value: unknown): string => JSON.stringify(value);

/** A command's private answers, its "Preparing…" or "Fetching…" left out, once there are `count` of them. */
async function privateAnswers(instance: Running, count: number) {
  const answers = () =>
    instance.fake
      .callsTo("response_url")
      .filter((call) => !/^(Preparing|Fetching) /.test(String(call.params.text)));
  for (let wait = 0; wait < 200 && answers().length < count; wait += 1) await sleep(25);
  if (answers().length < count)
    throw new Error(`waited for ${count} private answer(s), saw ${answers().length}`);
  return answers();
}

/** A live Slack mention or link: `<!…>`, `<@…>`, `<#…>` or `<http…>` not written by the app itself. */
function liveMentions(posted: unknown, allowedUser = "U0FAKEUSER1"): string[] {
  const text = allText(posted);
  return [...text.matchAll(/<[!@#][^>]*>|<https?:[^>]*>/g)]
    .map((match) => match[0])
    .filter((mention) => mention !== `<@${allowedUser}>`);
}

/** Briefings that wait until open() is called: what is answered before then did not wait for the work. */
function heldBriefings() {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let started = 0;
  const override = (services: Services): Partial<SlackAppServices> => ({
    briefings: {
      brief: async (slug, options) => {
        started += 1;
        await gate;
        return services.briefings.brief(slug, options);
      },
    },
  });
  return { override, open, started: () => started };
}

describe("/brief", () => {
  it("acks before any briefing work is done, then posts the briefing with every actor's bottom line", async () => {
    // Every briefing waits behind a gate opened only after the acks are back: an ack that waited for the work
    // would never arrive. How fast the ack is, `npm run bench` measures (section 1).
    const held = heldBriefings();
    const instance = await startApp(held.override);
    const command = () => slashCommandRequest({ text: "xi-putin", response_url: instance.fake.responseUrl });
    const responses = await sendSlackRequestsFromWorker(instance.baseUrl, [command(), command(), command()], {
      signingSecret,
    });
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body).toBe("");
    }
    // Acked while no briefing could be finished, let alone posted.
    expect(instance.fake.callsTo("chat.postMessage")).toEqual([]);
    held.open();
    // Each job says it privately once it knows a briefing will be made.
    const preparing = await instance.fake.waitForCalls("response_url", 3);
    expect(preparing.map((call) => call.params)).toEqual(
      Array.from({ length: 3 }, () => ({
        response_type: "ephemeral",
        text: "Preparing the briefing on `xi-putin`…",
      })),
    );

    const [posted] = await instance.fake.waitForCalls("chat.postMessage", 3);
    await instance.app.idle();
    expect(held.started()).toBe(3);
    const expected = await instance.services.briefings.brief("xi-putin");
    const blocksText = allText(posted?.params.blocks);
    expect(posted?.params).toMatchObject({
      channel,
      unfurl_links: "false",
      unfurl_media: "false",
      metadata: {
        event_type: "brief_bot_briefing",
        event_payload: { slug: "xi-putin", article_hash: expected.article.hash },
      },
    });
    for (const actor of ["China", "Russia", "Ukraine", "EU"]) expect(blocksText).toContain(`*${actor}* — `);
    expect(blocksText).toContain("Requested by <@U0FAKEUSER1>");
    expect(blocksText).toContain("Reply in this thread to ask about the article");
    expect(blocksText).toContain("📄 Sources");
    expect(typeof posted?.params.text).toBe("string");
    expect(expected.sources.length).toBeGreaterThan(0);
    expect(instance.fake.callsTo("auth.test")).toHaveLength(1);
  });

  it("answers help, list and an unknown slug privately, without any model call", async () => {
    let briefingCalls = 0;
    const instance = await startApp((services) => ({
      briefings: {
        brief: (slug, options) => {
          briefingCalls += 1;
          return services.briefings.brief(slug, options);
        },
      },
    }));
    await briefCommand(instance, "");
    await briefCommand(instance, "list");
    await briefCommand(instance, "xi-putn");
    const replies = await privateAnswers(instance, 3);
    await instance.app.idle();
    const texts = replies.map((reply) => String(reply.params.text));
    expect(texts.find((text) => text.startsWith("*Usage:*"))).toContain("`/brief &lt;article&gt;`");
    const list = replies.find((reply) => String(reply.params.text).startsWith("*Stored articles*"));
    expect(allText(list?.params.blocks)).toContain("`xi-putin`");
    const unknown = replies.find((reply) => String(reply.params.text).startsWith("No stored article"));
    expect(unknown?.params.text).toBe(
      "No stored article is called `xi-putn` or has it in its title. Did you mean one of these?",
    );
    expect(allText(unknown?.params.blocks)).toContain('{\\"slug\\":\\"xi-putin\\"}');
    expect(replies.every((reply) => reply.params.response_type === "ephemeral")).toBe(true);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);
    // An unknown slug is found out before the ack, so it never reaches the briefing service.
    expect(briefingCalls).toBe(0);
  });

  it("briefs on the actors named after the article, and explains a bad actor name privately", async () => {
    const instance = await startApp();
    await briefCommand(instance, "xi-putin China, European Union");
    const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    const blocksText = allText(posted?.params.blocks);
    expect(blocksText).toContain("*China*");
    expect(blocksText).toContain("*EU*");
    expect(blocksText).not.toContain("*Russia*");

    await briefCommand(instance, "xi-putin <!channel>");
    const replies = await privateAnswers(instance, 1);
    await instance.app.idle();
    const refusal = replies
      .map((reply) => String(reply.params.text))
      .find((text) => text.startsWith("I don't know"));
    expect(refusal).toContain("“&lt;!channel&gt;”");
    expect(refusal).not.toContain("<!channel>");
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("delivers the briefing privately with how to invite the bot when it is not in the channel", async () => {
    const instance = await startApp();
    instance.fake.script("chat.postMessage", { kind: "error", error: "not_in_channel" });
    await briefCommand(instance, "xi-putin");
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    expect(reply?.params.response_type).toBe("ephemeral");
    const text = allText(reply?.params.blocks);
    expect(text).toContain("/invite @brief-bot");
    expect(text).toContain("*Ukraine*");
    expect(instance.logLines.some((line) => line.includes('"slack.briefing_delivered_privately"'))).toBe(
      true,
    );
  });

  it("in a DM it cannot post to (channel_not_found), delivers the briefing privately with how to invite it", async () => {
    const instance = await startApp();
    instance.fake.script("chat.postMessage", { kind: "error", error: "channel_not_found" });
    await instance.send(
      slashCommandRequest({
        text: "xi-putin",
        channel_id: "D0FAKEDM001",
        response_url: instance.fake.responseUrl,
      }),
    );
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    expect(instance.fake.callsTo("chat.postMessage")[0]?.params.channel).toBe("D0FAKEDM001");
    expect(reply?.params.response_type).toBe("ephemeral");
    expect(allText(reply?.params.blocks)).toContain("/invite @brief-bot");
    expect(allText(reply?.params.blocks)).toContain("*China*");
  });

  it("retries a 429 after Retry-After, within bounds", async () => {
    const instance = await startApp();
    instance.fake.script("chat.postMessage", { kind: "rate_limited", retryAfterSeconds: 1 });
    await briefCommand(instance, "xi-putin");
    const calls = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(calls[1]?.reply.kind).toBe("ok");
    // Nothing private but the "Preparing…": the retry worked.
    expect(instance.fake.callsTo("response_url").map((call) => call.params.text)).toEqual([
      "Preparing the briefing on `xi-putin`…",
    ]);
  });

  it("gives up on a long Retry-After at once with a clear message", async () => {
    const instance = await startApp();
    instance.fake.script("chat.postMessage", { kind: "rate_limited", retryAfterSeconds: 60 });
    await briefCommand(instance, "xi-putin");
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    expect(reply?.params.text).toMatch(/rate-limiting/);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("on a model failure over HTTP (fake OpenAI server, 401) posts the offline briefing and answer, each with a note", async () => {
    const model = await startFakeOpenAiServer([replyWithError(401, {}, "Incorrect API key provided")]);
    try {
      const instance = await startApp(undefined, {
        BRIEF_ENGINE: "openai",
        OPENAI_API_KEY: "sk-test-not-a-real-key",
        OPENAI_BASE_URL: model.baseURL,
      });
      const briefingTs = await postBriefing(instance);
      await instance.send(
        threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0MODEL0001"),
      );
      const [briefing, answer] = await instance.fake.waitForCalls("chat.postMessage", 2);
      await instance.app.idle();
      expect(model.requests.length).toBeGreaterThan(0);
      for (const posted of [briefing, answer]) {
        const text = allText(instance.fake.shown(posted)?.blocks);
        expect(text).toContain("did not accept this app's credentials");
        expect(text).not.toMatch(/OPENAI_|BRIEF_|HTTP 401|Incorrect API key/);
      }
      expect(allText(instance.fake.shown(answer)?.blocks)).toContain("political stunt");
      expect(instance.logLines.some((line) => line.includes('"slack.answer_posted"'))).toBe(true);
      expect(instance.logLines.join("\n")).not.toContain("sk-test-not-a-real-key");
    } finally {
      await model.close();
    }
  });

  it("posts a model briefing when the model's reply leaves out the optional summary", async () => {
    const point = (text: string, citation: string) => ({ text, kind: "stated", citations: [citation] });
    const model = await startFakeOpenAiServer([
      replyWithJson({
        positions: [
          {
            actor: "China",
            status: "stated",
            points: [point("Xi vows continued support for Russia.", "S3")],
          },
          { actor: "Russia", status: "stated", points: [] },
          { actor: "Ukraine", status: "stated", points: [] },
          { actor: "EU", status: "none", points: [] },
        ],
      }),
    ]);
    try {
      const instance = await startApp(undefined, {
        BRIEF_ENGINE: "openai",
        OPENAI_API_KEY: "sk-test-not-a-real-key",
        OPENAI_BASE_URL: model.baseURL,
      });
      await postBriefing(instance);
      const [briefing] = instance.fake.callsTo("chat.postMessage");
      expect(model.requests).toHaveLength(1);
      // Posted as a frame while the model read, then replaced by the model briefing.
      expect(allText(instance.fake.shown(briefing)?.blocks)).toContain("openai:gpt-4.1-mini");
      expect(allText(instance.fake.shown(briefing)?.blocks)).not.toMatch(/Note:/);
    } finally {
      await model.close();
    }
  });

  it("tells the user when the briefing cannot be made (model failure), and logs it without secrets", async () => {
    const instance = await startApp(() => ({
      briefings: {
        brief: () =>
          Promise.reject(
            new BriefError(
              "model_unavailable",
              "The model did not answer within 60 s (BRIEF_LLM_TIMEOUT_MS).",
            ),
          ),
      },
    }));
    await briefCommand(instance, "xi-putin");
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    // Plain words: the setting's name is for the log.
    expect(reply?.params.text).toBe(
      "The model could not answer just now. It has been logged; please try again in a moment.",
    );
    expect(instance.logLines.join("\n")).toContain("BRIEF_LLM_TIMEOUT_MS");
    expect(instance.logLines.some((line) => line.includes('"job.failed"'))).toBe(true);
    expect(instance.logLines.join("\n")).not.toContain(botToken);
    expect(instance.logLines.join("\n")).not.toContain(signingSecret);
  });
});

describe("follow-ups in a briefing's thread", () => {
  it("shows a sign of work within 1 s when the model takes 5 s, then updates it in place with the answer and feedback buttons", async () => {
    const model = await startFakeOpenAiServer((request) =>
      request.body.response_format?.json_schema?.name === "follow_up_answer"
        ? {
            kind: "slow",
            delayMs: 5_000,
            reply: replyWithJson({
              found: true,
              answer: [{ text: "Ukraine contests the truce as a political stunt.", citations: ["S14"] }],
            }),
          }
        : replyWithError(503),
    );
    try {
      const instance = await startApp(undefined, {
        BRIEF_ENGINE: "openai",
        OPENAI_API_KEY: "sk-test-not-a-real-key",
        OPENAI_BASE_URL: model.baseURL,
        BRIEF_LLM_TIMEOUT_MS: "8000",
      });
      const briefingTs = await postBriefing(instance);
      const asked = Date.now();
      await instance.send(
        threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0SLOW00001"),
      );
      const [, placeholder] = await instance.fake.waitForCalls("chat.postMessage", 2);
      // Posted while the model still holds its answer: the sign of work does not wait for the work (the
      // briefing's own frame was updated before, into the briefing).
      expect(
        instance.fake.callsTo("chat.update").filter((call) => call.params.ts === placeholder?.ts),
      ).toEqual([]);
      // Issue 10's acceptance asks for it within 1 s, literally, so the figure stays: it takes tens of
      // milliseconds, so 1 s leaves a loaded machine room. The bench measures how fast follow-ups are acked.
      expect((placeholder?.at ?? Number.POSITIVE_INFINITY) - asked).toBeLessThan(1_000);
      expect(placeholder?.params.thread_ts).toBe(briefingTs);
      expect(allText(placeholder?.params.blocks)).toContain("Reading the article");

      const update = await instance.fake.waitForCall(
        "chat.update",
        (call) => call.params.ts === placeholder?.ts,
        10_000,
      );
      await instance.app.idle();
      expect((update?.at ?? 0) - asked).toBeGreaterThanOrEqual(4_500);
      expect(update?.params.ts).toBe(placeholder?.ts);
      const shown = allText(instance.fake.shown(placeholder)?.blocks);
      expect(shown).toContain("political stunt");
      expect(shown).toContain("openai:gpt-4.1-mini");
      expect(shown).toContain(feedbackActionIds.up);
      expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(2);
    } finally {
      await model.close();
    }
  });

  it("replies once in the thread, citing the truce sentence; a retried delivery gets no second reply", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    const question = threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0TRUCE0001");
    const response = await instance.send(question);
    expect(response.status).toBe(200);
    const [, reply] = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(reply?.params.thread_ts).toBe(briefingTs);
    expect(allText(instance.fake.shown(reply)?.blocks)).toContain("political stunt");

    await instance.send(question, { retryNum: 1 });
    await instance.app.idle();
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("answers an @mention once, though it arrives as both app_mention and message", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    const ts = "1767226100.000300";
    const text = `<@${fakeBotUserId}> when is the military parade on Red Square?`;
    await instance.send(
      eventRequest("app_mention_event.json", {
        eventId: "Ev0MENTION01",
        event: { thread_ts: briefingTs, ts, event_ts: ts },
      }),
    );
    await instance.send(threadQuestion(briefingTs, text, "Ev0MESSAGE01", ts));
    await instance.app.idle();
    const replies = instance.fake.callsTo("chat.postMessage").slice(1);
    expect(replies).toHaveLength(1);
    expect(allText(instance.fake.shown(replies[0])?.blocks)).toContain("Red Square");
  });

  it("ignores the bot's own messages, other bots, edits and threads that are not briefings", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    await instance.send(
      eventRequest("message_thread_event.json", {
        eventId: "Ev0OWN000001",
        event: { thread_ts: briefingTs, user: fakeBotUserId, bot_id: fakeBotId, text: "my own answer" },
      }),
    );
    await instance.send(
      eventRequest("message_thread_event.json", {
        eventId: "Ev0BOT000001",
        event: { thread_ts: briefingTs, bot_id: "B0OTHERBOT1", subtype: "bot_message", user: undefined },
      }),
    );
    await instance.send(
      eventRequest("message_thread_event.json", {
        eventId: "Ev0EDIT00001",
        event: { thread_ts: briefingTs, subtype: "message_changed" },
      }),
    );
    await instance.send(
      eventRequest("message_thread_event.json", {
        eventId: "Ev0OTHER0001",
        event: {
          thread_ts: "1767220000.000001",
          parent_user_id: "U0SOMEONE01",
          text: "What did Ukraine say?",
        },
      }),
    );
    await instance.app.idle();
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
    // A thread under someone else's message is never looked up.
    expect(instance.fake.callsTo("conversations.replies")).toHaveLength(0);
  });

  it("asks for a question when an @mention in the thread has none", async () => {
    let questionsAsked = 0;
    const instance = await startApp((services) => ({
      answers: {
        ask: (...args) => {
          questionsAsked += 1;
          return services.answers.ask(...args);
        },
      },
    }));
    const briefingTs = await postBriefing(instance);
    const ts = "1767226100.000400";
    await instance.send(
      eventRequest("app_mention_event.json", {
        eventId: "Ev0EMPTY0001",
        event: { thread_ts: briefingTs, ts, event_ts: ts, text: `<@${fakeBotUserId}>  ` },
      }),
    );
    const [, reply] = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(reply?.params.thread_ts).toBe(briefingTs);
    expect(instance.fake.shown(reply)?.text).toMatch(/^What would you like to know about the article\?/);
    expect(questionsAsked).toBe(0);
  });

  it("never turns <!channel> or a disguised link in a question into a live mention", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    await instance.send(
      threadQuestion(
        briefingTs,
        "<!channel> what about <https://evil.example|the truce>? &lt;!here&gt;",
        "Ev0CHAN00001",
      ),
    );
    await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    for (const call of instance.fake.calls.filter((call) => call.method !== "auth.test")) {
      expect(liveMentions(call.params)).toEqual([]);
    }
  });

  it("answers a 40 KB question in one short reply without quoting it back or logging an error", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    const question = "What did Ukraine say about the truce? ";
    const huge = `\u202e<!channel> ${question.repeat(1_100)}`.slice(0, 40_000);
    await instance.send(threadQuestion(briefingTs, huge, "Ev0HUGE00001"));
    const [, reply] = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    const shown = instance.fake.shown(reply)?.text ?? "";
    expect(shown).toMatch(/^That question is 39,\d{3} characters long; please ask in at most 2,000\.$/);
    expect(liveMentions(reply?.params)).toEqual([]);
    expect(instance.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  it("never shows a core error meant for the log (internal, config) to the person asking", async () => {
    const instance = await startApp(() => ({
      answers: {
        ask: () =>
          Promise.reject(new BriefError("internal", "Prompt placeholder {{passages}} has no value.")),
      },
    }));
    const briefingTs = await postBriefing(instance);
    await instance.send(threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0INTERNAL1"));
    const [, reply] = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(instance.fake.shown(reply)?.text).toBe(
      "I could not answer that just now. It has been logged; please ask again in a moment.",
    );
    expect(instance.logLines.join("\n")).toContain("Prompt placeholder");
  });

  it("posts one clear message in the thread when answering fails", async () => {
    const instance = await startApp(() => ({
      answers: { ask: () => Promise.reject(new Error("socket hang up")) },
    }));
    const briefingTs = await postBriefing(instance);
    await instance.send(threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0FAIL00001"));
    const [, reply] = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(reply?.params.thread_ts).toBe(briefingTs);
    expect(instance.fake.shown(reply)?.text).toBe(
      "I could not answer that just now. It has been logged; please ask again in a moment.",
    );
    expect(instance.logLines.some((line) => line.includes('"slack.answer_failed"'))).toBe(true);
  });

  it("remembers briefing threads across a restart", async () => {
    const databasePath = temporaryDatabasePath();
    const first = await startApp(undefined, { BRIEF_ENGINE: "offline", BRIEF_DB: databasePath });
    const briefingTs = await postBriefing(first);
    await first.app.stop();

    const second = await startApp(undefined, { BRIEF_ENGINE: "offline", BRIEF_DB: databasePath });
    await second.send(threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0RESTART01"));
    const [reply] = await second.fake.waitForCalls("chat.postMessage", 1);
    await second.app.idle();
    expect(reply?.params.thread_ts).toBe(briefingTs);
    expect(allText(second.fake.shown(reply)?.blocks)).toContain("political stunt");
    // Known from the table: no need to read the briefing's metadata back from Slack.
    expect(second.fake.callsTo("conversations.replies")).toHaveLength(0);
  });

  it("recovers a forgotten briefing thread from the briefing's message metadata, with one Slack call", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    await runSql(instance.services.storage, "DELETE FROM slack_briefing_threads");

    await instance.send(threadQuestion(briefingTs, "What did Ukraine say about the truce?", "Ev0RECOVER01"));
    const [, reply] = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(reply?.params.thread_ts).toBe(briefingTs);
    expect(allText(instance.fake.shown(reply)?.blocks)).toContain("political stunt");
    const [lookup] = instance.fake.callsTo("conversations.replies");
    expect(lookup?.params).toMatchObject({ channel, ts: briefingTs, include_all_metadata: "true" });

    // Remembered again: the next question needs no lookup.
    await instance.send(
      threadQuestion(briefingTs, "When is the military parade?", "Ev0RECOVER02", "1767226100.000500"),
    );
    await instance.fake.waitForCalls("chat.postMessage", 3);
    await instance.app.idle();
    expect(instance.fake.callsTo("conversations.replies")).toHaveLength(1);
    expect(instance.logLines.some((line) => line.includes('"slack.briefing_thread_recovered"'))).toBe(true);
  });

  it("does not answer in a thread under one of its own messages that is not a briefing", async () => {
    const instance = await startApp();
    await instance.send(threadQuestion("1767220000.000009", "What did Ukraine say?", "Ev0NOTBRIEF1"));
    await instance.app.idle();
    expect(instance.fake.callsTo("conversations.replies")).toHaveLength(1);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});

describe("feedback buttons", () => {
  it("records one vote per person per briefing and thanks privately", async () => {
    const instance = await startApp();
    const briefingTs = await postBriefing(instance);
    const click = (actionId: string) =>
      instance.send(
        buttonClickRequest({
          actionId,
          value: "xi-putin:h",
          responseUrl: instance.fake.responseUrl,
          channel,
          messageTs: briefingTs,
        }),
      );
    expect((await click("briefing_feedback_up")).status).toBe(200);
    expect((await click("briefing_feedback_down")).status).toBe(200);
    const thanks = await privateAnswers(instance, 2);
    await instance.app.idle();
    expect(thanks.map((call) => call.params.response_type)).toEqual(["ephemeral", "ephemeral"]);
    expect(thanks.every((call) => call.params.replace_original === false)).toBe(true);
    // One person clicked twice: one vote, the last.
    expect(await createSlackState(instance.services.storage).feedbackFor(channel, briefingTs)).toEqual({
      up: 0,
      down: 1,
    });
  });
});

describe("request hygiene", () => {
  it("rejects a bad signature and a timestamp over 5 minutes old or ahead with 401, doing no work", async () => {
    const instance = await startApp();
    const request = slashCommandRequest({ text: "xi-putin", response_url: instance.fake.responseUrl });
    const nowSeconds = Math.floor(Date.now() / 1000);
    const badSignature = await instance.send(request, { signWith: "not-the-secret" });
    const stale = await instance.send(request, { timestampSeconds: nowSeconds - 6 * 60 });
    const future = await instance.send(request, { timestampSeconds: nowSeconds + 10 * 60 });
    await instance.app.idle();
    expect([badSignature.status, stale.status, future.status]).toEqual([401, 401, 401]);
    expect(instance.fake.calls.filter((call) => call.method !== "auth.test")).toEqual([]);
    expect(instance.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  it("answers a signed body that is not a Slack payload with 400 at once", async () => {
    const instance = await startApp();
    const bodies = [
      { body: "[]", contentType: "application/json" },
      { body: '{"type":"event_callback"}', contentType: "application/json" },
      { body: "{not json", contentType: "application/json" },
      { body: "text=xi-putin&user_id=U1", contentType: "application/x-www-form-urlencoded" },
      { body: "payload=%7Bnot%20json", contentType: "application/x-www-form-urlencoded" },
    ];
    for (const request of bodies) expect((await instance.send(request)).status, request.body).toBe(400);
    await instance.app.idle();
    expect(instance.fake.calls.filter((call) => call.method !== "auth.test")).toEqual([]);
    expect(instance.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  it("answers a null body with 400 while a briefing is still being made, without waiting for it", async () => {
    // How fast, `npm run bench` measures (section 1); here, that the answer does not queue behind the work.
    const held = heldBriefings();
    const instance = await startApp(held.override);
    await instance.send(slashCommandRequest({ text: "xi-putin", response_url: instance.fake.responseUrl }));
    await vi.waitFor(() => expect(held.started()).toBe(1));
    const nulls = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      nulls.push(await instance.send({ body: "null", contentType: "application/json" }));
    expect(nulls.map((response) => response.status)).toEqual([400, 400, 400]);
    expect(instance.fake.callsTo("chat.postMessage")).toEqual([]);
    held.open();
    await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(instance.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  it("answers Slack's unsigned SSL check, and lets nothing smuggled into it through", async () => {
    const instance = await startApp();
    const smuggled = JSON.stringify({
      type: "block_actions",
      user: { id: "U0ATTACKER1" },
      trigger_id: "1.2.smuggled",
      response_url: instance.fake.responseUrl,
      channel: { id: channel },
      container: { type: "message", message_ts: "1767226000.000001", channel_id: channel },
      message: { ts: "1767226000.000001", type: "message" },
      actions: [{ type: "button", action_id: "briefing_feedback_up", value: "xi-putin:h" }],
    });
    const body = new URLSearchParams({ ssl_check: "1", payload: smuggled }).toString();
    const response = await fetch(`${instance.baseUrl}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(response.status).toBe(200);
    await instance.app.idle();
    expect(instance.fake.calls.filter((call) => call.method !== "auth.test")).toEqual([]);
    expect(await instance.services.jobStore.counts()).toEqual({ pending: 0, running: 0, done: 0, failed: 0 });
  });

  it("runs a replayed /brief (the same signed request, the same trigger_id) once", async () => {
    const instance = await startApp();
    const request = slashCommandRequest({ text: "xi-putin", response_url: instance.fake.responseUrl });
    const first = await instance.send(request);
    const replay = await instance.send(request);
    await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    expect([first.status, replay.status]).toEqual([200, 200]);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(instance.fake.callsTo("response_url").map((call) => call.params.text)).toEqual([
      "Preparing the briefing on `xi-putin`…",
    ]);
  });

  it("keeps every reply to a 40 KB command under Slack's limits and echoes only the start of it", async () => {
    const instance = await startApp();
    const huge = `${"x".repeat(20_000)} ${"China ".repeat(3_400)}`.slice(0, 40_000);
    const response = await briefCommand(instance, huge);
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    expect(response.body.length).toBeLessThan(300);
    expect(String(reply?.params.text).length).toBeLessThan(1_000);
    expect(instance.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  it("answers 200 fuzzed commands once each, within Slack's limits, logging none of them as an error", async () => {
    const instance = await startApp();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      "xi-putin",
      "list",
      "help",
      "China,",
      "EU",
      "<!channel>",
      "&amp;",
      "💥",
      " ",
      ",,",
      "\u0000",
      "Ä",
      "-",
      "a".repeat(300),
    ];
    const texts = Array.from({ length: 200 }, () =>
      Array.from(
        { length: Math.floor(random() * 6) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join(random() < 0.5 ? " " : ""),
    );
    const statuses = [];
    for (const text of texts) statuses.push((await briefCommand(instance, text)).status);
    await instance.app.idle();
    expect(statuses.every((status) => status === 200)).toBe(true);
    const outcomes = [
      ...instance.fake.callsTo("chat.postMessage"),
      ...instance.fake
        .callsTo("response_url")
        .filter((call) => !String(call.params.text).startsWith("Preparing")),
    ];
    expect(outcomes).toHaveLength(texts.length);
    for (const call of outcomes) {
      expect(String(call.params.text ?? "").length).toBeLessThanOrEqual(40_000);
      expect(Array.isArray(call.params.blocks) ? call.params.blocks.length : 0).toBeLessThanOrEqual(50);
    }
    expect(instance.logLines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  }, 60_000);

  it("serves the health endpoint with the jobs waiting", async () => {
    const instance = await startApp();
    const response = await fetch(`${instance.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, jobs: { pending: 0, running: 0 } });
  });
});

describe("articles from links, messages and pasted text", () => {
  const newsServers: NewsServer[] = [];
  afterEach(async () => {
    for (const server of newsServers.splice(0)) await server.close();
  });

  /** The app with the test pages' server allowed (or not), plus any other core settings. */
  async function startWithNews(options: { allowed?: boolean; environment?: Record<string, string> } = {}) {
    const news = await startNewsServer(newsPages());
    newsServers.push(news);
    const instance = await startApp(() => ({}), {
      BRIEF_ENGINE: "offline",
      BRIEF_ARTICLES_DIR: "/nonexistent",
      ...(options.allowed === false ? {} : { BRIEF_FETCH_ALLOW_HOSTS: `127.0.0.1:${news.port}` }),
      ...options.environment,
    });
    return { instance, news };
  }

  const wireUrl = (news: NewsServer) => `${news.origin}/world/china-envoy-ceasefire`;
  const wireSlug = "chinas-envoy-says-beijing-ready-to-help-broker-ukraine-ceasefire";

  it("/brief <http://127.0.0.1:PORT/…|label> with that host allowed fetches, stores and posts the briefing", async () => {
    const { instance, news } = await startWithNews();
    const response = await briefCommand(instance, `<${wireUrl(news)}|Meridian Wire>`);
    expect(response.body).toBe("");
    const [fetching] = await instance.fake.waitForCalls("response_url", 1);
    expect(fetching?.params).toEqual({ response_type: "ephemeral", text: `Fetching \`${wireUrl(news)}\`…` });
    const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    const stored = await instance.services.store.require(wireSlug);
    expect(stored).toMatchObject({ outlet: "Meridian Wire", date: "2025-06-12", byline: "Lena Park" });
    expect(posted?.params).toMatchObject({
      channel,
      metadata: { event_payload: { slug: wireSlug, article_hash: stored.hash } },
    });
    const blocksText = allText(posted?.params.blocks);
    expect(blocksText).toContain("China's envoy says Beijing ready to help broker Ukraine ceasefire");
    // Citations link to their sentences in the fetched article's canonical URL.
    expect(blocksText).toContain(`${stored.url}#:~:text=`);
    for (const actor of ["China", "Russia", "Ukraine", "EU"]) expect(blocksText).toContain(`*${actor}*`);
    expect(news.requests).toEqual(["/world/china-envoy-ceasefire"]);
  });

  it("refuses a link to a private address with one clear line, and the server gets no connection", async () => {
    const { instance, news } = await startWithNews({ allowed: false });
    await briefCommand(instance, wireUrl(news));
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    expect(reply?.params).toMatchObject({
      response_type: "ephemeral",
      text: `I won't fetch ${wireUrl(news)}: it points at a loopback address.`,
    });
    expect(news.connections()).toBe(0);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(instance.logLines.some((line) => line.includes('"level":"error"'))).toBe(false);
  });

  it("says a paywalled page cannot be briefed and offers the paste form, storing nothing", async () => {
    const { instance, news } = await startWithNews();
    await briefCommand(instance, `${news.origin}/premium/eu-defence-fund`);
    const [reply] = await privateAnswers(instance, 1);
    await instance.app.idle();
    expect(reply?.params.text).toBe(
      `${news.origin}/premium/eu-defence-fund is behind a paywall: I can read only 32 words of it. Paste the text with \`/brief paste\` instead.`,
    );
    expect(await instance.services.store.slugs()).toEqual([]);
  });

  it("limits who may add articles, and how many links one person may have fetched in an hour", async () => {
    const { instance, news } = await startWithNews({
      environment: { BRIEF_INGEST_USERS: "U0FAKEUSER1", BRIEF_FETCHES_PER_USER_PER_HOUR: "1" },
    });
    await briefCommand(instance, wireUrl(news));
    await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    await briefCommand(instance, `${news.origin}/europe/ukraine-loan`);
    await instance.send(
      slashCommandRequest({
        text: wireUrl(news),
        user_id: "U0OTHERUSR1",
        response_url: instance.fake.responseUrl,
      }),
    );
    await privateAnswers(instance, 2);
    await instance.app.idle();
    const replies = await privateAnswers(instance, 2);
    expect(replies.map((reply) => reply.params.text).sort()).toEqual([
      "Adding articles from Slack is limited to some people here; ask whoever runs brief-bot. Stored articles can still be briefed (`/brief list`).",
      "You have had many links fetched in the last hour. Please try again in 60 minutes, or paste the text with `/brief paste`.",
    ]);
    expect(news.requests).toEqual(["/world/china-envoy-ceasefire"]);
  });

  it("the message shortcut briefs the message's first link in that message's thread, and answers follow-ups there", async () => {
    const { instance, news } = await startWithNews();
    const shortcut = interactionRequest("message_action.json", {
      response_url: instance.fake.responseUrl,
      message: {
        text: `Worth a read: <${wireUrl(news)}|${news.origin.slice(7)}> and <${news.origin}/europe/ukraine-loan>`,
      },
    });
    expect((await instance.send(shortcut)).status).toBe(200);
    const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    const messageTs = "1767226150.000100";
    expect(posted?.params).toMatchObject({ channel, thread_ts: messageTs });
    expect(allText(posted?.params.blocks)).toContain("Ukraine ceasefire");
    expect(instance.fake.callsTo("response_url")[0]?.params.text).toBe(`Fetching \`${wireUrl(news)}\`…`);
    expect(news.requests).toEqual(["/world/china-envoy-ceasefire"]);

    await instance.send(threadQuestion(messageTs, "What did Ukraine say about a ceasefire?", "Ev0SHORTCUT1"));
    const replies = await instance.fake.waitForCalls("chat.postMessage", 2);
    await instance.app.idle();
    expect(replies[1]?.params).toMatchObject({ channel, thread_ts: messageTs });
    expect(allText(instance.fake.shown(replies[1]))).toContain("froze the front line");
  });

  it("the shortcut on a message without a link says so privately", async () => {
    const { instance } = await startWithNews();
    await instance.send(
      interactionRequest("message_action.json", {
        response_url: instance.fake.responseUrl,
        message: { text: "No link here, <@U0FAKEUSER2>" },
      }),
    );
    const [reply] = await instance.fake.waitForCalls("response_url", 1);
    await instance.app.idle();
    expect(reply?.params.text).toMatch(/^That message has no link to brief\./);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  const pastedText = [
    "China's foreign ministry said on Monday that Beijing would send its special envoy to Kyiv and Moscow next week to discuss a ceasefire.",
    "Ukraine's foreign ministry said it welcomed the visit but that its peace formula was not up for negotiation.",
    "Russia's foreign ministry said Moscow was ready to receive the envoy.",
    "The European Union said it hoped China would press Russia to withdraw its troops.",
  ].join("\n");

  it("/brief paste opens the form at once; its submission stores the text and posts the briefing in the channel", async () => {
    const { instance } = await startWithNews();
    const opened = await instance.send(
      slashCommandRequest({
        text: "paste",
        trigger_id: "0000000000009.trigger",
        response_url: instance.fake.responseUrl,
      }),
    );
    expect(opened.status).toBe(200);
    const [open] = await instance.fake.waitForCalls("views.open", 1);
    expect(open?.params.trigger_id).toBe("0000000000009.trigger");
    expect(open?.params.view).toMatchObject({
      type: "modal",
      callback_id: "brief_paste_article",
      private_metadata: JSON.stringify({ channelId: channel }),
    });

    const submitted = await instance.send(
      interactionRequest("view_submission.json", {
        view: {
          state: {
            values: {
              paste_title: {
                title: { type: "plain_text_input", value: "China to send envoy to Kyiv and Moscow" },
              },
              paste_url: { url: { type: "url_text_input", value: null } },
              paste_text: { text: { type: "plain_text_input", value: pastedText } },
              paste_text_2: { text: { type: "plain_text_input", value: null } },
            },
          },
        },
      }),
    );
    expect(submitted).toMatchObject({ status: 200, body: "" });
    const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    expect(posted?.params.channel).toBe(channel);
    expect(allText(posted?.params.blocks)).toContain("China to send envoy to Kyiv and Moscow");
    expect(instance.fake.callsTo("chat.postEphemeral")[0]?.params).toMatchObject({
      channel,
      user: "U0FAKEUSER1",
      text: "Preparing the briefing on `china-to-send-envoy-to-kyiv-and-moscow`…",
    });
  });

  it("shows a submission's problem in the form itself, and stores nothing", async () => {
    const { instance } = await startWithNews();
    const submitted = await instance.send(
      interactionRequest("view_submission.json", {
        view: {
          state: {
            values: {
              paste_title: { title: { type: "plain_text_input", value: "Short" } },
              paste_text: { text: { type: "plain_text_input", value: "Only a few words." } },
            },
          },
        },
      }),
    );
    expect(submitted.status).toBe(200);
    expect(JSON.parse(submitted.body)).toEqual({
      response_action: "errors",
      errors: { paste_text: "That is too little text to brief (4 words). Paste the whole article." },
    });
    expect(await instance.services.store.slugs()).toEqual([]);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("the help's button opens the paste form", async () => {
    const { instance } = await startWithNews();
    await briefCommand(instance, "help");
    const [help] = await instance.fake.waitForCalls("response_url", 1);
    expect(allText(help?.params.blocks)).toContain("brief_open_paste_form");
    const payload = {
      type: "block_actions",
      user: { id: "U0FAKEUSER1" },
      team: { id: "T0FAKETEAM1" },
      api_app_id: "A0FAKEAPP01",
      container: {
        type: "message",
        message_ts: "1767226000.000001",
        channel_id: channel,
        is_ephemeral: true,
      },
      channel: { id: channel },
      response_url: instance.fake.responseUrl,
      trigger_id: "0000000000010.trigger",
      actions: [
        { type: "button", action_id: "brief_open_paste_form", block_id: "brief_paste", value: "paste" },
      ],
    };
    await instance.send({
      body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      contentType: "application/x-www-form-urlencoded",
    });
    const [open] = await instance.fake.waitForCalls("views.open", 1);
    await instance.app.idle();
    expect(open?.params.trigger_id).toBe("0000000000010.trigger");
  });
});
