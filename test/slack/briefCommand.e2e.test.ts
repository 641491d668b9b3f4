import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import { blockTexts } from "../../src/render/blocks";
import type { RecordedCall } from "../support/fakeSlackApi";
import { buttonClickRequest } from "../support/signedSlackRequests";
import { briefCommand, channel, type Running, startApp } from "../support/slackAppHarness";

/**
 * `/brief` cannot mislead (issue 10, item 7; issue 13, item 6): only catalog actors and found articles reach
 * the channel; everything else is answered privately, with buttons for what the person may have meant.
 */

const fixtures = path.join(projectRoot, "test", "fixtures", "articles");

async function storeFixtures(instance: Running): Promise<void> {
  for (const file of fs.readdirSync(fixtures))
    await instance.services.store.ingestFile(path.join(fixtures, file), { slug: file.replace(/\.txt$/, "") });
}

/**
 * Sends `/brief <text>` and waits for its job: the ack's body (always empty: the job decides what the command
 * means), whether it said "Preparing…" privately, and its last private answer.
 */
async function privateAnswerTo(instance: Running, text: string) {
  const before = instance.fake.callsTo("response_url").length;
  const response = await briefCommand(instance, text);
  await instance.fake.waitForCalls("response_url", before + 1);
  await instance.app.idle();
  const replies = instance.fake.callsTo("response_url").slice(before);
  const preparing = replies.find((reply) => String(reply.params.text).startsWith("Preparing"));
  return { ack: response.body, preparing: preparing?.params.text, reply: replies.at(-1) as RecordedCall };
}

const buttonValues = (call: RecordedCall | undefined) =>
  [...JSON.stringify(call?.params.blocks ?? []).matchAll(/"value":"((?:[^"\\]|\\.)*)"/g)].map(
    (match) => JSON.parse(JSON.parse(`"${match[1]}"`)) as { slug: string; actors?: string[] },
  );

const postedBlocks = (instance: Running) =>
  instance.fake.callsTo("chat.postMessage").map((call) => blockTexts(call.params.blocks).join("\n"));

/** A click on a "Brief …" button of a private answer, as Slack sends it. */
const clickBrief = (instance: Running, value: unknown) =>
  instance.send(
    buttonClickRequest({
      actionId: "brief_article:1",
      value: JSON.stringify(value),
      responseUrl: instance.fake.responseUrl,
      channel,
    }),
  );

describe("/brief with actors", () => {
  it("reads multi-word names and other scripts as one catalog actor each", async () => {
    const instance = await startApp();
    await briefCommand(instance, "xi-putin European Union 中国");
    await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    const [posted] = postedBlocks(instance);
    expect(posted).toMatch(/^\*EU\* — /m);
    expect(posted).toMatch(/^\*China\* — /m);
    expect(posted).not.toMatch(/European\*|\*Union\*|\*Russia\*/);
    expect(posted?.match(/^\*[^*]+\* — /gm)).toHaveLength(2);
  });

  it("posts nothing for an actor the article says nothing by or about, and offers those it names", async () => {
    const instance = await startApp();
    const { ack, preparing, reply } = await privateAnswerTo(instance, "xi-putin Japan");
    expect(ack).toBe("");
    expect(preparing).toBe("Preparing the briefing on `xi-putin`…");
    expect(reply.params.response_type).toBe("ephemeral");
    expect(reply.params.text).toBe(
      "The article reports nothing said by or about Japan, so I posted no briefing.",
    );
    expect(buttonValues(reply).map((value) => value.actors?.[0])).toEqual([
      "China",
      "Russia",
      "Ukraine",
      "EU",
      "US",
    ]);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("never posts a name the catalog does not know: the person gets the known actors privately", async () => {
    const instance = await startApp();
    const { ack, preparing, reply } = await privateAnswerTo(
      instance,
      "xi-putin Reset your password at evil.example",
    );
    expect(ack).toBe("");
    expect(preparing).toBeUndefined();
    expect(reply.params.response_type).toBe("ephemeral");
    expect(reply.params.text).toBe(
      "I don't know “Reset your password at evil.example” as an actor, so I posted nothing. Brief `xi-putin` on one of these:",
    );
    const texts = blockTexts(reply.params.blocks).join("\n");
    expect(texts).toContain("Named in this article");
    expect(texts).toContain("Other actors I know");
    const offered = buttonValues(reply);
    expect(offered.every((value) => value.slug === "xi-putin" && value.actors?.length === 1)).toBe(true);
    expect(offered.map((value) => value.actors?.[0])).toEqual(
      expect.arrayContaining(["China", "Russia", "Ukraine", "EU", "Japan", "India"]),
    );
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(0);

    // A click on one of them posts that briefing in the channel.
    expect((await clickBrief(instance, { slug: "xi-putin", actors: ["Ukraine"] })).status).toBe(200);
    await instance.fake.waitForCalls("chat.postMessage", 1);
    await instance.app.idle();
    expect(postedBlocks(instance)[0]).toMatch(/^\*Ukraine\* — /m);
    expect(postedBlocks(instance)[0]?.match(/^\*[^*]+\* — /gm)).toHaveLength(1);
  });
});

describe("/brief with an article", () => {
  it("quotes an unknown slug back without the characters that would reorder the reply", async () => {
    const instance = await startApp();
    const { reply } = await privateAnswerTo(instance, "nothing\u202ehere\u2066");
    expect(reply.params.text).toContain("No stored article is called `nothing\ufffdhere\ufffd`");
    expect(JSON.stringify(reply.params)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]|\\u202e|\\u2066/i);
  });

  it("says no Preparing for an unknown slug and offers at most three near misses as buttons", async () => {
    const instance = await startApp();
    await storeFixtures(instance);
    const { preparing, reply } = await privateAnswerTo(instance, "xi-putn");
    expect(preparing).toBeUndefined();
    expect(reply.params.text).toContain("No stored article is called `xi-putn`");
    const offered = buttonValues(reply);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(3);
    expect(offered[0]?.slug).toBe("xi-putin");
    expect(blockTexts(reply.params.blocks).join("\n")).toContain(
      "*The Steadfast Duo: Xi and Putin's Alliance Afoot*",
    );
  });

  it("briefs the one article whose slug or title holds the word, and offers several as buttons", async () => {
    const instance = await startApp();
    await storeFixtures(instance);
    const sanctions = await privateAnswerTo(instance, "sanctions");
    expect(sanctions.preparing).toBe("Preparing the briefing on `eu-sanctions-package`…");
    expect(postedBlocks(instance)[0]).toContain("EU adopts new sanctions package");

    const { preparing, reply } = await privateAnswerTo(instance, "kremlin");
    expect(preparing).toBeUndefined();
    expect(reply.params.text).toBe(
      "Several stored articles have `kremlin` in their name or title. Which one?",
    );
    expect(
      buttonValues(reply)
        .map((value) => value.slug)
        .sort(),
    ).toEqual(["peacekeepers-dispute", "reuters-putin-xi-call"]);
    expect(instance.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("lists the stored articles newest first, with dates and a Brief button each; help escapes <article>", async () => {
    const instance = await startApp();
    await storeFixtures(instance);
    await instance.services.store.ingestText(
      "Grain ships sail.\nTitle: Black Sea grain corridor reopens\nDate: 2099-01-02\nShips left Odesa.",
      { slug: "grain-corridor" },
    );
    const { reply } = await privateAnswerTo(instance, "list");
    expect(reply.params.text).toBe("*Stored articles* (10), newest first");
    const blocks = reply.params.blocks as Array<{
      type: string;
      accessory?: { type: string; text: { text: string } };
    }>;
    const articles = blocks.filter((block) => block.accessory?.type === "button");
    expect(articles).toHaveLength(10);
    expect(articles.every((block) => block.accessory?.text.text === "Brief")).toBe(true);
    expect(blockTexts(articles.slice(0, 1))[0]).toBe(
      "*Black Sea grain corridor reopens*\n`grain-corridor` · 2099-01-02",
    );
    expect(blockTexts(articles).join("\n")).toMatch(/`xi-putin` · stored \d{4}-\d{2}-\d{2}/);

    const help = await privateAnswerTo(instance, "help");
    expect(help.reply.params.text).toContain("`/brief &lt;article&gt;`");
    expect(String(help.reply.params.text)).not.toMatch(/<article>/);
  });
});
