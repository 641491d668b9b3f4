import fs from "node:fs";
import path from "node:path";
import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createSearchIndex } from "../../src/retrieve/searchIndex";
import { createServices, type Services } from "../../src/services";
import { createArticleStore } from "../../src/store/articleStore";
import { openDatabase } from "../../src/store/database";
import { type GeneratedArticle, generateArticle } from "../articleGenerator";
import { bulkLoadArticles, bulkLoadArticlesIntoPostgres } from "../bulkLoad";
import { type Section, type SectionContext, temporaryDirectory } from "../section";
import { summarizeLatencies, timeMs } from "../stats";

/**
 * 6. Store scale. The store's real ingest path (`ingestText`: parsing, sentence splitting, rows, the search
 * index's triggers or vectors, the cache listener) is timed on a fresh store, one commit per article as
 * `npm run ingest` does and then in bulk (SQLite: 1,000 per transaction; Postgres: 8 at once on the pool); at
 * 100,000 articles it would take minutes, so the large store is filled by the bulk path (rows, then the index
 * built in one pass) and the real path is timed again on top of it. Lookups and searches are timed many
 * times on the large store. Measured once per bench; with --pg, again on Postgres.
 */

const unbatchedCount = 1_000;
const batchSize = 1_000;
const postgresConcurrency = 8;
const slugLookups = 5_000;
const searches = 300;

const articleOf = (index: number): GeneratedArticle =>
  generateArticle({ seed: index + 1, words: 100 + (index % 7) * 20 });

function fileSizeMiB(filePath: string): number {
  return fs.existsSync(filePath) ? fs.statSync(filePath).size / 1024 ** 2 : 0;
}

function openServices(environment: Record<string, string>): Promise<Services> {
  return createServices(loadCoreConfig({ ...environment, BRIEF_ENGINE: "offline" }), silentLogger);
}

/**
 * Articles per second through `ingestText`, `perBatch` at a time: 1 is one commit each; more is one
 * transaction per batch on SQLite (each article's own write a savepoint inside it) and that many ingests in
 * flight at once on Postgres, whose pool has no transaction spanning connections.
 */
async function ingestRate(services: Services, first: number, count: number, perBatch: number) {
  const { storage } = services;
  const ingest = async (index: number) => {
    const article = articleOf(index);
    await services.store.ingestText(article.text, { slug: article.slug });
  };
  const elapsedMs = await timeMs(async () => {
    for (let from = first; from < first + count; from += perBatch) {
      const indexes = Array.from(
        { length: Math.min(perBatch, first + count - from) },
        (_, offset) => from + offset,
      );
      if (storage.kind === "postgres") {
        await Promise.all(indexes.map(ingest));
        continue;
      }
      if (perBatch > 1) storage.database.exec("BEGIN");
      for (const index of indexes) await ingest(index);
      if (perBatch > 1) storage.database.exec("COMMIT");
    }
  });
  return count / (elapsedMs / 1000);
}

async function latenciesOf(count: number, work: (index: number) => unknown) {
  const latencies: number[] = [];
  for (let index = 0; index < count; index += 1) latencies.push(await timeMs(() => work(index)));
  return summarizeLatencies(latencies);
}

/** How a backend is set up for this section; the measurements themselves are the same. */
interface StoreBackend {
  /** Figure keys start with it: "store" (SQLite, as before --pg existed) or "store.pg". */
  keyPrefix: string;
  name: string;
  /** 1,000 per transaction on SQLite, 8 at once on Postgres. */
  batch: { size: number; label: string };
  /** A new, empty location for the fresh-store figures. */
  freshEnvironment(): Promise<Record<string, string>>;
  /** Fills a new location with `count` articles by the bulk path; its figures, and how to open it. */
  bulkLoad(
    count: number,
    progress: (line: string) => void,
  ): Promise<{ rowsMs: number; indexMs: number; environment: Record<string, string> }>;
  /** The large store's size in MiB, once its services are closed. */
  sizeMiB(environment: Record<string, string>): Promise<number>;
}

async function measureBackend(
  backend: StoreBackend,
  context: Pick<SectionContext, "book" | "quick" | "progress">,
): Promise<void> {
  const { book, quick, progress } = context;
  const articleCount = quick ? 20_000 : 100_000;
  const realPathCount = quick ? 2_000 : 5_000;
  const section = `6 store (${articleCount.toLocaleString("en-US")}) on ${backend.name}`;
  const key = (name: string) => `${backend.keyPrefix}.${name}`;

  const fresh = await openServices(await backend.freshEnvironment());
  try {
    book.record(
      key("ingest.unbatched"),
      { section, label: "ingestText, one commit per article (fresh store)", unit: "articles/s" },
      await ingestRate(fresh, 0, unbatchedCount, 1),
    );
    book.record(
      key("ingest.batched"),
      { section, label: `ingestText, ${backend.batch.label} (fresh store)`, unit: "articles/s" },
      await ingestRate(fresh, unbatchedCount, realPathCount - unbatchedCount, backend.batch.size),
    );
  } finally {
    await fresh.close();
  }
  progress(`  real ingest path timed on ${realPathCount.toLocaleString("en-US")} articles (${backend.name})`);

  const bulk = await backend.bulkLoad(articleCount, progress);
  book.record(
    key("bulk.rows"),
    { section, label: "bulk path: rows (pre-split sentences)", unit: "articles/s" },
    articleCount / (bulk.rowsMs / 1000),
  );
  book.record(
    key("bulk.index"),
    { section, label: "bulk path: search index built in one pass", unit: "s" },
    bulk.indexMs / 1000,
  );

  const services = await openServices(bulk.environment);
  try {
    book.record(
      key("ingest.atScale"),
      { section, label: `ingestText, ${backend.batch.label}, on the full store`, unit: "articles/s" },
      await ingestRate(services, articleCount, 1_000, backend.batch.size),
    );
    const randomSlug = (index: number) => `bench-${1 + ((index * 7919) % articleCount)}`;
    book.record(
      key("slug.p99"),
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
    for (const [name, label, texts] of [
      ["words", "article search, 3 title words", fewWords],
      ["title", "article search, a whole title", titles],
    ] as const) {
      const latencies = await latenciesOf(searches, (index) =>
        services.searchIndex.findArticles(texts[index] as string, 5),
      );
      book.record(key(`search.${name}.p50`), { section, label: `${label} p50`, unit: "ms" }, latencies.p50);
      book.record(
        key(`search.${name}.p99`),
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
      key("search.answer.p50"),
      { section, label: "follow-up in one article (retrieval + offline answer) p50", unit: "ms" },
      answers.p50,
    );
    book.record(
      key("search.answer.p99"),
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
        await services.briefings.brief(`bench-typo-${index}x`);
      } catch {
        // The unknown_article BriefError with suggestions is the expected outcome.
      }
    });
    book.record(
      key("search.unknownSlug.p50"),
      { section, label: "unknown slug → suggestions p50", unit: "ms" },
      unknownSlug.p50,
    );
    // The spelling half alone: the slugs suggestSlugs ranks (every slug on SQLite, a bounded set on Postgres).
    const candidates = await latenciesOf(20, (index) =>
      services.store.suggestionCandidates(`bench-typo-${index}x`),
    );
    book.record(
      key("search.suggestionCandidates.p50"),
      { section, label: "unknown slug: the slugs its suggestions are ranked from, p50", unit: "ms" },
      candidates.p50,
    );
  } finally {
    await services.close();
  }
  book.record(
    key("size"),
    { section, label: "database size", unit: "MiB" },
    await backend.sizeMiB(bulk.environment),
  );
}

function sqliteBackend(directory: string): StoreBackend {
  return {
    keyPrefix: "store",
    name: "SQLite",
    batch: { size: batchSize, label: `${batchSize.toLocaleString("en-US")} per transaction` },
    freshEnvironment: async () => ({ BRIEF_DB: path.join(directory, "fresh.db") }),
    async bulkLoad(count, progress) {
      const databasePath = path.join(directory, "large.db");
      const database = openDatabase(databasePath);
      const storage = { kind: "sqlite", database } as const;
      await createArticleStore(storage);
      const rowsMs = await timeMs(() =>
        bulkLoadArticles(database, count, articleOf, (loaded) => {
          if (loaded % 25_000 === 0) progress(`  bulk-loaded ${loaded.toLocaleString("en-US")}`);
        }),
      );
      const indexMs = await timeMs(() => createSearchIndex(storage));
      database.pragma("wal_checkpoint(TRUNCATE)");
      database.close();
      return { rowsMs, indexMs, environment: { BRIEF_DB: databasePath } };
    },
    async sizeMiB({ BRIEF_DB: databasePath = "" }) {
      const database = openDatabase(databasePath);
      database.pragma("wal_checkpoint(TRUNCATE)");
      database.close();
      return fileSizeMiB(databasePath) + fileSizeMiB(`${databasePath}-wal`);
    },
  };
}

function postgresBackend(createDatabase: (name: string) => Promise<string>): StoreBackend {
  return {
    keyPrefix: "store.pg",
    name: "Postgres",
    batch: { size: postgresConcurrency, label: `${postgresConcurrency} at once` },
    freshEnvironment: async () => ({ DATABASE_URL: await createDatabase("bench_store_fresh") }),
    async bulkLoad(count, progress) {
      const url = await createDatabase("bench_store_large");
      // Opening the services once applies the migrations and seeds the shipped article, like a first start.
      const services = await openServices({ DATABASE_URL: url });
      try {
        if (services.storage.kind !== "postgres") throw new Error("expected Postgres storage");
        const { pool } = services.storage;
        let indexMs = 0;
        const totalMs = await timeMs(async () => {
          ({ indexMs } = await bulkLoadArticlesIntoPostgres(pool, count, articleOf, (loaded) => {
            if (loaded % 25_000 === 0)
              progress(`  bulk-loaded ${loaded.toLocaleString("en-US")} into Postgres`);
          }));
        });
        return { rowsMs: totalMs - indexMs, indexMs, environment: { DATABASE_URL: url } };
      } finally {
        await services.close();
      }
    },
    async sizeMiB({ DATABASE_URL: url = "" }) {
      const services = await openServices({ DATABASE_URL: url });
      try {
        if (services.storage.kind !== "postgres") return Number.NaN;
        const result = await services.storage.pool.query<{ bytes: string }>(
          "SELECT pg_database_size(current_database()) AS bytes",
        );
        return Number(result.rows[0]?.bytes) / 1024 ** 2;
      } finally {
        await services.close();
      }
    },
  };
}

export const storeScaleSection: Section = {
  id: "store",
  title: "Store scale",
  async run(context) {
    const temporary = temporaryDirectory("store");
    try {
      await measureBackend(sqliteBackend(temporary.directory), context);
      if (context.postgres) await measureBackend(postgresBackend(context.postgres.createDatabase), context);
    } finally {
      temporary.remove();
    }
  },
};
