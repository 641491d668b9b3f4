import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { evaluateGold, goldFilesIn, ingestArticlesIn } from "../eval/evaluateGold";
import { loadGoldFile } from "../eval/goldFile";
import { formatScore } from "../eval/scoreBriefing";
import { addFigures, formatFigures, noFigures } from "../eval/scoreFigures";
import { createServices } from "../services";
import { type CliCommand, UsageError } from "./runCli";

const fixturesDirectory = path.join(projectRoot, "test", "fixtures");
const usage = `Usage: npm run eval -- [--dir <folder> [--totals]] [--engine offline|openai] [<slug> <gold.json>]
  Scores briefings against gold files (exit 1 when a check fails). Per article: stated recall (gold stated
  positions covered), claims as stated (stated points resting only on others' claims), false stated (stated
  points of actors the gold says state nothing), attribution errors, precision; then the total.
  <slug> <gold.json>: one stored article.
  --dir <folder>: every <folder>/*.gold.json, its article <folder>/<slug>.txt, in a throwaway in-memory store.
  Nothing: every test/fixtures/eval/*.gold.json, articles from test/fixtures/articles, the same way.
  --totals: print only the total line (for a held-out set).`;

export const evaluateCommand: CliCommand = {
  usage,
  options: {
    help: { type: "boolean", short: "h" },
    dir: { type: "string" },
    totals: { type: "boolean" },
    engine: { type: "string" },
  },
  async run({ services, logger, values, positionals, print }) {
    if (positionals.length === 2 && values.dir === undefined) {
      const [slug, goldPath] = positionals as [string, string];
      const gold = { ...loadGoldFile(goldPath), slug };
      const score = await evaluateGold(gold, services);
      print(formatScore(score));
      return score.passed ? 0 : 1;
    }
    if (positionals.length !== 0)
      throw new UsageError("Give a slug and a gold file, --dir <folder>, or nothing.");
    const folder = typeof values.dir === "string" ? path.resolve(values.dir) : undefined;
    if (folder !== undefined && !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`No folder ${values.dir}.`);
    }
    const folderServices = await createServices(
      { ...services.config, databasePath: ":memory:", databaseUrl: undefined },
      logger,
    );
    try {
      await ingestArticlesIn(folder ?? path.join(fixturesDirectory, "articles"), folderServices.store);
      const golds = goldFilesIn(folder ?? path.join(fixturesDirectory, "eval"));
      // A folder of nothing to score is a mistake (the wrong folder), not a pass.
      if (golds.length === 0) throw new UsageError(`No <slug>.gold.json files in ${values.dir}.`);
      let total = noFigures;
      let failed = 0;
      for (const gold of golds) {
        const score = await evaluateGold(gold, folderServices);
        if (!values.totals) print(formatScore(score));
        total = addFigures(total, score.figures);
        if (!score.passed) failed += 1;
      }
      print(
        `total, ${golds.length} articles (${golds.length - failed} pass every check): ${formatFigures(total)}`,
      );
      return failed > 0 ? 1 : 0;
    } finally {
      await folderServices.close();
    }
  },
};
