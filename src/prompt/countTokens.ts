import { countTokens as countO200kTokens } from "gpt-tokenizer";

/** Tokens of a text in the o200k encoding of current OpenAI models; an estimate for other servers. */
export function countTokens(text: string): number {
  return countO200kTokens(text);
}
