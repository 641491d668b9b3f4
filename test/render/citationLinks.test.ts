import { describe, expect, it } from "vitest";
import {
  citationNumbering,
  encodeTextDirectiveTerm,
  readTextDirective,
  textFragmentUrl,
} from "../../src/render/citationLinks";

describe("textFragmentUrl", () => {
  it("links a short sentence whole, percent-encoding - , and & as the text directive requires", () => {
    const url = textFragmentUrl("https://news.example/a?id=1#top", "“Sino-Russian ties, trade & arms.”");
    expect(url).toBe("https://news.example/a?id=1#:~:text=Sino%2DRussian%20ties%2C%20trade%20%26%20arms");
    expect(readTextDirective(url ?? "")).toEqual({ start: "Sino-Russian ties, trade & arms" });
  });

  it("links a long sentence by its first and last words, so the link stays short", () => {
    const sentence =
      "However, Ukraine contests this truce as a political stunt, alleging Russia had breached the truce within hours of its kick-off.";
    const url = textFragmentUrl("https://news.example/a", sentence) ?? "";
    expect(url).toBe(
      "https://news.example/a#:~:text=However%2C%20Ukraine%20contests%20this,hours%20of%20its%20kick%2Doff",
    );
    const directive = readTextDirective(url);
    expect(sentence.startsWith(directive?.start ?? "-")).toBe(true);
    expect(sentence).toContain(`${directive?.end}.`);
  });

  it("lengthens the opening until no other sentence holds it, so the highlight starts at the right one", () => {
    const first = "The European Union said on Monday that it would extend the sanctions for a year.";
    const second = "The European Union said on Tuesday that talks with Kyiv would resume next month.";
    const directive = readTextDirective(
      textFragmentUrl("https://news.example/a", second, [first, second]) ?? "",
    );
    expect(directive).toEqual({
      start: "The European Union said on Tuesday",
      end: "would resume next month",
    });
    expect(first.includes(directive?.start ?? "")).toBe(false);
  });

  it("gives nothing without an http(s) URL or words", () => {
    expect(textFragmentUrl(undefined, "A sentence.")).toBeUndefined();
    expect(textFragmentUrl("javascript:alert(1)", "A sentence.")).toBeUndefined();
    expect(textFragmentUrl("not a url", "A sentence.")).toBeUndefined();
    expect(textFragmentUrl("https://news.example/", "…")).toBeUndefined();
  });

  it("encodes a term so no directive separator survives", () => {
    expect(encodeTextDirectiveTerm("a-b,c&d")).toBe("a%2Db%2Cc%26d");
  });
});

describe("citationNumbering", () => {
  it("numbers a briefing's sources in order and gives an answer's other sentences the next numbers", () => {
    const numbers = citationNumbering([{ id: "S3" }, { id: "S7" }], ["S7", "S12", "S1", "S12"]);
    expect([...numbers]).toEqual([
      ["S3", 1],
      ["S7", 2],
      ["S12", 3],
      ["S1", 4],
    ]);
  });
});
