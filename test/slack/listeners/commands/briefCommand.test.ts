import { describe, expect, it } from "vitest";
import { parseBriefCommandText } from "../../../../src/slack/listeners/commands/briefCommand";

describe("parseBriefCommandText", () => {
  it("reads help, list and an article, ignoring case and spacing", () => {
    expect(parseBriefCommandText("")).toEqual({ kind: "help" });
    expect(parseBriefCommandText("  HELP ")).toEqual({ kind: "help" });
    expect(parseBriefCommandText("list")).toEqual({ kind: "list" });
    expect(parseBriefCommandText(" Xi-Putin ")).toEqual({
      kind: "brief",
      slug: "xi-putin",
      actors: undefined,
    });
  });

  it("reads actors after the article, by commas when there are any, else by spaces", () => {
    expect(parseBriefCommandText("xi-putin China, European Union")).toEqual({
      kind: "brief",
      slug: "xi-putin",
      actors: ["China", "European Union"],
    });
    expect(parseBriefCommandText("xi-putin China EU")).toEqual({
      kind: "brief",
      slug: "xi-putin",
      actors: ["China", "EU"],
    });
  });

  it("refuses words after help or list", () => {
    expect(parseBriefCommandText("help me")).toEqual({ kind: "bad" });
    expect(parseBriefCommandText("list all")).toEqual({ kind: "bad" });
  });
});
