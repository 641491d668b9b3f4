import { isBriefError } from "./errors";

/** What a result from the offline engine is, in the words a reader sees where the model's would have been. */
export type FallbackProduct = "briefing" | "answer";

/**
 * Why the model's result was replaced, in plain words for whoever reads the result (Slack, the terminal). It
 * never quotes a validation error or names a setting: the log line the fallback writes carries those.
 */
export function modelFailureNote(error: unknown, product: FallbackProduct): string {
  const quotes = `this ${product} quotes the article.`;
  if (!isBriefError(error)) return `The model could not be used; ${quotes}`;
  if (error.code === "model_invalid_output") return `The model's answer could not be used; ${quotes}`;
  if (error.code === "model_auth")
    return `The model service did not accept this app's credentials (the log says why); ${quotes}`;
  const reason = error.details.reason;
  if (reason === "timeout") return `The model did not answer in time; ${quotes}`;
  if (reason === "busy") return `The model is busy with other requests; ${quotes}`;
  if (reason === "rate limited") return `The model service is limiting requests just now; ${quotes}`;
  return `The model could not be reached; ${quotes}`;
}
