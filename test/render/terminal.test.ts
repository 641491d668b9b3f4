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
        { text: "Western nations accused China of helping Russia.", kind: "attributed", citations: ["S5"] },
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

  it("shows a section per actor with its own points apart from others' claims, with [n] markers", () => {
    expect(output).toContain(
      "China — stated position\n  Its own statements and acts:\n    • Xi vows support for Russia. [1]",
    );
    expect(output).toContain(
      "  Claimed by others about China (not its own position):\n    • Western nations accused China of helping Russia. [2]",
    );
  });

  it("shows none and not mentioned honestly, with summary citations numbered like the points", () => {
    expect(output).toContain("EU — no stated position in this article\n  The article reports no statement");
    expect(output).toContain("only mentions the EU [3].");
    expect(output).toContain("Japan — not mentioned in this article");
  });

  it("numbers the sources and quotes them exactly", () => {
    expect(output).toContain("Sources\n  [1] S3: “Xi vows support for Russia.”");
    expect(output).toContain("  [3] S7: “The EU may face a complex situation.”");
    expect(output.startsWith("Leaders meet\nhttps://example.org/a\n")).toBe(true);
    expect(output.endsWith("Engine: offline")).toBe(true);
  });
});
