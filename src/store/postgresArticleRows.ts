import type { Article } from "../domain/article";
import type { ArticleRows, ArticleSummary } from "./articleRows";
import { inTransaction, type PostgresPool } from "./postgresDatabase";
import { searchConfiguration } from "./postgresMigrations";
import { foldForSearch, slugWords } from "./searchText";

interface ArticleRow {
  slug: string;
  title: string;
  url: string | null;
  date: string | null;
  byline: string | null;
  outlet: string | null;
  body: string;
  hash: string;
}

const toArticle = (row: ArticleRow): Article => ({
  ...row,
  url: row.url ?? undefined,
  date: row.date ?? undefined,
  byline: row.byline ?? undefined,
  outlet: row.outlet ?? undefined,
});

/** Each part of the suggestion candidates holds at most this many slugs. */
const suggestionCandidateLimit = 50;
/** A longer unknown slug is matched on its start: its substrings grow with the square of its length. */
const maxSuggestionNeedle = 64;

function substringsOf(text: string): string[] {
  const substrings = new Set<string>();
  for (let start = 0; start < text.length; start += 1)
    for (let end = start + 1; end <= text.length; end += 1) substrings.add(text.slice(start, end));
  return [...substrings];
}

/** The article tables on Postgres: an article, its sentences and their search vectors change in one transaction. */
export function createPostgresArticleRows(pool: PostgresPool): ArticleRows {
  return {
    async article(slug) {
      const result = await pool.query<ArticleRow>(
        "SELECT slug, title, url, date, byline, outlet, body, hash FROM articles WHERE slug = $1",
        [slug],
      );
      const row = result.rows[0];
      return row && toArticle(row);
    },
    async sentences(slug) {
      const result = await pool.query<{ position: number; paragraph: number; text: string }>(
        "SELECT position, paragraph, text FROM sentences WHERE slug = $1 ORDER BY position",
        [slug],
      );
      return result.rows.map(({ position, paragraph, text }) => ({
        id: `S${position}`,
        index: position,
        paragraph,
        text,
      }));
    },
    async summaries() {
      const result = await pool.query<Omit<ArticleSummary, "date"> & { date: string | null }>(
        `SELECT a.slug, a.title, (SELECT count(*)::integer FROM sentences s WHERE s.slug = a.slug) AS "sentenceCount",
           a.date, to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "storedOn"
         FROM articles a ORDER BY a.slug COLLATE "C"`,
      );
      return result.rows.map(({ date, ...summary }) => ({ ...summary, date: date ?? undefined }));
    },
    async slugs() {
      const result = await pool.query<{ slug: string }>(
        'SELECT slug FROM articles ORDER BY slug COLLATE "C"',
      );
      return result.rows.map((row) => row.slug);
    },
    async suggestionCandidates(wanted) {
      const needle = wanted.toLowerCase().slice(0, maxSuggestionNeedle);
      const result = await pool.query<{ slug: string }>(
        // The nearest by trigram distance, the nearest of those that contain what was typed, and those that
        // what was typed contains: what suggestSlugs ranks first, each part bounded.
        `(SELECT slug FROM articles ORDER BY slug <-> $1 LIMIT $3)
         UNION (SELECT slug FROM articles WHERE slug LIKE $2 ESCAPE '\\' ORDER BY slug <-> $1 LIMIT $3)
         UNION (SELECT slug FROM articles WHERE slug = ANY($4::text[]))`,
        [needle, `%${needle.replace(/[\\%_]/g, "\\$&")}%`, suggestionCandidateLimit, substringsOf(needle)],
      );
      return result.rows.map((row) => row.slug);
    },
    async slugForUrl(url) {
      const result = await pool.query<{ slug: string }>(
        "SELECT slug FROM articles WHERE url = $1 ORDER BY updated_at DESC, slug LIMIT 1",
        [url],
      );
      return result.rows[0]?.slug;
    },
    async write(article, sentences) {
      await inTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO articles (slug, title, url, date, body, hash, search, title_search, byline, outlet)
           VALUES ($1, $2, $3, $4, $5, $6,
             setweight(to_tsvector('${searchConfiguration}', $7), 'A') ||
               setweight(to_tsvector('${searchConfiguration}', $8), 'B') ||
               setweight(to_tsvector('${searchConfiguration}', $9), 'D'),
             setweight(to_tsvector('${searchConfiguration}', $7), 'A') ||
               setweight(to_tsvector('${searchConfiguration}', $8), 'B'),
             $10, $11)
           ON CONFLICT (slug) DO UPDATE SET title = excluded.title, url = excluded.url, date = excluded.date,
             body = excluded.body, hash = excluded.hash, search = excluded.search,
             title_search = excluded.title_search, byline = excluded.byline, outlet = excluded.outlet,
             updated_at = now()`,
          [
            article.slug,
            article.title,
            article.url ?? null,
            article.date ?? null,
            article.body,
            article.hash,
            slugWords(article.slug),
            foldForSearch(article.title),
            foldForSearch(article.body),
            article.byline ?? null,
            article.outlet ?? null,
          ],
        );
        await client.query("DELETE FROM sentences WHERE slug = $1", [article.slug]);
        // One statement for all sentences: a 2,000-sentence article is one round trip, not 2,000.
        await client.query(
          `INSERT INTO sentences (slug, position, paragraph, text, search)
           SELECT $1, position, paragraph, text, to_tsvector('${searchConfiguration}', folded)
           FROM unnest($2::integer[], $3::integer[], $4::text[], $5::text[]) AS s(position, paragraph, text, folded)`,
          [
            article.slug,
            sentences.map((sentence) => sentence.index),
            sentences.map((sentence) => sentence.paragraph),
            sentences.map((sentence) => sentence.text),
            sentences.map((sentence) => foldForSearch(sentence.text)),
          ],
        );
      });
    },
  };
}
