import path from "node:path";
import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createServices } from "../../src/services";
import { generateArticle } from "../articleGenerator";
import { type Section, temporaryDirectory } from "../section";
import { median, timeMs } from "../stats";

/** 3. Offline briefing latency, in process through the same services the CLI and the app build. */

const repetitions = 5;

export const offlineBriefingSection: Section = {
  id: "briefing",
  title: "Offline briefing latency",
  async run({ book, runs, progress }) {
    const temporary = temporaryDirectory("briefing");
    const services = createServices(
      loadCoreConfig({ BRIEF_DB: path.join(temporary.directory, "brief.db"), BRIEF_ENGINE: "offline" }),
      silentLogger,
    );
    try {
      const long = generateArticle({ seed: 20_000, words: 20_000, slug: "bench-long-20k" });
      services.store.ingestText(long.text, { slug: long.slug });
      const cases = [
        { slug: "xi-putin", label: "xi-putin, fresh", target: 20 },
        {
          slug: long.slug,
          label: `generated ${long.wordCount.toLocaleString("en-US")} words, fresh`,
          target: 300,
        },
      ];
      // One untimed call each, so the figures are steady-state, not module loading and JIT warm-up.
      for (const testCase of cases) await services.briefings.brief(testCase.slug, { fresh: true });
      for (let run = 0; run < runs; run += 1) {
        for (const testCase of cases) {
          const times: number[] = [];
          for (let repetition = 0; repetition < repetitions; repetition += 1)
            times.push(await timeMs(() => services.briefings.brief(testCase.slug, { fresh: true })));
          book.record(
            `briefing.${testCase.slug}`,
            {
              section: "3 briefing",
              label: testCase.label,
              unit: "ms",
              target: { comparison: "<", value: testCase.target },
            },
            median(times),
          );
        }
        await services.briefings.brief("xi-putin");
        const cachedTimes: number[] = [];
        let cachedFlag = false;
        for (let repetition = 0; repetition < repetitions * 4; repetition += 1) {
          cachedTimes.push(
            await timeMs(async () => {
              cachedFlag = (await services.briefings.brief("xi-putin")).cached === true;
            }),
          );
        }
        book.record(
          "briefing.cached",
          {
            section: "3 briefing",
            label: "xi-putin, repeated (cache)",
            unit: "ms",
            target: { comparison: "<", value: 5 },
          },
          median(cachedTimes),
        );
        if (!cachedFlag)
          book.note(
            "3: the repeated offline briefing is not marked cached: the offline engine is not cached.",
          );
        progress(`  run ${run + 1}/${runs} done`);
      }
    } finally {
      services.close();
      temporary.remove();
    }
  },
};
