import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import type { Sentence } from "../../src/domain/article";
import { blockTexts } from "../../src/render/blocks";
import type { RecordedCall } from "../support/fakeSlackApi";
import {
  sentenceOfDirective,
  sentencesShownMoreThanOnce,
  textFragmentDirectives,
} from "../support/messageMeasures";
import { buttonClickRequest, eventRequest } from "../support/signedSlackRequests";
import { briefCommand, channel, type Running, startApp } from "../support/slackAppHarness";

/**
 * Answers in a briefing's thread as its reader meets them (issue 10): numbered as the briefing, each quote
 * once, and never left as "Reading the article…".
 */

const articleUrl = "https://news.example/world/xi-putin-alliance";

/** xi-putin stored with a link, so every marker is a text-fragment link to its sentence. */
async function briefLinkedXiPutin(instance: Running): Promise<RecordedCall> {
  await instance.services.store.ingestFile(path.join(projectRoot, "data", "articles", "xi-putin.txt"), {
    slug: "xi-putin-linked",
    url: articleUrl,
  });
  await briefCommand(instance, "xi-putin-linked");
  const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
  await instance.app.idle();
  if (!posted?.ts) throw new Error("no briefing posted");
  return posted;
}

let eventSequence = 0;
/** A question typed in the thread; each its own event and ts. */
async function ask(instance: Running, threadTs: string, text: string): Promise<RecordedCall> {
  eventSequence += 1;
  const ts = `1767226100.${String(eventSequence).padStart(6, "0")}`;
  const before = instance.fake.callsTo("chat.postMessage").length;
  await instance.send(
    eventRequest("message_thread_event.json", {
      eventId: `Ev0THREAD${String(eventSequence).padStart(3, "0")}`,
      event: { thread_ts: threadTs, ts, event_ts: ts, text },
    }),
  );
  const posts = await instance.fake.waitForCalls("chat.postMessage", before + 1);
  await instance.app.idle();
  const placeholder = posts[before];
  if (!placeholder) throw new Error("no reply");
  return placeholder;
}

/** Every "[n]" link of a message: the sentence it links to → its number and URL. */
function numberedLinks(
  blocks: unknown,
  sentences: readonly Sentence[],
): Map<string, { n: number; url: string }> {
  const links = new Map<string, { n: number; url: string }>();
  const text = blockTexts(blocks).join("\n");
  for (const match of text.matchAll(/<(https:[^|>]*)\|\[(\d+)\]>/g)) {
    const url = match[1] ?? "";
    const [directive] = textFragmentDirectives(`<${url}|x>`);
    const sentence = directive && sentenceOfDirective(directive, sentences);
    if (!sentence) throw new Error(`a link to no sentence: ${url}`);
    links.set(sentence.id, { n: Number(match[2]), url });
  }
  return links;
}

/** The suggested-question buttons under a posted briefing. */
function suggestedQuestions(briefing: RecordedCall) {
  const blocks = (briefing.params.blocks ?? []) as Array<{
    block_id?: string;
    elements?: Array<{ action_id: string; value: string; text: { text: string } }>;
  }>;
  return blocks.find((block) => block.block_id === "briefing_questions")?.elements ?? [];
}

describe("answers in a briefing's thread", () => {
  it("cite a sentence the briefing cited by the briefing's [n] and link, and new sentences by the next free numbers", async () => {
    const instance = await startApp();
    const briefing = await briefLinkedXiPutin(instance);
    const sentences = await instance.services.store.sentences("xi-putin-linked");
    const briefingLinks = numberedLinks(briefing.params.blocks, sentences);
    const briefingSources = (await instance.services.briefings.brief("xi-putin-linked")).sources;
    expect(briefingLinks.size).toBeGreaterThan(5);

    const first = instance.fake.shown(
      await ask(instance, String(briefing.ts), "What did Ukraine say about the truce?"),
    );
    const firstLinks = numberedLinks(first?.blocks, sentences);
    const shared = [...firstLinks.keys()].filter((id) => briefingLinks.has(id));
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) expect(firstLinks.get(id)).toEqual(briefingLinks.get(id));

    // A sentence the briefing never cited gets the first number after its sources, and keeps it.
    const second = instance.fake.shown(
      await ask(instance, String(briefing.ts), "When is the military parade on Red Square?"),
    );
    const secondLinks = numberedLinks(second?.blocks, sentences);
    const fresh = [...secondLinks].filter(([id]) => !briefingSources.some((source) => source.id === id));
    expect(fresh.length).toBeGreaterThan(0);
    expect(Math.min(...fresh.map(([, link]) => link.n))).toBe(briefingSources.length + 1);
    const third = instance.fake.shown(
      await ask(instance, String(briefing.ts), "Tell me about the parade on Red Square again"),
    );
    const thirdLinks = numberedLinks(third?.blocks, sentences);
    for (const [id, link] of fresh) if (thirdLinks.has(id)) expect(thirdLinks.get(id)?.n).toBe(link.n);
    for (const answer of [first, second, third])
      expect(sentencesShownMoreThanOnce(answer?.blocks, sentences)).toEqual(new Map());
  });

  it("posts the answer as a new reply when Slack refuses to put it in the placeholder, which then says so", async () => {
    const instance = await startApp();
    const briefing = await briefLinkedXiPutin(instance);
    instance.fake.script("chat.update", { kind: "error", error: "msg_too_long" });
    const placeholder = await ask(instance, String(briefing.ts), "What did Ukraine say about the truce?");
    const [, , answer] = instance.fake.callsTo("chat.postMessage");
    expect(answer?.params.thread_ts).toBe(briefing.ts);
    expect(blockTexts(answer?.params.blocks).join("\n")).toContain("political stunt");
    expect(instance.fake.shown(placeholder)?.text).toBe(
      "The answer could not be shown here, so it is in the next message.",
    );
    const failure = instance.logLines.find((line) => line.includes('"slack.placeholder_update_failed"'));
    expect(JSON.parse(failure ?? "{}")).toMatchObject({
      level: "warn",
      slackError: "msg_too_long",
      fallback: "new_reply",
    });
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(3);
  });

  it("deletes the placeholder when Slack refuses both the answer and the note in it", async () => {
    const instance = await startApp();
    const briefing = await briefLinkedXiPutin(instance);
    instance.fake.script(
      "chat.update",
      { kind: "error", error: "cant_update_message" },
      { kind: "error", error: "cant_update_message" },
    );
    const placeholder = await ask(instance, String(briefing.ts), "What did Ukraine say about the truce?");
    const [deleted] = instance.fake.callsTo("chat.delete");
    expect(deleted?.params).toMatchObject({ channel: placeholder.params.channel, ts: placeholder.ts });
    expect(blockTexts(instance.fake.callsTo("chat.postMessage")[2]?.params.blocks).join("\n")).toContain(
      "political stunt",
    );
    expect(instance.logLines.some((line) => line.includes('"slack.placeholder_note_failed"'))).toBe(true);
  });

  it("asks a suggested question in the briefing's thread as the person's, answers it once per click", async () => {
    const instance = await startApp();
    const briefing = await briefLinkedXiPutin(instance);
    const [button] = suggestedQuestions(briefing);
    if (!button) throw new Error("no suggested question");
    const click = buttonClickRequest({
      actionId: button.action_id,
      value: button.value,
      responseUrl: instance.fake.responseUrl,
      channel,
      messageTs: briefing.ts,
      triggerId: "0000000000001.0000000000009.fake",
    });
    expect((await instance.send(click)).status).toBe(200);
    await instance.fake.waitForCalls("chat.update", 1);
    await instance.app.idle();
    const [, asked, placeholder] = instance.fake.callsTo("chat.postMessage");
    expect(asked?.params.thread_ts).toBe(briefing.ts);
    expect(blockTexts(asked?.params.blocks)).toEqual([`<@U0FAKEUSER1> asked: *${button.text.text}*`]);
    expect(placeholder?.params.thread_ts).toBe(briefing.ts);
    const sentences = await instance.services.store.sentences("xi-putin-linked");
    const answerLinks = numberedLinks(instance.fake.shown(placeholder)?.blocks, sentences);
    expect(answerLinks.size).toBeGreaterThan(0);
    const briefingLinks = numberedLinks(briefing.params.blocks, sentences);
    for (const [id, link] of answerLinks)
      if (briefingLinks.has(id)) expect(link).toEqual(briefingLinks.get(id));

    // The same click delivered again is the same job: no second question, no second answer.
    await instance.send(click);
    await instance.app.idle();
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(3);
    expect(instance.fake.callsTo("chat.update")).toHaveLength(1);
  });

  it("reads as a thread: a click, a typed question, 'in one line' in one line, and what the article does not say", async () => {
    const instance = await startApp();
    const briefing = await briefLinkedXiPutin(instance);
    const sentences = await instance.services.store.sentences("xi-putin-linked");
    const [question] = suggestedQuestions(briefing);
    if (!question) throw new Error("no suggested question");
    await instance.send(
      buttonClickRequest({
        actionId: question.action_id,
        value: question.value,
        responseUrl: instance.fake.responseUrl,
        channel,
        messageTs: briefing.ts,
      }),
    );
    await instance.fake.waitForCalls("chat.update", 1);
    await instance.app.idle();
    const typed = instance.fake.shown(
      await ask(instance, String(briefing.ts), "What did Ukraine say about the truce?"),
    );
    const oneLine = instance.fake.shown(
      await ask(instance, String(briefing.ts), "Summarize China's stance in one line"),
    );
    const [answerSection] = blockTexts(oneLine?.blocks);
    expect(answerSection?.split("\n")).toHaveLength(1);
    expect(answerSection).toMatch(/^\*China\* says: /);
    const notSaid = instance.fake.shown(
      await ask(instance, String(briefing.ts), "What does the article say about Japan's position?"),
    );
    expect(blockTexts(notSaid?.blocks)[0]).toMatch(/^The article does not say/);
    const clicked = instance.fake.shown(instance.fake.callsTo("chat.postMessage")[2]);
    for (const answer of [clicked, typed, oneLine, notSaid])
      expect(sentencesShownMoreThanOnce(answer?.blocks, sentences)).toEqual(new Map());
  });
});
