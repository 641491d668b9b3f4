/**
 * Failures a user can cause or meet carry a code from this closed set.
 * Edges map the code to a user-facing message; logs get the detail.
 */
export const errorCodes = [
  "unknown_article",
  "bad_input",
  "bad_article_file",
  /** The fetcher will not reach that address (SSRF rules) or that kind of link. */
  "fetch_refused",
  /** The page could not be fetched: a network failure, an HTTP error, too large, not a web page. */
  "fetch_failed",
  /** The page has too little article text to brief (a paywall stub, an index page). */
  "not_an_article",
  "config",
  "database",
  "model_unavailable",
  "model_auth",
  "model_invalid_output",
  "slack_error",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class BriefError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "BriefError";
    this.code = code;
    this.details = details;
  }
}

export function isBriefError(value: unknown, code?: ErrorCode): value is BriefError {
  return value instanceof BriefError && (code === undefined || value.code === code);
}

/** How much of a person's own text a message quotes back: a 40 KB "slug" is not repeated in full. */
const maxQuotedCharacters = 80;

/** Bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069). */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text we show that is not ours (a person's input, an article's title or sentences), its bidirectional
 * controls shown as �: they reorder the text after them, so "Report\u202Efdp.exe" would read as another
 * name and could reorder the message around it. The left-to-right and right-to-left marks stay: they reorder
 * nothing, and right-to-left titles need them.
 */
export function neutraliseBidiControls(text: string): string {
  return text.replace(bidiControls, "\ufffd");
}

/** Control characters and marks: in what a person typed, quoted back, they could hide part of it. */
const typedDisguisingCharacters = /[\p{Cc}\u061c\u200e\u200f]/gu;

/** Text a person typed, as a message quotes it back: at most 80 characters, disguising characters shown as �. */
export function quotedInput(text: string): string {
  const visible = neutraliseBidiControls(text).replace(typedDisguisingCharacters, "\ufffd");
  const characters = [...visible];
  return characters.length <= maxQuotedCharacters
    ? visible
    : `${characters.slice(0, maxQuotedCharacters - 1).join("")}…`;
}

/** The message shown to a person: a BriefError's own, else a generic line (the detail goes to the log). */
export function userMessageFor(error: unknown): string {
  if (isBriefError(error)) return error.message;
  return "Something went wrong on our side. It has been logged; please try again.";
}
