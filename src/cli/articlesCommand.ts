import type { CliCommand } from "./runCli";

export const articlesCommand: CliCommand = {
  usage: "Usage: npm run articles\n  Lists stored articles: slug, title, sentence count.",
  options: { help: { type: "boolean", short: "h" } },
  async run({ services, print }) {
    const articles = await services.store.list();
    const width = Math.max(4, ...articles.map((article) => article.slug.length));
    print(`${"slug".padEnd(width)}  sentences  title`);
    for (const article of articles) {
      print(`${article.slug.padEnd(width)}  ${String(article.sentenceCount).padStart(9)}  ${article.title}`);
    }
  },
};
