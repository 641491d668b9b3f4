import { z } from "zod";
import type { Article, Sentence } from "../domain/article";
import type { ArticleRows } from "./articleRows";
import type { SqliteDatabase } from "./database";

const ArticleRowSchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  body: z.string(),
  hash: z.string(),
});

const SentenceRowSchema = z.object({ position: z.number(), paragraph: z.number(), text: z.string() });

const SummaryRowSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    sentenceCount: z.number(),
    date: z.string().nullable(),
    storedOn: z.string(),
  })
  .transform(({ date, ...summary }) => ({ ...summary, date: date ?? undefined }));

/** Files made before bylines and outlets were kept get the two columns. */
function addMissingColumns(database: SqliteDatabase): void {
  const columns = new Set(
    z
      .array(z.object({ name: z.string() }))
      .parse(database.prepare("PRAGMA table_info(articles)").all())
      .map((column) => column.name),
  );
  for (const column of ["byline", "outlet"]) {
    if (!columns.has(column)) database.exec(`ALTER TABLE articles ADD COLUMN ${column} TEXT`);
  }
}

/** The article tables in the SQLite file; the search index (searchIndex.ts) follows them by triggers. */
export function createSqliteArticleRows(database: SqliteDatabase): ArticleRows {
  database.exec(`
    CREATE TABLE IF NOT EXISTS articles (
      slug TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      url TEXT,
      date TEXT,
      byline TEXT,
      outlet TEXT,
      body TEXT NOT NULL,
      hash TEXT NOT NULL,
      updated_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE IF NOT EXISTS sentences (
      slug TEXT NOT NULL REFERENCES articles(slug) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      paragraph INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (slug, position)
    ) WITHOUT ROWID;
  `);
  addMissingColumns(database);
  database.exec("CREATE INDEX IF NOT EXISTS articles_by_url ON articles(url)");
  const selectArticle = database.prepare(
    "SELECT slug, title, url, date, byline, outlet, body, hash FROM articles WHERE slug = ?",
  );
  const selectSlugByUrl = database
    .prepare("SELECT slug FROM articles WHERE url = ? ORDER BY updated_at DESC, slug LIMIT 1")
    .pluck();
  const selectSentences = database.prepare(
    "SELECT position, paragraph, text FROM sentences WHERE slug = ? ORDER BY position",
  );
  const selectSummaries = database.prepare(
    `SELECT a.slug, a.title, (SELECT count(*) FROM sentences s WHERE s.slug = a.slug) AS sentenceCount,
       a.date, substr(a.updated_at, 1, 10) AS storedOn
     FROM articles a ORDER BY a.slug`,
  );
  const selectSlugs = database.prepare("SELECT slug FROM articles ORDER BY slug").pluck();
  const upsertArticle = database.prepare(
    `INSERT INTO articles (slug, title, url, date, byline, outlet, body, hash)
     VALUES (@slug, @title, @url, @date, @byline, @outlet, @body, @hash)
     ON CONFLICT(slug) DO UPDATE SET title = excluded.title, url = excluded.url, date = excluded.date,
       byline = excluded.byline, outlet = excluded.outlet, body = excluded.body, hash = excluded.hash,
       updated_at = datetime('now')`,
  );
  const deleteSentences = database.prepare("DELETE FROM sentences WHERE slug = ?");
  const insertSentence = database.prepare(
    "INSERT INTO sentences (slug, position, paragraph, text) VALUES (?, ?, ?, ?)",
  );
  const writeArticle = database.transaction((article: Article, sentences: readonly Sentence[]) => {
    upsertArticle.run({
      ...article,
      url: article.url ?? null,
      date: article.date ?? null,
      byline: article.byline ?? null,
      outlet: article.outlet ?? null,
    });
    deleteSentences.run(article.slug);
    for (const sentence of sentences)
      insertSentence.run(article.slug, sentence.index, sentence.paragraph, sentence.text);
  });

  return {
    async article(slug) {
      const row = selectArticle.get(slug);
      if (row === undefined) return undefined;
      const parsed = ArticleRowSchema.parse(row);
      return {
        ...parsed,
        url: parsed.url ?? undefined,
        date: parsed.date ?? undefined,
        byline: parsed.byline ?? undefined,
        outlet: parsed.outlet ?? undefined,
      };
    },
    async sentences(slug) {
      return selectSentences.all(slug).map((row) => {
        const { position, paragraph, text } = SentenceRowSchema.parse(row);
        return { id: `S${position}`, index: position, paragraph, text };
      });
    },
    async summaries() {
      return selectSummaries.all().map((row) => SummaryRowSchema.parse(row));
    },
    async slugs() {
      return z.array(z.string()).parse(selectSlugs.all());
    },
    suggestionCandidates() {
      return this.slugs();
    },
    async slugForUrl(url) {
      const slug = selectSlugByUrl.get(url);
      return typeof slug === "string" ? slug : undefined;
    },
    async write(article, sentences) {
      writeArticle(article, sentences);
    },
  };
}
