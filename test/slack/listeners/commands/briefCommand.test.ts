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

  it("reads a link in Slack's forms or bare in place of the article, actors after it, and paste", () => {
    expect(parseBriefCommandText("<https://news.example/a?x=1&amp;y=2|Meridian Wire story>")).toEqual({
      kind: "link",
      url: "https://news.example/a?x=1&y=2",
      actorText: undefined,
    });
    expect(parseBriefCommandText("<https://news.example/a> China, EU")).toEqual({
      kind: "link",
      url: "https://news.example/a",
      actorText: "China, EU",
    });
    expect(parseBriefCommandText(" https://news.example/A ")).toEqual({
      kind: "link",
      url: "https://news.example/A",
      actorText: undefined,
    });
    expect(parseBriefCommandText("Paste")).toEqual({ kind: "paste" });
    expect(parseBriefCommandText("<@U123>")).toEqual({
      kind: "brief",
      article: "<@u123>",
      actorText: undefined,
    });
  });
});
