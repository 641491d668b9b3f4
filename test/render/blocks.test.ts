import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain/answer";
import { escapeSlackText, linkTo, renderAnswerMessages } from "../../src/render/blocks";

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

describe("linkTo", () => {
  it("links only http(s) URLs", () => {
    expect(linkTo("javascript:alert(1)", "x")).toBeUndefined();
    expect(linkTo("not a url", "x")).toBeUndefined();
    expect(linkTo("https://a.example/?q=1", "<b>")).toBe("<https://a.example/?q=1|&lt;b&gt;>");
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
    expect(texts).toContain("[1] _However, Ukraine contests this truce as a political stunt._");
    expect(texts).not.toContain("S14");
    expect(texts).toContain("Engine: offline");
    expect(liveMarkup(message)).toEqual([]);
  });

  it("numbers and links as the thread does, and names each part's speaker with the verb it takes", () => {
    const [message] = renderAnswerMessages(
      {
        ...answer,
        article: { ...answer.article, url: "https://news.example/duo" },
        answer: [
          { text: "Ukraine contests this truce.", citations: ["S14"], speaker: "Ukraine" },
          {
            text: "Western nations accused China.",
            citations: ["S11"],
            speaker: "Western nations, not China",
          },
        ],
        sources: [
          { id: "S14", text: "However, Ukraine contests this truce as a political stunt." },
          { id: "S11", text: "Western nations accused China." },
        ],
      },
      {
        numbering: {
          briefingSources: [
            { id: "S2", text: "Xi vows support." },
            { id: "S14", text: "However, Ukraine contests this truce as a political stunt." },
          ],
          laterIds: ["S20", "S11"],
        },
      },
    );
    const [answerLines] = textsOf(message?.blocks ?? []);
    expect(answerLines?.split("\n")).toEqual([
      "*Ukraine* says: Ukraine contests this truce. <https://news.example/duo#:~:text=However%2C%20Ukraine%20contests%20this,as%20a%20political%20stunt|[2]>",
      "*Western nations, not China,* say: Western nations accused China. <https://news.example/duo#:~:text=Western%20nations%20accused%20China|[4]>",
    ]);
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
