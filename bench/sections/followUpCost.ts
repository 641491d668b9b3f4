import { generateArticle } from "../articleGenerator";
import { promptTokensOf } from "../fakeModel";
import { startModelAndOfflineServices } from "../modelServices";
import type { Section } from "../section";
import { median, timeMs } from "../stats";

/**
 * 4. Follow-up cost as the article grows: the prompt the model gets (tokens, counted on what the fake model
 * server received) and the answer latency, model engine over loopback and offline engine, at 1,000 to
 * 100,000 words. Flat tokens and sub-linear latency show retrieval, not the article, bounds the work.
 */

const questions = [
  "What did Russia say about the pipeline?",
  "What does Beijing think of the sanctions?",
  "Did the EU comment on the summit?",
  "What did Ukraine's president say about the ceasefire?",
  "Who criticised the budget and why?",
];

export const followUpCostSection: Section = {
  id: "followup",
  title: "Follow-up cost as the article grows",
  async run({ book, runs, quick, progress }) {
    const sizes = quick ? [1_000, 10_000, 30_000] : [1_000, 10_000, 100_000];
    const pipeline = await startModelAndOfflineServices("followup");
    try {
      for (const words of sizes) {
        const article = generateArticle({ seed: words, words, slug: `bench-followup-${words}` });
        const ingestMs = await timeMs(() =>
          pipeline.model.store.ingestText(article.text, { slug: article.slug }),
        );
        progress(`  ingested ${words.toLocaleString("en-US")} words in ${ingestMs.toFixed(0)} ms`);
        // Warm-up, untimed.
        await pipeline.model.answers.ask(article.slug, questions[0] as string);
        await pipeline.offline.answers.ask(article.slug, questions[0] as string);
      }
      const section = "4 follow-up";
      const smallest = sizes[0] as number;
      const largest = sizes.at(-1) as number;
      for (let run = 0; run < runs; run += 1) {
        const latencyBySize = new Map<number, { model: number; offline: number }>();
        const tokensBySize = new Map<number, number>();
        for (const words of sizes) {
          const slug = `bench-followup-${words}`;
          const modelTimes: number[] = [];
          const offlineTimes: number[] = [];
          const tokens: number[] = [];
          for (const question of questions) {
            const requestsBefore = pipeline.fakeModel.requests.length;
            modelTimes.push(await timeMs(() => pipeline.model.answers.ask(slug, question)));
            for (const request of pipeline.fakeModel.requests.slice(requestsBefore))
              tokens.push(promptTokensOf(request));
            offlineTimes.push(await timeMs(() => pipeline.offline.answers.ask(slug, question)));
          }
          const label = `${words.toLocaleString("en-US")} words`;
          const maxTokens = Math.max(...tokens);
          tokensBySize.set(words, maxTokens);
          book.record(
            `followup.tokens.${words}`,
            { section, label: `prompt tokens (max), ${label}`, unit: "tokens" },
            maxTokens,
          );
          const latency = { model: median(modelTimes), offline: median(offlineTimes) };
          latencyBySize.set(words, latency);
          book.record(
            `followup.model.${words}`,
            { section, label: `answer p50, model engine, ${label}`, unit: "ms" },
            latency.model,
          );
          book.record(
            `followup.offline.${words}`,
            { section, label: `answer p50, offline engine, ${label}`, unit: "ms" },
            latency.offline,
          );
        }
        const sizeRatio = largest / smallest;
        book.record(
          "followup.tokens.growth",
          {
            section,
            label: `prompt tokens ${largest.toLocaleString("en-US")} ÷ ${smallest.toLocaleString("en-US")} words`,
            unit: "×",
            target: { comparison: "<=", value: 1.5 },
          },
          (tokensBySize.get(largest) ?? Number.NaN) / (tokensBySize.get(smallest) ?? Number.NaN),
        );
        for (const engine of ["model", "offline"] as const) {
          const growth =
            (latencyBySize.get(largest)?.[engine] ?? Number.NaN) /
            (latencyBySize.get(smallest)?.[engine] ?? Number.NaN);
          // log(latency ratio) / log(size ratio): 1 is linear in the article's length, below 1 sub-linear.
          book.record(
            `followup.${engine}.exponent`,
            {
              section,
              label: `${engine} answer latency growth exponent`,
              unit: "",
              target: { comparison: "<", value: 1 },
            },
            Math.log(growth) / Math.log(sizeRatio),
          );
        }
        progress(`  run ${run + 1}/${runs} done`);
      }
    } finally {
      await pipeline.close();
    }
  },
};
