import type { PostgresPool } from "../store/postgresDatabase";
import { searchConfiguration } from "../store/postgresMigrations";
import { foldForSearch } from "../store/searchText";
import { actorSearchPhrases } from "./questionTerms";
import type { SearchConcepts, SearchRows, SearchTerm } from "./searchRows";

/**
 * Search on Postgres: `tsvector` columns written with the rows (postgresArticleRows.ts), queried with
 * `plainto_tsquery` / `phraseto_tsquery` on bound parameters, so no typed character is ever query syntax; only
 * placeholders ($1, $2, …) are written into the SQL text.
 */

/** Builds SQL with numbered placeholders for a list of parameters. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const weightsSlugTitleBody = "'{0.1, 0.2, 0.5, 1.0}'";

function termQuery(parameters: Parameters, term: SearchTerm): string {
  const word = parameters.add(foldForSearch(term.word));
  return term.asPrefix ? `brief_prefix_query(${word})` : `plainto_tsquery('${searchConfiguration}', ${word})`;
}

/** One tsquery per concept, actors first: an actor's alias phrases ORed, or one topic word. */
function conceptQueries(parameters: Parameters, concepts: SearchConcepts): string[] {
  const actorQueries = concepts.actors.map((actor) => {
    const phrases = actorSearchPhrases(actor).map(
      (phrase) => `phraseto_tsquery('${searchConfiguration}', ${parameters.add(foldForSearch(phrase))})`,
    );
    return `(${phrases.join(" || ")})`;
  });
  const topicQueries = concepts.contentTerms.map((word) => termQuery(parameters, { word, asPrefix: false }));
  return [...actorQueries, ...topicQueries];
}

export function createPostgresSearchRows(pool: PostgresPool): SearchRows {
  /**
   * Articles whose search column matches the terms joined by `operator` (&& all, || any), best first: by
   * their slug and title (the slug weighing most), then by slug. Ranked on the small title vectors only:
   * ts_rank on the whole text's vector would read every matching article's body vector (a whole title
   * typed at 100,000 articles matched thousands), and body-only matches rank last on SQLite too.
   */
  const rankedArticles = async (
    column: "search" | "title_search",
    operator: "&&" | "||",
    terms: readonly SearchTerm[],
    limit: number,
  ) => {
    const parameters = new Parameters();
    const query = terms.map((term) => termQuery(parameters, term)).join(` ${operator} `);
    const result = await pool.query<{ slug: string }>(
      `SELECT slug FROM articles, (SELECT ${query} AS query) q WHERE ${column} @@ q.query
       ORDER BY ts_rank(${weightsSlugTitleBody}, title_search, q.query) DESC, slug LIMIT ${parameters.add(limit)}`,
      parameters.values,
    );
    return result.rows.map((row) => row.slug);
  };

  /**
   * Each term's share of titles by the planner's statistics of `title_search` (its most common lexemes and
   * their frequencies, kept by ANALYZE and autovacuum) times the table's size; undefined while the table has
   * none (new, or small and never analysed). A word too rare to be listed counts as none: it is distinctive.
   */
  const estimatedTitleCounts = async (terms: readonly SearchTerm[], upTo: number) => {
    const parameters = new Parameters();
    const bound = parameters.add(upTo);
    const estimates = terms.map((term) => {
      const stems = `tsvector_to_array(to_tsvector('${searchConfiguration}', ${parameters.add(foldForSearch(term.word))}))`;
      const matches = term.asPrefix
        ? `EXISTS (SELECT 1 FROM unnest(${stems}) AS stem WHERE starts_with(element.lexeme, stem))`
        : `element.lexeme = ANY(${stems})`;
      return `(SELECT least(${bound}, round(coalesce(sum(element.frequency), 0) * statistics.reltuples))::integer
         FROM unnest(statistics.lexemes, statistics.frequencies) AS element(lexeme, frequency) WHERE ${matches})`;
    });
    const result = await pool.query<{ counts: number[] }>(
      `SELECT ARRAY[${estimates.join(", ")}] AS counts FROM (
         SELECT stats.most_common_elems::text::text[] AS lexemes, stats.most_common_elem_freqs AS frequencies,
           greatest(class.reltuples, 0) AS reltuples
         FROM pg_stats stats JOIN pg_class class ON class.oid = 'articles'::regclass
         WHERE stats.schemaname = current_schema() AND stats.tablename = 'articles'
           AND stats.attname = 'title_search' AND stats.most_common_elems IS NOT NULL) statistics`,
      parameters.values,
    );
    return result.rows[0]?.counts;
  };
  return {
    /**
     * The article's sentences holding any concept: those carrying the most concepts first, then by
     * ts_rank_cd over all of them, divided by 1 + the log of the sentence's length (normalisation 1). Counting
     * concepts first stands in for the IDF ts_rank_cd lacks: a word in most sentences cannot crowd out the
     * sentences joining it with a rarer concept. The length normalisation stands in for BM25's preference for
     * shorter sentences; with it, 95% of first matches on the fixture questions are FTS5's (docs/postgres.md).
     * Twice `limit`, the budget SQLite's two queries (any concept, two concepts) share. Undefined for an
     * unknown article.
     */
    async sentenceCandidates(slug, concepts, limit) {
      const parameters = new Parameters();
      const slugParameter = parameters.add(slug);
      const queries = conceptQueries(parameters, concepts);
      // An article with no hit and one not stored are told apart only when nothing matched: one round trip less.
      const stored = async () =>
        ((await pool.query("SELECT 1 FROM articles WHERE slug = $1", [slug])).rowCount ?? 0) > 0;
      if (queries.length === 0) return (await stored()) ? [] : undefined;
      const result = await pool.query<{ position: number; text: string; rank: number; matched: boolean[] }>(
        `SELECT position, text, rank, matched FROM (
           SELECT s.position, s.text, ts_rank_cd(s.search, q.any_concept, 1) AS rank,
             ARRAY[${queries.map((query) => `s.search @@ ${query}`).join(", ")}] AS matched
           FROM sentences s, (SELECT ${queries.join(" || ")} AS any_concept) q
           WHERE s.slug = ${slugParameter} AND s.search @@ q.any_concept) hits
         ORDER BY (SELECT count(*) FROM unnest(matched) AS hit WHERE hit) DESC, rank DESC, position
         LIMIT ${parameters.add(limit * 2)}`,
        parameters.values,
      );
      if (result.rows.length === 0 && !(await stored())) return undefined;
      const actorCount = concepts.actors.length;
      return result.rows.map((row) => ({
        position: row.position,
        text: row.text,
        score: -row.rank,
        topicsCarried: row.matched.slice(actorCount).filter(Boolean).length,
      }));
    },

    async sentencesAt(slug, positions) {
      const result = await pool.query<{ position: number; paragraph: number; text: string }>(
        "SELECT position, paragraph, text FROM sentences WHERE slug = $1 AND position = ANY($2::integer[]) ORDER BY position",
        [slug, positions],
      );
      return result.rows.map(({ position, paragraph, text }) => ({
        id: `S${position}`,
        index: position,
        paragraph,
        text,
      }));
    },

    articlesHoldingAll: (terms, limit) => rankedArticles("search", "&&", terms, limit),

    // Estimated from the statistics where there are some: counting a common word's titles reads up to `upTo`
    // rows each (tens of milliseconds for a whole title at 100,000 articles). Without statistics the titles
    // are counted, stopping at the bound, every term's count in one round trip.
    async titlesHolding(terms, upTo) {
      if (terms.length === 0) return [];
      const estimated = await estimatedTitleCounts(terms, upTo);
      if (estimated) return estimated;
      const parameters = new Parameters();
      const bound = parameters.add(upTo);
      const counts = terms.map(
        (term) =>
          `(SELECT count(*)::integer FROM (SELECT 1 FROM articles WHERE title_search @@ ${termQuery(parameters, term)} LIMIT ${bound}) found)`,
      );
      const result = await pool.query<{ counts: number[] }>(
        `SELECT ARRAY[${counts.join(", ")}] AS counts`,
        parameters.values,
      );
      return result.rows[0]?.counts ?? [];
    },

    articlesWithTitleHoldingAny: (terms, limit) => rankedArticles("title_search", "||", terms, limit),
  };
}
