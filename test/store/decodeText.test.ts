import { describe, expect, it } from "vitest";
import { decodeText, looksBinary } from "../../src/store/decodeText";

describe("decodeText", () => {
  it("maps Windows-1252's 0x80–0x9F to its characters, not C1 controls (Node 20's decoder does the latter)", () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
    // Python's cp1252 table; the five bytes it leaves undefined stay as the code points they are.
    const expected = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    expect(decodeText(bytes, "windows-1252").text).toBe(expected);
    // Latin-1 labels mean Windows-1252, as in browsers.
    expect(decodeText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x80, 0xe9]), "ISO-8859-1")).toEqual({
      text: "“A” €é",
      encoding: "windows-1252",
    });
  });

  it("reads UTF-16 with or without a byte order mark, little- or big-endian", () => {
    const text = "Київ said: “no”.";
    const little = Buffer.from(text, "utf16le");
    const big = Buffer.from(little).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), little])).text).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), big])).text).toBe(text);
    const ascii = "A plain English sentence about Ukraine and the EU.";
    expect(decodeText(Buffer.from(ascii, "utf16le"))).toEqual({ text: ascii, encoding: "utf-16le" });
    expect(decodeText(Buffer.from(ascii, "utf16le").swap16())).toEqual({ text: ascii, encoding: "utf-16be" });
  });

  it("prefers a byte order mark to a declared charset, and valid UTF-8 to Windows-1252 when nothing is declared", () => {
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Brüssel")]), "latin1").text,
    ).toBe("Brüssel");
    expect(decodeText(Buffer.from("Brüssel €", "utf8"))).toEqual({ text: "Brüssel €", encoding: "utf-8" });
    expect(decodeText(Uint8Array.from([0x42, 0x72, 0xfc, 0x73, 0x73, 0x65, 0x6c]))).toEqual({
      text: "Brüssel",
      encoding: "windows-1252",
    });
    // An unknown label is ignored rather than trusted.
    expect(decodeText(Buffer.from("Brüssel", "utf8"), "x-made-up").text).toBe("Brüssel");
  });

  it("tells binary from text", () => {
    expect(looksBinary("An article.\nWith lines.\tAnd tabs.")).toBe(false);
    expect(looksBinary("PK\u0003\u0004\u0000\u0000")).toBe(true);
  });
});
