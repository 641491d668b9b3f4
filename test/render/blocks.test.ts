import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain/answer";
import type { Briefing } from "../../src/domain/briefing";
import {
  escapeSlackText,
  linkTo,
  renderAnswerMessages,
  renderBriefingMessages,
  slackLimits,
} from "../../src/render/blocks";

const hostile = "<!channel> <!here> <@U0VICTIM1> <https://evil.example|bank login> & more";

function briefingWith(overrides: Partial<Briefing> = {}): Briefing {
  return {
    article: {
      slug: "xi-putin",
      title: "The Steadfast Duo",
      url: "https://news.example/duo",
      hash: "abc123",
    },
    engine: "offline",
    actors: ["China", "Ukraine"],
    positions: [
      {
        actor: "China",
        status: "stated",
        points: [{ text: "Xi vows continued support for Russia.", kind: "stated", citations: ["S2"] }],
      },
      {
        actor: "Ukraine",
        status: "stated",
        points: [
          { text: "Ukraine calls the truce a political stunt.", kind: "stated", citations: ["S14", "S2"] },
        ],
      },
    ],
    sources: [
      { id: "S2", text: "Xi vows continued support for a beleaguered Russia." },
      { id: "S14", text: "However, Ukraine contests this truce as a political stunt." },
    ],
    ...overrides,
  };
}

const textsOf = (blocks: readonly KnownBlock[]): string[] =>
  blocks.flatMap((block) => {
    if (block.type === "section" || block.type === "header") return block.text ? [block.text.text] : [];
    if (block.type === "context")
      return block.elements.flatMap((element) => ("text" in element ? [element.text] : []));
    if (block.type === "actions")
      return block.elements.flatMap((element) => (element.type === "button" ? [element.text.text] : []));
    return [];
  });

/** Mentions and links anywhere in a message, other than the one user mention the renderer may add. */
const liveMarkup = (value: unknown) =>
  [...JSON.stringify(value).matchAll(/<[!@#][^>]*>|<https?:[^>]*>/g)].map((match) => match[0]);

describe("renderBriefingMessages", () => {
  it("has a header, who asked, a section per actor with markers, quoted sources, engine and feedback", () => {
    const [message, ...rest] = renderBriefingMessages(briefingWith(), { requestedBy: "U0FAKEUSER1" });
    expect(rest).toEqual([]);
    const texts = textsOf(message?.blocks ?? []);
    expect(message?.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "The Steadfast Duo" },
    });
    expect(texts).toContain("Requested by <@U0FAKEUSER1>");
    expect(texts).toContain("<https://news.example/duo|Source article>");
    expect(texts.join("\n")).toContain("• Ukraine calls the truce a political stunt. [2][1]");
    expect(texts.join("\n")).toContain(
      "[2] _“However, Ukraine contests this truce as a political stunt.”_ (S14)",
    );
    expect(texts.join("\n")).toContain("Reply in this thread to ask about the article");
    expect(message?.blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ value: "xi-putin:abc123" }, {}],
    });
    expect(message?.text).toContain("The Steadfast Duo");
  });

  it("escapes &, < and > in article, model and user text so nothing becomes a mention or a link", () => {
    const briefing = briefingWith({
      article: { slug: "x", title: hostile, url: "https://news.example/a>b|c", hash: "h" },
      positions: [
        {
          actor: hostile,
          status: "stated",
          summary: hostile,
          points: [{ text: hostile, kind: "attributed", citations: ["S1"] }],
        },
      ],
      sources: [{ id: "S1", text: hostile }],
      notes: [hostile],
    });
    const messages = renderBriefingMessages(briefing, { requestedBy: "<!channel>" });
    expect(liveMarkup(messages)).toEqual(["<https://news.example/a%3Eb%7Cc|Source article>"]);
    expect(JSON.stringify(messages)).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@U0VICTIM1&gt;");
    expect(JSON.stringify(messages)).toContain("&amp; more");
  });

  it("shows a summary's [S..] citations as the sources' numbered markers, escaped text around them", () => {
    const briefing = briefingWith({
      positions: [
        {
          actor: "EU",
          status: "none",
          summary: "The article reports no statement by EU's <officials>; it only mentions EU [S14][S2].",
          points: [],
        },
      ],
    });
    const texts = textsOf(renderBriefingMessages(briefing)[0]?.blocks ?? []).join("\n");
    expect(texts).toContain(
      "*EU* — no stated position in this article\nThe article reports no statement by EU's &lt;officials&gt;; it only mentions EU [2][1].",
    );
    expect(texts).not.toContain("[S14]");
  });

  it("links only http(s) URLs", () => {
    expect(linkTo("javascript:alert(1)", "x")).toBeUndefined();
    expect(linkTo("not a url", "x")).toBeUndefined();
    expect(linkTo("https://a.example/?q=1", "<b>")).toBe("<https://a.example/?q=1|&lt;b&gt;>");
  });

  it("keeps each section within 3,000 characters and never cuts a citation marker", () => {
    const sources = Array.from({ length: 30 }, (_, index) => ({
      id: `S${index + 1}`,
      text: `Sentence ${index + 1} ${"word ".repeat(60)}`.trim(),
    }));
    const points = sources.map((source) => ({
      text: `A point resting on ${source.id}: ${"detail ".repeat(40)}`.trim(),
      kind: "stated" as const,
      citations: [source.id],
    }));
    points.push({ text: "x".repeat(5_000), kind: "stated", citations: ["S3", "S4"] });
    const briefing = briefingWith({ positions: [{ actor: "China", status: "stated", points }], sources });
    const blocks = renderBriefingMessages(briefing).flatMap((message) => message.blocks);
    const sections = blocks.filter((block) => block.type === "section");
    expect(sections.length).toBeGreaterThan(2);
    for (const block of sections) {
      const text = block.text?.text ?? "";
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(slackLimits.sectionText);
      // Every line ends whole: a marker list is complete, never "[1" or "[".
      for (const line of text.split("\n")) expect(line).not.toMatch(/\[\d*$/);
    }
    const joined = textsOf(blocks).join("\n");
    expect(joined).toContain("… [3][4]");
    for (let index = 1; index <= 30; index += 1) expect(joined).toContain(`[${index}] _“Sentence ${index} `);
  });

  it("splits past 50 blocks into several messages, the feedback buttons on the last", () => {
    const positions = Array.from({ length: 70 }, (_, index) => ({
      actor: `Actor ${index}`,
      status: "none" as const,
      points: [],
    }));
    const messages = renderBriefingMessages(briefingWith({ positions, sources: [] }));
    expect(messages.length).toBe(2);
    for (const message of messages)
      expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
    expect(messages[1]?.blocks.at(-1)?.type).toBe("actions");
    expect(messages[0]?.blocks.some((block) => block.type === "actions")).toBe(false);
    expect(messages[1]?.text).toMatch(/\(continued\)$/);
  });

  it("leaves out feedback buttons for a privately delivered briefing and puts the preface first", () => {
    const [message] = renderBriefingMessages(briefingWith(), { preface: "Invite me.", withFeedback: false });
    expect(message?.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "Invite me." } });
    expect(message?.blocks.some((block) => block.type === "actions")).toBe(false);
  });
});

describe("renderAnswerMessages", () => {
  const answer: Answer = {
    article: { slug: "xi-putin", title: "The Steadfast Duo", hash: "abc123" },
    question: "What did Ukraine say about the truce?",
    found: true,
    answer: [{ text: "Ukraine called the truce a political stunt <!here>.", citations: ["S14"] }],
    sources: [{ id: "S14", text: "However, Ukraine contests this truce as a political stunt." }],
    engine: "offline",
  };

  it("renders the cited answer, the quoted source and the engine, escaped", () => {
    const [message] = renderAnswerMessages(answer);
    const texts = textsOf(message?.blocks ?? []).join("\n");
    expect(texts).toContain("Ukraine called the truce a political stunt &lt;!here&gt;. [1]");
    expect(texts).toContain("[1] _“However, Ukraine contests this truce as a political stunt.”_ (S14)");
    expect(texts).toContain("Engine: offline");
    expect(liveMarkup(message)).toEqual([]);
  });

  it("says the article does not say when nothing was found", () => {
    const [message] = renderAnswerMessages({ ...answer, found: false, answer: [], sources: [] });
    expect(message?.text).toBe("The article does not say.");
  });
});

describe("escapeSlackText", () => {
  it("escapes the three control characters, & first", () => {
    expect(escapeSlackText("a & <b> &lt;")).toBe("a &amp; &lt;b&gt; &amp;lt;");
  });
});
