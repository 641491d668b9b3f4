import { generateArticle } from "../articleGenerator";
import { startModelAndOfflineServices } from "../modelServices";
import type { Section } from "../section";
import { median, timeMs } from "../stats";

/**
 * 3. Briefing latency in process, through the services the CLI and the app build: the offline engine on
 * xi-putin and on a generated 20,000-word article, and a cached briefing. Only model results are cached
 * (the offline engine has no cache identity), so the cache hit is the model engine's, after one call to the
 * fake model.
 */

const repetitions = 5;

export const offlineBriefingSection: Section = {
  id: "briefing",
  title: "Briefing latency (offline engine; cache hit)",
  async run({ book, runs, progress }) {
    const pipeline = await startModelAndOfflineServices("briefing");
    const { offline, model } = pipeline;
    try {
      const long = generateArticle({ seed: 20_000, words: 20_000, slug: "bench-long-20k" });
      await offline.store.ingestText(long.text, { slug: long.slug });
      const cases = [
        { slug: "xi-putin", label: "offline, xi-putin", target: 20 },
        {
          slug: long.slug,
          label: `offline, generated ${long.wordCount.toLocaleString("en-US")} words`,
          target: 300,
        },
      ];
      // One untimed call each, so the figures are steady-state, not module loading and JIT warm-up.
      for (const testCase of cases) await offline.briefings.brief(testCase.slug, { fresh: true });
      await model.briefings.brief("xi-putin");
      const section = "3 briefing";
      for (let run = 0; run < runs; run += 1) {
        for (const testCase of cases) {
          const times: number[] = [];
          for (let repetition = 0; repetition < repetitions; repetition += 1)
            times.push(await timeMs(() => offline.briefings.brief(testCase.slug, { fresh: true })));
          book.record(
            `briefing.${testCase.slug}`,
            {
              section,
              label: testCase.label,
              unit: "ms",
              target: { comparison: "<", value: testCase.target },
            },
            median(times),
          );
        }
        const cachedTimes: number[] = [];
        let allCached = true;
        for (let repetition = 0; repetition < repetitions * 4; repetition += 1) {
          cachedTimes.push(
            await timeMs(async () => {
              allCached &&= (await model.briefings.brief("xi-putin")).cached === true;
            }),
          );
        }
        book.record(
          "briefing.cached",
          {
            section,
            label: "cached briefing, xi-putin (model engine's cache)",
            unit: "ms",
            target: { comparison: "<", value: 5 },
          },
          median(cachedTimes),
        );
        if (!allCached) book.note("3: a repeated model briefing was not served from the cache.");
        progress(`  run ${run + 1}/${runs} done`);
      }
    } finally {
      await pipeline.close();
    }
  },
};
