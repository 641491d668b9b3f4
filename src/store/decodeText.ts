/**
 * Bytes → text for article files and fetched pages: a byte order mark wins, then the declared charset (an HTTP
 * header or a meta tag), then UTF-16 recognised by its zero bytes, then UTF-8 when the bytes are valid UTF-8,
 * else Windows-1252 (what a browser assumes for Latin-1 text without a declaration).
 */

/**
 * Windows-1252's bytes 0x80–0x9F. Node 20's TextDecoder decodes them as C1 control characters (nodejs/node#60888)
 * where the encoding has curly quotes, dashes and €; the five undefined bytes stay as they are.
 */
const windows1252HighRange = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (character) => {
    const replacement = windows1252HighRange[character.charCodeAt(0) - 0x80];
    return replacement ?? character;
  });
}

/** The WHATWG name for a charset label, or undefined for a label TextDecoder does not know. */
export function encodingForLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, "")).encoding;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** UTF-16 without a byte order mark: mostly-ASCII text has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4_096) & ~1);
  if (sample.length < 4) return undefined;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) zerosAtEven += 1;
    if (sample[index + 1] === 0) zerosAtOdd += 1;
  }
  const pairs = sample.length / 2;
  if (zerosAtOdd > pairs * 0.4 && zerosAtEven < pairs * 0.05) return "utf-16le";
  if (zerosAtEven > pairs * 0.4 && zerosAtOdd < pairs * 0.05) return "utf-16be";
  return undefined;
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === "windows-1252" ? fixWindows1252(text) : text;
}

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "utf-16le", "windows-1252", ...). */
  encoding: string;
}

/**
 * Decodes `bytes`. `declaredCharset` is a charset label from outside the bytes (a Content-Type header) or from
 * inside them (a meta tag); an unknown label is ignored. Latin-1 labels decode as Windows-1252, as in browsers.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };
  // A document that says "UTF-16" without a byte order mark is little-endian in practice.
  const declared = encodingForLabel(declaredCharset);
  const encoding = declared ?? sniffUtf16(bytes);
  if (encoding) return { text: decodeAs(encoding, bytes), encoding };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeAs("windows-1252", bytes), encoding: "windows-1252" };
  }
}

/** Text that still holds NUL or many other control characters after decoding is not an article. */
export function looksBinary(text: string): boolean {
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    // Tab, line feed, vertical tab, form feed and carriage return are text; the rest below space are not.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) controls += 1;
  }
  return controls > Math.max(8, text.length / 100);
}
