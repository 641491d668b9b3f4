import fs from "node:fs";
import path from "node:path";
import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createServices } from "../../src/services";
import { generateArticle } from "../articleGenerator";
import { type Section, temporaryDirectory } from "../section";
import { summarizeLatencies, timeMs } from "../stats";

/**
 * 6. Store scale: 100,000 generated short articles through the store's real ingest path (sentence splitting,
 * rows, every listener such as the search index), first one commit per article as `npm run ingest` does,
 * then batched 1,000 to a transaction. Measured once per bench (it is the longest section); lookups and
 * searches are timed many times over the full store.
 */

const unbatchedCount = 2_000;
const batchSize = 1_000;
const lookups = 5_000;

function fileSizeMiB(filePath: string): number {
  return fs.existsSync(filePath) ? fs.statSync(filePath).size / 1024 ** 2 : 0;
}

export const storeScaleSection: Section = {
  id: "store",
  title: "Store scale",
  async run({ book, quick, progress }) {
    const articleCount = quick ? 10_000 : 100_000;
    const temporary = temporaryDirectory("store");
    const databasePath = path.join(temporary.directory, "brief.db");
    const services = createServices(
      loadCoreConfig({ BRIEF_DB: databasePath, BRIEF_ENGINE: "offline" }),
      silentLogger,
    );
    const section = `6 store (${articleCount.toLocaleString("en-US")})`;
    try {
      const articleOf = (index: number) =>
        generateArticle({ seed: index + 1, words: 120 + (index % 7) * 20 });
      let generatedWords = 0;
      const unbatchedMs = await timeMs(() => {
        for (let index = 0; index < unbatchedCount; index += 1) {
          const article = articleOf(index);
          generatedWords += article.wordCount;
          services.store.ingestText(article.text, { slug: article.slug });
        }
      });
      book.record(
        "store.ingest.unbatched",
        { section, label: "ingest, one commit per article", unit: "articles/s" },
        unbatchedCount / (unbatchedMs / 1000),
      );
      const ingestBatch = services.database.transaction((first: number, last: number) => {
        for (let index = first; index < last; index += 1) {
          const article = articleOf(index);
          generatedWords += article.wordCount;
          services.store.ingestText(article.text, { slug: article.slug });
        }
      });
      const batchedMs = await timeMs(() => {
        for (let first = unbatchedCount; first < articleCount; first += batchSize) {
          ingestBatch(first, Math.min(articleCount, first + batchSize));
          if ((first + batchSize) % 20_000 === 0) progress(`  ingested ${first + batchSize}`);
        }
      });
      book.record(
        "store.ingest.batched",
        {
          section,
          label: `ingest, ${batchSize.toLocaleString("en-US")} per transaction`,
          unit: "articles/s",
        },
        (articleCount - unbatchedCount) / (batchedMs / 1000),
      );
      book.note(
        `6: generated articles average ${Math.round(generatedWords / articleCount)} words; ingest time includes generating them (~0.01 ms each).`,
      );

      const slugLatencies: number[] = [];
      for (let lookup = 0; lookup < lookups; lookup += 1) {
        const slug = `bench-${1 + ((lookup * 7919) % articleCount)}`;
        slugLatencies.push(await timeMs(() => services.store.get(slug)));
      }
      book.record(
        "store.slug.p99",
        { section, label: "slug lookup p99", unit: "ms", target: { comparison: "<", value: 1 } },
        summarizeLatencies(slugLatencies).p99,
      );

      services.database.pragma("wal_checkpoint(TRUNCATE)");
      book.record(
        "store.size",
        { section, label: "database size", unit: "MiB" },
        fileSizeMiB(databasePath) + fileSizeMiB(`${databasePath}-wal`),
      );
    } finally {
      services.close();
      temporary.remove();
    }
  },
};
