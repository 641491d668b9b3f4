import { createHash } from "node:crypto";
import { paragraphsToBody } from "../src/store/articleText";
import type { SqliteDatabase } from "../src/store/database";
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
