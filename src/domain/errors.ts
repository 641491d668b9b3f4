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

/** The message shown to a person: a BriefError's own, else a generic line (the detail goes to the log). */
export function userMessageFor(error: unknown): string {
  if (isBriefError(error)) return error.message;
  return "Something went wrong on our side. It has been logged; please try again.";
}
