import { createRequire } from "node:module";

type CountTokens = (text: string) => number;

// gpt-tokenizer's BPE tables take ~66 MiB of memory: load them on the first count (model engines only), not
// at start-up, so the offline app never pays for them.
let countO200kTokens: CountTokens | undefined;

function loadTokenizer(): CountTokens {
  const tokenizer: { countTokens: CountTokens } = createRequire(import.meta.url)("gpt-tokenizer");
  return tokenizer.countTokens;
}

/** Tokens of a text in the o200k encoding of current OpenAI models; an estimate for other servers. */
export function countTokens(text: string): number {
  countO200kTokens ??= loadTokenizer();
  return countO200kTokens(text);
}
