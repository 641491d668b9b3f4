import { countTokens } from "../../src/prompt/countTokens";
import { generateArticle } from "../articleGenerator";
import { promptTokensOf } from "../fakeModel";
import { startModelAndOfflineServices } from "../modelServices";
import type { Section } from "../section";

/**
 * 5. Prompt tokens of a model briefing against the naive prompt (the whole article and a generic
 * instruction), and of a repeated briefing (the cache answers: no model call, 0 tokens). Token counts are
 * deterministic, so one run suffices.
 */

const naiveInstruction =
  "Summarize the positions of China, Russia, Ukraine and the EU in the following article, citing the sentences each point comes from.";

export const promptTokensSection: Section = {
  id: "tokens",
  title: "Prompt tokens: briefing vs naive prompt, cache hit",
  async run({ book }) {
    const pipeline = await startModelAndOfflineServices("tokens");
    try {
      const long = generateArticle({ seed: 20_001, words: 20_000, slug: "bench-tokens-20k" });
      await pipeline.model.store.ingestText(long.text, { slug: long.slug });
      const section = "5 tokens";
      for (const slug of ["xi-putin", long.slug]) {
        const article = await pipeline.model.store.require(slug);
        const before = pipeline.fakeModel.requests.length;
        await pipeline.model.briefings.brief(slug, { fresh: true });
        const briefingTokens = pipeline.fakeModel.requests
          .slice(before)
          .reduce((total, request) => total + promptTokensOf(request), 0);
        const naiveTokens = countTokens(`${naiveInstruction}\n\n${article.title}\n${article.body}`);
        const label = slug === "xi-putin" ? "xi-putin" : "generated 20,000 words";
        book.record(
          `tokens.${slug}.briefing`,
          { section, label: `briefing prompt, ${label}`, unit: "tokens" },
          briefingTokens,
        );
        book.record(
          `tokens.${slug}.naive`,
          { section, label: `naive prompt, ${label}`, unit: "tokens" },
          naiveTokens,
        );
        book.record(
          `tokens.${slug}.ratio`,
          { section, label: `briefing ÷ naive, ${label}`, unit: "×" },
          briefingTokens / naiveTokens,
        );
        const beforeRepeat = pipeline.fakeModel.requests.length;
        const repeated = await pipeline.model.briefings.brief(slug);
        const repeatTokens = pipeline.fakeModel.requests
          .slice(beforeRepeat)
          .reduce((total, request) => total + promptTokensOf(request), 0);
        book.record(
          `tokens.${slug}.cached`,
          {
            section,
            label: `repeated briefing (cached: ${repeated.cached === true}), ${label}`,
            unit: "tokens",
            target: { comparison: "==", value: 0 },
          },
          repeatTokens,
        );
      }
    } finally {
      await pipeline.close();
    }
  },
};
