import cliProgress from "cli-progress";
import { BriefError, isBriefError } from "../domain/errors";
import type { FeedItemOutcome } from "../ingest/ingestService";
import type { IngestResult } from "../store/articleStore";
import { type CliCommand, UsageError } from "./runCli";

const usage = `Usage: npm run ingest -- <file> [--slug S] [--title T] [--url U]
       npm run ingest -- <url>
       npm run ingest -- --feed <url of an RSS, Atom or JSON feed> [--since YYYY-MM-DD]
  A file adds or replaces one article. Text format: first non-empty line is the headline; "Title: ..." gives
  the title; one paragraph per line; lines starting "- " are bullet paragraphs. UTF-8, UTF-16 and Latin-1 files
  are read.
  A URL is fetched (public addresses on 80/443 only, else BRIEF_FETCH_ALLOW_HOSTS; see docs/ingest.md), its
  article extracted and stored; the same canonical URL again updates the stored article only if its text
  changed.
  --feed fetches every item of a feed not stored yet (published on or after --since), with a progress bar.`;

const summary = (result: IngestResult) =>
  `${result.status}: ${result.article.slug} — ${result.article.title} (${result.sentenceCount} sentences)`;

/** A page with too little text can still be added: as a file the operator saved. */
function withFileHint(error: unknown): unknown {
  if (!isBriefError(error) || error.details.pasteInstead !== true) return error;
  return new BriefError(
    error.code,
    `${error.message} Save the article's text to a file and run \`npm run ingest -- <file>\`.`,
    error.details,
  );
}

function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError(`--since must be a date like 2025-06-01, not '${value}'.`);
  return date;
}

const outcomeLine = (outcome: FeedItemOutcome) =>
  outcome.kind === "ingested"
    ? summary(outcome.result)
    : outcome.kind === "already_stored"
      ? `stored already: ${outcome.slug} — ${outcome.item.url}`
      : `failed: ${outcome.item.url} — ${outcome.message}`;

export const ingestCommand: CliCommand = {
  usage,
  options: {
    slug: { type: "string" },
    title: { type: "string" },
    url: { type: "string" },
    feed: { type: "string" },
    since: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  async run({ services, values, positionals, print }) {
    const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
    const feed = text("feed");
    if (feed !== undefined) {
      if (positionals.length > 0) throw new UsageError(`Unexpected arguments: ${positionals.join(" ")}`);
      const since = parseSince(text("since"));
      // The bar goes to stderr, so the per-item lines on stdout can be piped; it draws only on a terminal.
      const bar = new cliProgress.SingleBar(
        { format: "{bar} {value}/{total} items | {status}", stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      const lines: string[] = [];
      const report = await services.ingest.ingestFeed(feed, {
        since,
        onStart: (total) => bar.start(total, 0, { status: "fetching" }),
        onItem: (outcome) => {
          lines.push(outcomeLine(outcome));
          bar.increment({ status: outcome.kind.replace("_", " ") });
        },
      });
      bar.stop();
      for (const line of lines) print(line);
      const count = (kind: FeedItemOutcome["kind"]) =>
        report.outcomes.filter((outcome) => outcome.kind === kind).length;
      print(
        `${count("ingested")} ingested, ${count("already_stored")} stored already, ${count("failed")} failed` +
          (report.skippedAsOlder > 0 ? `, ${report.skippedAsOlder} older than --since` : ""),
      );
      return count("failed") > 0 ? 1 : 0;
    }
    const [source, ...extra] = positionals;
    if (!source || extra.length > 0)
      throw new UsageError(source ? `Unexpected arguments: ${extra.join(" ")}` : "");
    if (/^https?:\/\//i.test(source)) {
      if (text("slug") || text("title") || text("url"))
        throw new UsageError("--slug, --title and --url apply to files; a URL's page gives them.");
      try {
        print(summary(await services.ingest.ingestFromUrl(source)));
      } catch (error) {
        throw withFileHint(error);
      }
      return 0;
    }
    const result = await services.store.ingestFile(source, {
      slug: text("slug"),
      title: text("title"),
      url: text("url"),
    });
    print(summary(result));
    return 0;
  },
};
