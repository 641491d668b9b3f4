import fs from "node:fs";
import path from "node:path";
import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createSearchIndex } from "../../src/retrieve/searchIndex";
import { createServices, type Services } from "../../src/services";
import { createArticleStore } from "../../src/store/articleStore";
import { openDatabase } from "../../src/store/database";
import { type GeneratedArticle, generateArticle } from "../articleGenerator";
import { bulkLoadArticles } from "../bulkLoad";
import type { FigureBook } from "../figures";
import { type Section, temporaryDirectory } from "../section";
import { summarizeLatencies, timeMs } from "../stats";

/**
 * 6. Store scale. The store's real ingest path (`ingestText`: parsing, sentence splitting, rows, the search
 * index's triggers, the cache listener) is timed on a fresh store, one commit per article as
 * `npm run ingest` does and then 1,000 per transaction; at 100,000 articles it would take minutes, so the
 * large store is filled by the bulk path (rows, then the index built in one pass) and the real path is timed
 * again on top of it. Lookups and searches are timed many times on the large store. Measured once per bench.
 */

const unbatchedCount = 1_000;
const batchSize = 1_000;
const slugLookups = 5_000;
const searches = 300;

const articleOf = (index: number): GeneratedArticle =>
  generateArticle({ seed: index + 1, words: 100 + (index % 7) * 20 });

function fileSizeMiB(filePath: string): number {
  return fs.existsSync(filePath) ? fs.statSync(filePath).size / 1024 ** 2 : 0;
}

function openServices(databasePath: string): Promise<Services> {
  return createServices(loadCoreConfig({ BRIEF_DB: databasePath, BRIEF_ENGINE: "offline" }), silentLogger);
}

/** Articles per second through `ingestText`, `perTransaction` at a time (1: its own commit each). */
async function ingestRate(services: Services, first: number, count: number, perTransaction: number) {
  const { storage } = services;
  if (storage.kind !== "sqlite") throw new Error("the SQLite store bench needs SQLite storage");
  const elapsedMs = await timeMs(async () => {
    for (let from = first; from < first + count; from += perTransaction) {
      // Each article's own write becomes a savepoint inside the batch's transaction.
      if (perTransaction > 1) storage.database.exec("BEGIN");
      for (let index = from; index < Math.min(first + count, from + perTransaction); index += 1) {
        const article = articleOf(index);
        await services.store.ingestText(article.text, { slug: article.slug });
      }
      if (perTransaction > 1) storage.database.exec("COMMIT");
    }
  });
  return count / (elapsedMs / 1000);
}

async function latenciesOf(count: number, work: (index: number) => unknown) {
  const latencies: number[] = [];
  for (let index = 0; index < count; index += 1) latencies.push(await timeMs(() => work(index)));
  return summarizeLatencies(latencies);
}

async function measureRealPath(book: FigureBook, section: string, directory: string, count: number) {
  const services = await openServices(path.join(directory, "fresh.db"));
  try {
    book.record(
      "store.ingest.unbatched",
      { section, label: "ingestText, one commit per article (fresh store)", unit: "articles/s" },
      await ingestRate(services, 0, unbatchedCount, 1),
    );
    book.record(
      "store.ingest.batched",
      {
        section,
        label: `ingestText, ${batchSize.toLocaleString("en-US")} per transaction (fresh store)`,
        unit: "articles/s",
      },
      await ingestRate(services, unbatchedCount, count - unbatchedCount, batchSize),
    );
  } finally {
    await services.close();
  }
}

export const storeScaleSection: Section = {
  id: "store",
  title: "Store scale",
  async run({ book, quick, progress }) {
    const articleCount = quick ? 20_000 : 100_000;
    const realPathCount = quick ? 2_000 : 5_000;
    const temporary = temporaryDirectory("store");
    const section = `6 store (${articleCount.toLocaleString("en-US")})`;
    try {
      await measureRealPath(book, section, temporary.directory, realPathCount);
      progress(`  real ingest path timed on ${realPathCount.toLocaleString("en-US")} articles`);

      const databasePath = path.join(temporary.directory, "large.db");
      const database = openDatabase(databasePath);
      const storage = { kind: "sqlite", database } as const;
      await createArticleStore(storage);
      const bulkMs = await timeMs(() =>
        bulkLoadArticles(database, articleCount, articleOf, (loaded) => {
          if (loaded % 25_000 === 0) progress(`  bulk-loaded ${loaded.toLocaleString("en-US")}`);
        }),
      );
      const indexMs = await timeMs(() => createSearchIndex(storage));
      database.close();
      book.record(
        "store.bulk.rows",
        { section, label: "bulk path: rows (pre-split sentences)", unit: "articles/s" },
        articleCount / (bulkMs / 1000),
      );
      book.record(
        "store.bulk.index",
        { section, label: "bulk path: search index built in one pass", unit: "s" },
        indexMs / 1000,
      );

      const services = await openServices(databasePath);
      try {
        book.record(
          "store.ingest.atScale",
          {
            section,
            label: `ingestText, ${batchSize.toLocaleString("en-US")} per transaction, on the full store`,
            unit: "articles/s",
          },
          await ingestRate(services, articleCount, 1_000, batchSize),
        );
        const randomSlug = (index: number) => `bench-${1 + ((index * 7919) % articleCount)}`;
        book.record(
          "store.slug.p99",
          { section, label: "slug lookup p99", unit: "ms", target: { comparison: "<", value: 1 } },
          (await latenciesOf(slugLookups, (index) => services.store.get(randomSlug(index)))).p99,
        );
        // What people type when they do not know the slug: a few words of a title, or a whole title-like slug.
        const titles = Array.from(
          { length: searches },
          (_, index) => articleOf((index * 104_729) % articleCount).title,
        );
        const fewWords = titles.map((title) =>
          title
            .split(" ")
            .filter((word) => word.length > 3)
            .slice(0, 3)
            .join(" "),
        );
        for (const [key, label, texts] of [
          ["words", "article search, 3 title words", fewWords],
          ["title", "article search, a whole title", titles],
        ] as const) {
          const latencies = await latenciesOf(searches, (index) =>
            services.searchIndex.findArticles(texts[index] as string, 5),
          );
          book.record(
            `store.search.${key}.p50`,
            { section, label: `${label} p50`, unit: "ms" },
            latencies.p50,
          );
          book.record(
            `store.search.${key}.p99`,
            { section, label: `${label} p99`, unit: "ms", target: { comparison: "<", value: 50 } },
            latencies.p99,
          );
        }
        const questions = [
          "What did Russia say about the pipeline?",
          "Who criticised the tariff?",
          "What does Beijing think?",
        ];
        const answers = await latenciesOf(searches, (index) =>
          services.answers.ask(randomSlug(index * 31), questions[index % questions.length] as string),
        );
        book.record(
          "store.search.answer.p50",
          { section, label: "follow-up in one article (retrieval + offline answer) p50", unit: "ms" },
          answers.p50,
        );
        book.record(
          "store.search.answer.p99",
          {
            section,
            label: "follow-up in one article (retrieval + offline answer) p99",
            unit: "ms",
            target: { comparison: "<", value: 50 },
          },
          answers.p99,
        );
        const unknownSlug = await latenciesOf(20, async (index) => {
          try {
            await services.store.require(`bench-typo-${index}x`);
          } catch {
            // The BriefError with suggestions is the expected outcome.
          }
        });
        book.record(
          "store.search.unknownSlug.p50",
          { section, label: "unknown slug → suggestions p50", unit: "ms" },
          unknownSlug.p50,
        );
        if (services.storage.kind === "sqlite") services.storage.database.pragma("wal_checkpoint(TRUNCATE)");
      } finally {
        await services.close();
      }
      book.record(
        "store.size",
        { section, label: "database size", unit: "MiB" },
        fileSizeMiB(databasePath) + fileSizeMiB(`${databasePath}-wal`),
      );
    } finally {
      temporary.remove();
    }
  },
};
