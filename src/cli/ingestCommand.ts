import { type CliCommand, UsageError } from "./runCli";

const usage = `Usage: npm run ingest -- <file> [--slug S] [--title T] [--url U]
  Adds or replaces one article. Text format: first non-empty line is the headline; "Title: ..." gives the
  title; one paragraph per line; lines starting "- " are bullet paragraphs.`;

export const ingestCommand: CliCommand = {
  usage,
  options: {
    slug: { type: "string" },
    title: { type: "string" },
    url: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  async run({ services, values, positionals, print }) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      throw new UsageError(file ? `Unexpected arguments: ${extra.join(" ")}` : "");
    const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
    const result = await services.store.ingestFile(file, {
      slug: text("slug"),
      title: text("title"),
      url: text("url"),
    });
    print(
      `${result.status}: ${result.article.slug} — ${result.article.title} (${result.sentenceCount} sentences)`,
    );
  },
};
