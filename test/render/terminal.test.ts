import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/domain/briefing";
import { renderBriefingForTerminal } from "../../src/render/terminal";

const briefing: Briefing = {
  article: { slug: "case", title: "Leaders meet", url: "https://example.org/a", hash: "h" },
  engine: "offline",
  actors: ["China", "EU", "Japan"],
  positions: [
    {
      actor: "China",
      status: "stated",
      points: [
        { text: "Xi vows support for Russia.", kind: "stated", citations: ["S3"] },
        {
          text: "Western nations accused China of helping Russia.",
          kind: "attributed",
          citations: ["S5"],
          claimant: "Western nations",
        },
      ],
    },
    {
      actor: "EU",
      status: "none",
      summary:
        "The article reports no statement or act by the EU's leaders or officials; it only mentions the EU [S7].",
      points: [],
    },
    { actor: "Japan", status: "not_mentioned", summary: "Not mentioned in this article.", points: [] },
  ],
  sources: [
    { id: "S3", text: "Xi vows support for Russia." },
    { id: "S5", text: "Western nations accused China of helping Russia." },
    { id: "S7", text: "The EU may face a complex situation." },
  ],
};

describe("terminal briefing", () => {
  const output = renderBriefingForTerminal(briefing);

  it("starts with the bottom line per actor: its gist, or an honest status", () => {
    expect(output.startsWith("Leaders meet\nhttps://example.org/a\n\nBottom line\n")).toBe(true);
    expect(output).toContain(
      [
        "Bottom line",
        "  China — Xi vows support for Russia. [1]",
        "  EU — no stated position [3]",
        "  Japan — not mentioned",
      ].join("\n"),
    );
  });

  it("then what each actor says and what others say about it, naming the claimant, with [n] markers", () => {
    expect(output).toContain(
      "China\n  Others on China:\n    • Western nations accused China of helping Russia. [2]",
    );
    // The bottom line's point is not listed again.
    expect(output.match(/Xi vows support/g)).toHaveLength(2);
    expect(output.indexOf("Bottom line")).toBeLessThan(output.indexOf("Others on China"));
  });

  it("ends with the numbered sources quoted exactly, and the engine", () => {
    expect(output).toContain("Sources\n  [1] “Xi vows support for Russia.”");
    expect(output).toContain("  [3] “The EU may face a complex situation.”");
    expect(output.indexOf("Others on China")).toBeLessThan(output.indexOf("Sources"));
    expect(output).not.toMatch(/\bS\d+\b/);
    expect(output.endsWith("Engine: offline")).toBe(true);
  });

  it("says when the article has no link", () => {
    const noLink = renderBriefingForTerminal({
      ...briefing,
      article: { ...briefing.article, url: undefined },
    });
    expect(noLink.startsWith("Leaders meet\n(no link to this article is stored)\n")).toBe(true);
  });
});
