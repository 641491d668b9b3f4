import { createHash } from "node:crypto";
import { paragraphsToBody } from "../src/store/articleText";
import type { SqliteDatabase } from "../src/store/database";
import type { PostgresPool } from "../src/store/postgresDatabase";
import { searchConfiguration } from "../src/store/postgresMigrations";
import type { GeneratedArticle } from "./articleGenerator";

/**
 * The bench's bulk path to a large store: rows written straight into the store's `articles` and `sentences`
 * tables, 1,000 articles a transaction, with the sentence boundaries the generator wrote (no splitting).
 * Run on a database whose search index does not exist yet, so the index is then built in one pass by its
 * own first-use path. It knows the store's columns on purpose: if they change, this fails loudly.
 */
export function bulkLoadArticles(
  database: SqliteDatabase,
  count: number,
  articleOf: (index: number) => GeneratedArticle,
  onProgress: (loaded: number) => void = () => {},
): void {
  const insertArticle = database.prepare(
    "INSERT INTO articles (slug, title, url, date, body, hash) VALUES (?, ?, NULL, NULL, ?, ?)",
  );
  const insertSentence = database.prepare(
    "INSERT INTO sentences (slug, position, paragraph, text) VALUES (?, ?, ?, ?)",
  );
  const loadBatch = database.transaction((first: number, last: number) => {
    for (let index = first; index < last; index += 1) {
      const article = articleOf(index);
      const body = paragraphsToBody(
        article.paragraphs.map((sentences) => ({ text: sentences.join(" "), bullet: false })),
      );
      const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
      insertArticle.run(article.slug, article.title, body, hash);
      let position = 0;
      article.paragraphs.forEach((sentences, paragraph) => {
        for (const sentence of sentences) {
          position += 1;
          insertSentence.run(article.slug, position, paragraph, sentence);
        }
      });
    }
  });
  const batchSize = 1_000;
  for (let first = 0; first < count; first += batchSize) {
    loadBatch(first, Math.min(count, first + batchSize));
    onProgress(Math.min(count, first + batchSize));
  }
}

/**
 * The same bulk path into Postgres: rows and their search vectors, 1,000 articles a statement per table, with
 * the GIN and trigram indexes dropped first and built in one pass at the end (the returned milliseconds), as a team
 * loading an archive would. It knows the Postgres columns on purpose, like the SQLite path.
 */
export async function bulkLoadArticlesIntoPostgres(
  pool: PostgresPool,
  count: number,
  articleOf: (index: number) => GeneratedArticle,
  onProgress: (loaded: number) => void = () => {},
): Promise<{ indexMs: number }> {
  await pool.query(
    "DROP INDEX articles_search; DROP INDEX articles_title_search; DROP INDEX articles_slug_trigrams",
  );
  const batchSize = 1_000;
  for (let first = 0; first < count; first += batchSize) {
    const articles = {
      slug: [] as string[],
      title: [] as string[],
      body: [] as string[],
      hash: [] as string[],
    };
    const sentences = {
      slug: [] as string[],
      position: [] as number[],
      paragraph: [] as number[],
      text: [] as string[],
    };
    for (let index = first; index < Math.min(count, first + batchSize); index += 1) {
      const article = articleOf(index);
      const body = paragraphsToBody(
        article.paragraphs.map((paragraphSentences) => ({
          text: paragraphSentences.join(" "),
          bullet: false,
        })),
      );
      articles.slug.push(article.slug);
      articles.title.push(article.title);
      articles.body.push(body);
      articles.hash.push(createHash("sha256").update(body).digest("hex").slice(0, 16));
      let position = 0;
      article.paragraphs.forEach((paragraphSentences, paragraph) => {
        for (const sentence of paragraphSentences) {
          position += 1;
          sentences.slug.push(article.slug);
          sentences.position.push(position);
          sentences.paragraph.push(paragraph);
          sentences.text.push(sentence);
        }
      });
    }
    const vector = (column: string) => `to_tsvector('${searchConfiguration}', ${column})`;
    await pool.query(
      `INSERT INTO articles (slug, title, body, hash, search, title_search)
       SELECT slug, title, body, hash,
         setweight(${vector("replace(slug, '-', ' ')")}, 'A') || setweight(${vector("title")}, 'B') ||
           setweight(${vector("body")}, 'D'),
         setweight(${vector("replace(slug, '-', ' ')")}, 'A') || setweight(${vector("title")}, 'B')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS a(slug, title, body, hash)`,
      [articles.slug, articles.title, articles.body, articles.hash],
    );
    await pool.query(
      `INSERT INTO sentences (slug, position, paragraph, text, search)
       SELECT slug, position, paragraph, text, ${vector("text")}
       FROM unnest($1::text[], $2::integer[], $3::integer[], $4::text[]) AS s(slug, position, paragraph, text)`,
      [sentences.slug, sentences.position, sentences.paragraph, sentences.text],
    );
    onProgress(Math.min(count, first + batchSize));
  }
  const indexStarted = performance.now();
  await pool.query(`CREATE INDEX articles_search ON articles USING gin (search);
    CREATE INDEX articles_title_search ON articles USING gin (title_search);
    CREATE INDEX articles_slug_trigrams ON articles USING gist (slug gist_trgm_ops); ANALYZE articles; ANALYZE sentences`);
  return { indexMs: performance.now() - indexStarted };
}
