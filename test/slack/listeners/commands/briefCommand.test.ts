import { describe, expect, it } from "vitest";
import { parseBriefCommandText } from "../../../../src/slack/briefCommandPlan";

describe("parseBriefCommandText", () => {
  it("reads help, list and an article, ignoring case and spacing", () => {
    expect(parseBriefCommandText("")).toEqual({ kind: "help" });
    expect(parseBriefCommandText("  HELP ")).toEqual({ kind: "help" });
    expect(parseBriefCommandText("list")).toEqual({ kind: "list" });
    expect(parseBriefCommandText(" Xi-Putin ")).toEqual({
      kind: "brief",
      article: "xi-putin",
      actorText: undefined,
    });
  });

  it("keeps what follows the article as the actors' text, read against the catalog later", () => {
    expect(parseBriefCommandText("xi-putin  China, European Union ")).toEqual({
      kind: "brief",
      article: "xi-putin",
      actorText: "China, European Union",
    });
  });

  it("refuses words after help or list", () => {
    expect(parseBriefCommandText("help me")).toEqual({ kind: "bad" });
    expect(parseBriefCommandText("list all")).toEqual({ kind: "bad" });
  });
});
