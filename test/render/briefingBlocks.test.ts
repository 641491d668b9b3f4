import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import type { Briefing, Point } from "../../src/domain/briefing";
import { blockTexts, slackLimits } from "../../src/render/blocks";
import {
  channelMessageCharacterBudget,
  renderBriefingMessages,
  renderBriefingSourcesView,
  sourcesActionId,
  visibleCharacters,
} from "../../src/render/briefingBlocks";
import { readTextDirective } from "../../src/render/citationLinks";
import { BriefingRefSchema, SuggestedQuestionValueSchema } from "../../src/slack/payloads";

const hostile = "<!channel> <!here> <@U0VICTIM1> <https://evil.example|bank login> & more";

const sources = [
  { id: "S2", text: "Amid bullying by the US, Xi vows continued support for a beleaguered Russia." },
  { id: "S4", text: "Both leaders have spoken highly of their productive discussions." },
  { id: "S11", text: "Western nations have repeatedly accused China of bolstering Russia's economy." },
  { id: "S14", text: "However, Ukraine contests this truce as a political stunt." },
  { id: "S15", text: "During the night, Russian forces reportedly attacked Sumy." },
  { id: "S16", text: "The Russian military denies the breach, stating Ukrainian forces continue to attack." },
  { id: "S22", text: "The European Union may find itself in a complex situation." },
];

const stated = (text: string, ...citations: string[]): Point => ({ text, kind: "stated", citations });
const claim = (text: string, claimant: string | undefined, ...citations: string[]): Point => ({
  text,
  kind: "attributed",
  citations,
  ...(claimant !== undefined && { claimant }),
});

function briefingWith(overrides: Partial<Briefing> = {}): Briefing {
  return {
    article: {
      slug: "xi-putin",
      title: "The Steadfast Duo",
      url: "https://news.example/duo",
      hash: "abc123",
    },
    engine: "offline",
    actors: ["China", "Russia", "Ukraine", "EU"],
    positions: [
      {
        actor: "China",
        status: "stated",
        summary: "Xi vows continued support for a beleaguered Russia.",
        gistCitations: ["S2"],
        points: [
          stated("Xi vows continued support for a beleaguered Russia.", "S2"),
          stated("Both leaders have spoken highly of their productive discussions.", "S4"),
          claim(
            "Western nations have repeatedly accused China of bolstering Russia's economy.",
            "Western nations",
            "S11",
          ),
        ],
      },
      {
        actor: "Russia",
        status: "stated",
        points: [
          stated("Both leaders have spoken highly of their productive discussions.", "S4"),
          stated(
            "The Russian military denies the breach, stating Ukrainian forces continue to attack.",
            "S16",
          ),
          claim("Russian forces reportedly attacked Sumy.", undefined, "S15"),
          claim("Ukraine contests this truce as a political stunt.", "Ukraine", "S14"),
        ],
      },
      {
        actor: "Ukraine",
        status: "stated",
        points: [
          stated("Ukraine contests this truce as a political stunt.", "S14"),
          claim(
            "The Russian military denies the breach, stating Ukrainian forces continue to attack.",
            "Russia",
            "S16",
          ),
        ],
      },
      {
        actor: "EU",
        status: "none",
        summary:
          "The article reports no statement or act by the EU's leaders or officials; it only mentions the EU [S22].",
        points: [],
      },
    ],
    sources,
    ...overrides,
  };
}

/** The modal "Sources and more" opens, from the button the message carries (as the action listener does). */
function sourcesViewFor(briefing: Briefing, blocks: readonly KnownBlock[]) {
  const actions = blocks.find((block) => block.type === "actions" && block.block_id === "briefing_actions");
  const button = actions?.type === "actions" ? actions.elements[0] : undefined;
  const value = button?.type === "button" ? (button.value ?? "") : "";
  return renderBriefingSourcesView(briefing, BriefingRefSchema.parse(JSON.parse(value)));
}

const lines = (blocks: readonly unknown[]) => blockTexts(blocks).flatMap((text) => text.split("\n"));

/** Mentions and links anywhere in a message, other than the one user mention the renderer may add. */
const liveMarkup = (value: unknown) =>
  [...JSON.stringify(value).matchAll(/<[!@#][^>]*>|<https?:[^>]*>/g)].map((match) => match[0]);

describe("the briefing's channel message", () => {
  const [channel, ...more] = renderBriefingMessages(briefingWith(), { requestedBy: "U0FAKEUSER1" });
  const channelBlocks = channel?.blocks ?? [];
  const channelLines = lines(channelBlocks);

  it("opens with the title, who asked and the article, then one bottom line per actor", () => {
    expect(more).toEqual([]);
    expect(channelBlocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "The Steadfast Duo" },
    });
    expect(blockTexts([channelBlocks[1]])).toEqual([
      "Requested by <@U0FAKEUSER1>",
      "<https://news.example/duo|Source article>",
    ]);
    const bottomLine = blockTexts([channelBlocks[2]])[0]?.split("\n") ?? [];
    expect(bottomLine.map((line) => line.replace(/<[^|>]*\|([^>]*)>/g, "$1"))).toEqual([
      "*China* — Xi vows continued support for a beleaguered Russia. [1]",
      // Russia's first point is shared with China, so its bottom line is the first one of its own.
      "*Russia* — The Russian military denies the breach, stating Ukrainian forces continue to attack. [6]",
      "*Ukraine* — Ukraine contests this truce as a political stunt. [4]",
      "*EU* — _no stated position_ [7]",
    ]);
  });

  it("then says what each actor says and what others say about it, each sentence once, under its speaker", () => {
    const readable = channelLines.map((line) => line.replace(/<[^|>]*\|([^>]*)>/g, "$1"));
    expect(readable).toContain("*China* says");
    expect(readable).toContain(
      "• Both leaders have spoken highly of their productive discussions. _(with Russia)_ [2]",
    );
    expect(readable).toContain("*Others on China*");
    expect(readable).toContain(
      "• *Western nations* have repeatedly accused China of bolstering Russia's economy. [3]",
    );
    expect(readable).toContain("*Others on Russia*");
    expect(readable).toContain("• _Unsourced:_ Russian forces reportedly attacked Sumy. [5]");
    // S4 is under China (with Russia); S14 is Ukraine's bottom line, so not also a claim about Russia; S16
    // is Russia's bottom line, so not also Russia's claim about Ukraine.
    expect(readable.some((line) => line.startsWith("*Russia* says"))).toBe(false);
    expect(readable.some((line) => line.startsWith("*Others on Ukraine*"))).toBe(false);
    const linked = channelLines.join("\n").match(/#:~:text=[^|]*/g) ?? [];
    expect(linked).toHaveLength(new Set(linked).size);
    expect(linked).toHaveLength(7);
  });

  it("links every marker to its sentence in the article with a text fragment", () => {
    const urls = [...channelLines.join("\n").matchAll(/<(https:[^|>]*#:~:text=[^|>]*)\|\[\d+\]>/g)].map(
      (match) => match[1] ?? "",
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith("https://news.example/duo#:~:text=")).toBe(true);
      const directive = readTextDirective(url);
      expect(sources.some((source) => source.text.includes(directive?.start ?? "-"))).toBe(true);
    }
  });

  it("quotes no source in the message and ends with where they are, the engine and the buttons", () => {
    expect(channelLines.some((line) => line.includes("Amid bullying"))).toBe(false);
    expect(channelLines).toContain(
      "Reply in this thread to ask about the article, or tap a question · Engine: offline",
    );
    expect(channelBlocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [
        { action_id: sourcesActionId, text: { text: "📄 Sources" } },
        { action_id: "briefing_feedback_up", value: "xi-putin:abc123" },
        { action_id: "briefing_feedback_down", value: "xi-putin:abc123" },
      ],
    });
    expect(channel?.text).toContain("China: Xi vows continued support");
  });

  it("puts every quoted source, numbered as in the message and linked, behind Sources and more", () => {
    const view = sourcesViewFor(briefingWith(), channelBlocks);
    expect(view.title.text).toBe("Sources and more");
    const viewLines = lines(view.blocks).map((line) => line.replace(/<[^|>]*\|([^>]*)>/g, "$1"));
    expect(viewLines).toContain("*Sources*");
    expect(viewLines).toContain(
      "[1] _Amid bullying by the US, Xi vows continued support for a beleaguered Russia._",
    );
    expect(viewLines).toContain("[7] _The European Union may find itself in a complex situation._");
    expect(viewLines.join("\n")).not.toMatch(/\(S\d+\)|\bS\d+\b/);
  });
});

describe("renderBriefingMessages", () => {
  it("shows at most three points per list; the rest wait behind the button, which counts them", () => {
    const many = Array.from({ length: 6 }, (_, index) => ({
      id: `S${index + 1}`,
      text: `China said thing ${index + 1}.`,
    }));
    const briefing = briefingWith({
      positions: [
        { actor: "China", status: "stated", points: many.map((source) => stated(source.text, source.id)) },
      ],
      sources: many,
    });
    const [channel] = renderBriefingMessages(briefing);
    const channelText = blockTexts(channel?.blocks ?? []).join("\n");
    // One in the bottom line, three under "says", two more behind the button.
    for (const index of [1, 2, 3, 4]) expect(channelText).toContain(`thing ${index}.`);
    expect(channelText).not.toContain("thing 5.");
    // The button says what it holds; the footer does not say it again.
    const [sourcesButton] = (channel?.blocks.at(-1) as { elements?: unknown[] } | undefined)?.elements ?? [];
    expect(sourcesButton).toMatchObject({ text: { text: "📄 Sources and 2 more points" } });
    expect(channelText.match(/more points?/g)).toEqual(["more points"]);
    const threadText = blockTexts(sourcesViewFor(briefing, channel?.blocks ?? []).blocks).join("\n");
    expect(threadText).toContain("*More points*\n");
    expect(threadText).toMatch(
      /\*China\* says\n• China said thing 5\. <[^>]*\|\[5\]>\n• China said thing 6\./,
    );
  });

  it("names the other speakers of a joint statement, and others' claims that their words do not open", () => {
    const briefing = briefingWith({
      positions: [
        {
          actor: "China",
          status: "stated",
          points: [
            stated("Xi vows continued support for a beleaguered Russia.", "S2"),
            stated("Both leaders have spoken highly of their productive discussions.", "S4"),
            claim("Xi was accused of bolstering Russia's economy.", "Western nations", "S11"),
          ],
        },
        {
          actor: "Russia",
          status: "stated",
          points: [
            stated("The Russian military denies the breach.", "S16"),
            stated("Both leaders have spoken highly of their productive discussions.", "S4"),
          ],
        },
      ],
    });
    const text = blockTexts(renderBriefingMessages(briefing)[0]?.blocks ?? []).join("\n");
    expect(text).toMatch(
      /• Both leaders have spoken highly of their productive discussions\. _\(with Russia\)_ </,
    );
    expect(text).toContain("• *Western nations:* Xi was accused");
  });

  it("says once that the article has no link, and writes plain markers", () => {
    const briefing = briefingWith({ article: { slug: "x", title: "No link", hash: "h" } });
    const [channel] = renderBriefingMessages(briefing);
    expect(JSON.stringify(channel).match(/No link to this article is stored/g)).toHaveLength(1);
    expect(liveMarkup(channel)).toEqual([]);
    const view = sourcesViewFor(briefing, channel?.blocks ?? []);
    expect(JSON.stringify(view).match(/No link to this article is stored/g)).toHaveLength(1);
    expect(liveMarkup(view)).toEqual([]);
    expect(blockTexts(channel?.blocks ?? []).join("\n")).toContain("Russia. [1]");
  });

  it("escapes &, < and > in article, model and user text so nothing becomes a mention or a link", () => {
    const briefing = briefingWith({
      article: { slug: "x", title: hostile, url: "https://news.example/a>b|c", hash: "h" },
      positions: [
        {
          actor: hostile,
          status: "stated",
          summary: hostile,
          gistCitations: ["S1"],
          points: [claim(hostile, hostile, "S1"), stated(`${hostile} again`, "S1")],
        },
      ],
      sources: [{ id: "S1", text: hostile }],
      notes: [hostile],
    });
    const messages = renderBriefingMessages(briefing, { requestedBy: "<!channel>" });
    const view = sourcesViewFor(briefing, messages[0]?.blocks ?? []);
    expect(liveMarkup(view).length).toBeGreaterThan(0);
    const live = liveMarkup([messages, view]);
    expect(live).toContain("<https://news.example/a%3Eb%7Cc|Source article>");
    // The app's own links only: the article and text fragments of it.
    for (const link of live) expect(link).toMatch(/^<https:\/\/news\.example\/a%3Eb%7Cc(#:~:text=[^|>]*)?\|/);
    expect(JSON.stringify(messages)).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@U0VICTIM1&gt;");
    expect(JSON.stringify(messages)).toContain("&amp; more");
  });

  it("shows an article's bidi overrides and isolates as �, keeping its left-to-right and right-to-left marks", () => {
    // "Invoice\u202Efdp.exe" reads as "Invoiceexe.pdf"; an isolate left open reorders all that follows it.
    const title = "Invoice\u202Efdp.exe \u2067\u05e9\u05dc\u05d5\u05dd\u200f news\u200e";
    const sentence = "Kyiv said \u202Bthe talks\u202C failed \u2066and more\u2069.";
    const briefing = briefingWith({
      article: { slug: "x", title, url: "https://news.example/a", hash: "h" },
      positions: [
        {
          actor: "Ukraine",
          status: "stated",
          points: [stated(sentence, "S1"), stated(`${title} said it.`, "S2")],
        },
      ],
      sources: [
        { id: "S1", text: sentence },
        { id: "S2", text: `${title} said it.` },
      ],
    });
    const messages = renderBriefingMessages(briefing, { requestedBy: "U1" });
    const shown = JSON.stringify([messages, sourcesViewFor(briefing, messages[0]?.blocks ?? [])]);
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(shown).toContain("Invoice\ufffdfdp.exe \ufffd\u05e9\u05dc\u05d5\u05dd\u200f news\u200e");
    expect(shown).toContain("Kyiv said \ufffdthe talks\ufffd failed");
  });

  it("keeps the channel message within its budget for a long article, and every section within Slack's limit", () => {
    const long = Array.from({ length: 40 }, (_, index) => ({
      id: `S${index + 1}`,
      text: `Sentence ${index + 1} ${"word ".repeat(45)}end.`,
    }));
    const actors = ["China", "Russia", "Ukraine", "EU", "US", "NATO"];
    const positions = actors.map((actor, actorIndex) => ({
      actor,
      status: "stated" as const,
      points: long
        .slice(actorIndex * 6, actorIndex * 6 + 6)
        .map((source, index) =>
          index < 3 ? stated(source.text, source.id) : claim(source.text, "Analysts", source.id),
        ),
    }));
    const briefing = briefingWith({ actors, positions, sources: long });
    const [channel, ...more] = renderBriefingMessages(briefing);
    expect(more).toEqual([]);
    expect(visibleCharacters(channel?.blocks ?? [])).toBeLessThanOrEqual(channelMessageCharacterBudget);
    const view = sourcesViewFor(briefing, channel?.blocks ?? []);
    for (const blocks of [channel?.blocks ?? [], view.blocks]) {
      expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
      for (const text of blockTexts(blocks)) {
        expect(text.length).toBeLessThanOrEqual(slackLimits.sectionText);
        for (const line of text.split("\n")) expect(line).not.toMatch(/\[\d*$/);
      }
    }
    // Every point the message left out is behind the button.
    const all = [...blockTexts(channel?.blocks ?? []), ...blockTexts(view.blocks)].join("\n");
    for (const source of long) expect(all).toContain(`Sentence ${source.id.slice(1)} word`);
  });

  it("offers suggested questions as buttons above the footer, each carrying its question", () => {
    const [message] = renderBriefingMessages(briefingWith());
    const blocks = message?.blocks ?? [];
    const row = blocks.findIndex(
      (block) => block.type === "actions" && block.block_id === "briefing_questions",
    );
    const questions = blocks[row];
    if (questions?.type !== "actions") throw new Error("no suggested questions");
    expect(questions.elements.length).toBeGreaterThanOrEqual(2);
    expect(blockTexts([blocks[row + 1]]).join("")).toContain(
      "Reply in this thread to ask about the article, or tap a question",
    );
    questions.elements.forEach((element, index) => {
      expect(element).toMatchObject({ type: "button", action_id: `briefing_question:${index}` });
      const { text, value } = element as { text: { text: string }; value: string };
      expect(SuggestedQuestionValueSchema.parse(JSON.parse(value))).toEqual({ question: text.text });
    });
    expect(blockTexts([questions])).toContain("What do Western nations say about China?");
    expect(questions.elements).toHaveLength(3);
    // A long message (still within its budget) offers two, which sit in one row on a desktop.
    const padded = (text: string) => `${text.replace(/\.$/, "")}, ${"and so on ".repeat(45).trim()}.`;
    const long = briefingWith({
      positions: briefingWith().positions.map((position) => ({
        ...position,
        points: position.points.map((point) => ({ ...point, text: padded(point.text) })),
      })),
    });
    const [longMessage] = renderBriefingMessages(long);
    const longQuestions = longMessage?.blocks.find((block) => block.block_id === "briefing_questions");
    expect(visibleCharacters(longMessage?.blocks ?? [])).toBeLessThanOrEqual(channelMessageCharacterBudget);
    expect(longQuestions?.type === "actions" && longQuestions.elements).toHaveLength(2);
  });

  it("leaves out feedback buttons for a privately delivered briefing (its sources stay) and puts the preface first", () => {
    const [message] = renderBriefingMessages(briefingWith(), { preface: "Invite me.", withFeedback: false });
    expect(message?.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "Invite me." } });
    const actions = message?.blocks.filter((block) => block.type === "actions") ?? [];
    expect(actions).toMatchObject([{ elements: [{ action_id: sourcesActionId }] }]);
    expect(JSON.stringify(actions)).not.toContain("briefing_feedback");
  });
});
