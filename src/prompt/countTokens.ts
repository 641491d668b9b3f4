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

/**
 * A cheap, conservative token estimate for budgets (the briefing prompt, thread memory): a third of the ASCII
 * characters plus one token for every other character. English prose runs at about 4.3 characters a token
 * in o200k, so this over-counts it by roughly a third, and CJK or Cyrillic text is not under-counted. Budgets
 * use it so the model app never loads the tokenizer's tables just to compare against a limit.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x80) ascii++;
    else other++;
  }
  return Math.ceil(ascii / 3) + other;
}
