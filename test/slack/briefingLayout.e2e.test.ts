import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import { blockTexts } from "../../src/render/blocks";
import { channelMessageCharacterBudget } from "../../src/render/briefingBlocks";
import type { RecordedCall } from "../support/fakeSlackApi";
import {
  markupCharacters,
  sentenceOfDirective,
  sentencesShownMoreThanOnce,
  textFragmentDirectives,
} from "../support/messageMeasures";
import { buttonClickRequest } from "../support/signedSlackRequests";
import { briefCommand, channel, type Running, startApp } from "../support/slackAppHarness";

/**
 * The briefing as a person in the channel meets it (issue 10's acceptance): bottom line first, each sentence
 * once, every marker a link to its sentence, within its budget; the quotes one click away.
 */

const actors = ["China", "Russia", "Ukraine", "EU"];
const articleUrl = "https://news.example/world/xi-putin-alliance";

/** xi-putin stored again with a link, as `npm run ingest` would store a page it fetched. */
async function storeLinkedCopy(instance: Running): Promise<void> {
  await instance.services.store.ingestFile(path.join(projectRoot, "data", "articles", "xi-putin.txt"), {
    slug: "xi-putin-linked",
    url: articleUrl,
  });
}

async function briefingPosted(instance: Running, text: string): Promise<RecordedCall> {
  await briefCommand(instance, text);
  const [posted] = await instance.fake.waitForCalls("chat.postMessage", 1);
  await instance.app.idle();
  if (!posted) throw new Error("no briefing posted");
  return posted;
}

const blocksOf = (call: RecordedCall | undefined): unknown[] => {
  const blocks = call?.params.blocks;
  return Array.isArray(blocks) ? blocks : [];
};

describe("the posted briefing", () => {
  it("puts the bottom line for all four actors in its first blocks, each sentence once, within 2,500 characters", async () => {
    const instance = await startApp();
    const posted = await briefingPosted(instance, "xi-putin");
    const blocks = blocksOf(posted);
    // Header, who asked, then one line per actor.
    const bottomLine = blockTexts(blocks.slice(0, 3)).join("\n");
    for (const actor of actors) expect(bottomLine).toMatch(new RegExp(`^\\*${actor}\\* — \\S`, "m"));
    const sentences = await instance.services.store.sentences("xi-putin");
    expect(sentences).toHaveLength(25);
    expect(sentencesShownMoreThanOnce(blocks, sentences)).toEqual(new Map());
    expect(markupCharacters(blocks)).toBeLessThanOrEqual(channelMessageCharacterBudget);
    expect(blocks.length).toBeLessThan(15);
  });

  it("links every citation marker to its sentence in the article with a text fragment", async () => {
    const instance = await startApp();
    await storeLinkedCopy(instance);
    const posted = await briefingPosted(instance, "xi-putin-linked");
    const sentences = await instance.services.store.sentences("xi-putin-linked");
    const text = blockTexts(blocksOf(posted)).join("\n");
    const markers = text.match(/\[\d+\]/g) ?? [];
    const linkedMarkers = text.match(/<https:[^|>]*#:~:text=[^|>]*\|\[\d+\]>/g) ?? [];
    expect(markers.length).toBeGreaterThan(5);
    expect(linkedMarkers).toHaveLength(markers.length);
    const directives = textFragmentDirectives(text);
    expect(directives).toHaveLength(markers.length);
    for (const directive of directives) expect(sentenceOfDirective(directive, sentences)).toBeDefined();
    expect(text).toContain(`<${articleUrl}|Source article>`);
    expect(sentencesShownMoreThanOnce(blocksOf(posted), sentences)).toEqual(new Map());
  });

  it("opens every quoted source, numbered as in the message, from its Sources and more button", async () => {
    const instance = await startApp();
    await storeLinkedCopy(instance);
    const posted = await briefingPosted(instance, "xi-putin-linked");
    const actions = blocksOf(posted).find(
      (block): block is { type: "actions"; elements: Array<{ action_id: string; value: string }> } =>
        typeof block === "object" &&
        block !== null &&
        (block as { block_id?: string }).block_id === "briefing_actions",
    );
    const button = actions?.elements.find((element) => element.action_id === "briefing_sources");
    expect(button).toBeDefined();
    const response = await instance.send(
      buttonClickRequest({
        actionId: "briefing_sources",
        value: button?.value ?? "",
        responseUrl: instance.fake.responseUrl,
        channel,
        messageTs: posted.ts,
        triggerId: "0000000000001.0000000000002.fake",
      }),
    );
    expect(response.status).toBe(200);
    const [opened] = await instance.fake.waitForCalls("views.open", 1);
    const [updated] = await instance.fake.waitForCalls("views.update", 1);
    await instance.app.idle();
    expect(opened?.params.trigger_id).toBe("0000000000001.0000000000002.fake");
    expect(updated?.params.view_id).toMatch(/^V0FAKEVIEW/);
    const view = updated?.params.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("modal");
    const viewText = blockTexts(view.blocks).join("\n");
    const briefing = await instance.services.briefings.brief("xi-putin-linked");
    briefing.sources.forEach((source, index) => {
      expect(viewText).toMatch(new RegExp(`<https:[^|>]*\\|\\[${index + 1}\\]> _`));
      expect(viewText).toContain(source.text.replaceAll("&", "&amp;"));
    });
    // The message's own lines are not repeated there.
    const messageLines = blockTexts(blocksOf(posted))
      .join("\n")
      .split("\n")
      .filter((line) => line.startsWith("• "));
    for (const line of messageLines) expect(viewText).not.toContain(line);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});
