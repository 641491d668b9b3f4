/**
 * The Postgres schema, one numbered migration at a time. A database records the versions it has in
 * `schema_migrations`; start-up applies the missing ones in order (postgresDatabase.ts). Never edit a migration
 * that has shipped: add the next one. Each adds, or drops only what no shipped version still uses, so an
 * instance still running the previous version keeps working during a rolling deploy.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The text search configuration every tsvector and tsquery uses: English Snowball stemming like FTS5's porter
 * tokenizer, and, like it, no stop-word list (questionTerms.ts drops stop words itself, and an actor alias such
 * as "The Hague" must stay searchable). Diacritics are folded before text reaches Postgres (searchText.ts).
 */
export const searchConfiguration = "brief_search";

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "articles, sentences and search",
    sql: `
      CREATE TEXT SEARCH DICTIONARY brief_english_stem (TEMPLATE = snowball, LANGUAGE = english);
      CREATE TEXT SEARCH CONFIGURATION ${searchConfiguration} (COPY = pg_catalog.english);
      ALTER TEXT SEARCH CONFIGURATION ${searchConfiguration}
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH brief_english_stem;

      -- A typed word as a prefix query ("put" finds "putin"), stemmed like the text; never parsed as syntax.
      CREATE FUNCTION brief_prefix_query(word text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN numnode(query) = 1 THEN (query::text || ':*')::tsquery ELSE query END
        FROM plainto_tsquery('${searchConfiguration}', word) AS query
      $$;

      CREATE TABLE articles (
        slug text PRIMARY KEY,
        title text NOT NULL,
        url text,
        date text,
        body text NOT NULL,
        hash text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Slug (weight A), title (B) and body (D), for "did you mean" over the whole text.
        search tsvector NOT NULL,
        -- Slug and title alone: a word typed is looked up here when the whole text would match too much.
        title_search tsvector NOT NULL
      );
      CREATE INDEX articles_search ON articles USING gin (search);
      CREATE INDEX articles_title_search ON articles USING gin (title_search);

      -- Questions search one article's sentences: the primary key finds them, so no store-wide sentence index
      -- is kept (the same finding as on SQLite: cost follows the article's length, not the store's).
      CREATE TABLE sentences (
        slug text NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
        position integer NOT NULL,
        paragraph integer NOT NULL,
        text text NOT NULL,
        search tsvector NOT NULL,
        PRIMARY KEY (slug, position)
      );`,
  },
  {
    version: 2,
    name: "thread memory, briefing cache, Slack state",
    sql: `
      CREATE TABLE thread_turns (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        thread_key text NOT NULL,
        slug text NOT NULL,
        question text NOT NULL,
        answer text NOT NULL,
        citations jsonb NOT NULL,
        tokens integer NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX thread_turns_by_thread ON thread_turns (thread_key, id);
      CREATE INDEX thread_turns_by_age ON thread_turns (at);

      CREATE TABLE briefing_cache (
        key text PRIMARY KEY,
        slug text NOT NULL,
        article_hash text NOT NULL,
        actors jsonb NOT NULL,
        engine text NOT NULL,
        model text NOT NULL,
        prompt_version text NOT NULL,
        briefing jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX briefing_cache_slug ON briefing_cache (slug);

      CREATE TABLE slack_briefing_threads (
        channel text NOT NULL,
        ts text NOT NULL,
        slug text NOT NULL,
        article_hash text NOT NULL,
        requested_by text,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (channel, ts)
      );
      CREATE TABLE slack_feedback (
        channel text NOT NULL,
        message_ts text NOT NULL,
        "user" text NOT NULL,
        vote text NOT NULL CHECK (vote IN ('up', 'down')),
        slug text,
        at timestamptz NOT NULL,
        PRIMARY KEY (channel, message_ts, "user")
      );
      CREATE TABLE slack_processed_deliveries (
        key text PRIMARY KEY,
        at timestamptz NOT NULL
      );
      CREATE INDEX slack_processed_deliveries_at ON slack_processed_deliveries (at);`,
  },
  {
    version: 3,
    name: "bylines, outlets, articles by URL",
    sql: `
      ALTER TABLE articles ADD COLUMN byline text, ADD COLUMN outlet text;
      -- A fetched article is known by its canonical URL: fetching it again finds the stored one.
      CREATE INDEX articles_by_url ON articles (url);`,
  },
  {
    version: 4,
    name: "jobs",
    sql: `
      -- Durable work (src/jobs/): recorded at the ack, claimed under a lease, done once. Times in ms.
      CREATE TABLE jobs (
        id text PRIMARY KEY,
        kind text NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        payload jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        available_at bigint NOT NULL,
        lease_owner text,
        lease_token text,
        lease_expires_at bigint,
        progress jsonb,
        result jsonb,
        error text,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL
      );
      CREATE INDEX jobs_active ON jobs (created_at) WHERE state IN ('pending', 'running');
      CREATE INDEX jobs_finished ON jobs (updated_at) WHERE state IN ('done', 'failed');`,
  },
  {
    version: 5,
    name: "no Slack deliveries table",
    sql: `
      -- Migration 2's dedupe of Slack deliveries: the job table's idempotency keys do it (migration 4), and no
      -- shipped version since reads or writes it.
      DROP TABLE IF EXISTS slack_processed_deliveries;`,
  },
  {
    version: 6,
    name: "slug trigrams",
    sql: `
      -- "Did you mean" for an unknown slug picks from the slugs nearest by trigrams (a GiST index answers
      -- "nearest first" and LIKE) instead of reading every slug. pg_trgm ships with Postgres and is a trusted
      -- extension: a database owner may create it.
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE INDEX articles_slug_trigrams ON articles USING gist (slug gist_trgm_ops);`,
  },
  {
    version: 7,
    name: "thread citation numbers",
    sql: `
      -- The briefing's cited sentence ids in its sources' order, and those its thread's answers numbered after
      -- them (slackState.ts numberThreadCitations), so "[n]" means one sentence in a briefing and its thread.
      ALTER TABLE slack_briefing_threads
        ADD COLUMN briefing_citations jsonb,
        ADD COLUMN thread_citations jsonb NOT NULL DEFAULT '[]';`,
  },
];
