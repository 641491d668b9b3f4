import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { evaluateGold, goldFilesIn, ingestArticlesIn } from "../eval/evaluateGold";
import { type GoldFile, loadGoldFile } from "../eval/goldFile";
import { briefingFromGold } from "../eval/labellerAgreement";
import { type BriefingScore, formatScore, scoreBriefing } from "../eval/scoreBriefing";
import { addFigures, formatFigures, noFigures } from "../eval/scoreFigures";
import { createServices } from "../services";
import type { ArticleStore } from "../store/articleStore";
import { type CliCommand, UsageError } from "./runCli";

const fixturesDirectory = path.join(projectRoot, "test", "fixtures");
const usage = `Usage: npm run eval -- [--dir <folder> [--totals] [--against <folder>]] [--engine offline|openai] [<slug> <gold.json>]
  Scores briefings against gold files (exit 1 when a check fails). Per article: stated recall (gold stated
  positions covered), claims as stated (stated points resting only on others' claims), false stated (stated
  points of actors the gold says state nothing), attribution errors, precision; then the total.
  <slug> <gold.json>: one stored article.
  --dir <folder>: every <folder>/*.gold.json, its article <folder>/<slug>.txt, in a throwaway in-memory store.
  Nothing: every test/fixtures/eval/*.gold.json, articles from test/fixtures/articles, the same way.
  --totals: print only the total line (for a held-out set).
  --against <folder>: score a second labeller's gold files of the same articles instead of the engine, to
  measure how far two labellers agree (articles without a second gold file are skipped).`;

export const evaluateCommand: CliCommand = {
  usage,
  options: {
    help: { type: "boolean", short: "h" },
    dir: { type: "string" },
    totals: { type: "boolean" },
    engine: { type: "string" },
    against: { type: "string" },
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
    for (const option of [values.dir, values.against]) {
      if (typeof option === "string" && !fs.statSync(option, { throwIfNoEntry: false })?.isDirectory())
        throw new UsageError(`No folder ${option}.`);
    }
    if (values.against !== undefined && folder === undefined)
      throw new UsageError("--against needs --dir: the first labeller's folder.");
    const secondLabels =
      typeof values.against === "string" ? secondGoldFiles(path.resolve(values.against)) : undefined;
    const folderServices = await createServices(
      { ...services.config, databasePath: ":memory:", databaseUrl: undefined },
      logger,
    );
    try {
      await ingestArticlesIn(folder ?? path.join(fixturesDirectory, "articles"), folderServices.store);
      const golds = goldFilesIn(folder ?? path.join(fixturesDirectory, "eval")).filter(
        (gold) => secondLabels === undefined || secondLabels.has(gold.slug),
      );
      // A folder of nothing to score is a mistake (the wrong folder), not a pass.
      if (golds.length === 0) throw new UsageError(`No <slug>.gold.json files in ${values.dir}.`);
      let total = noFigures;
      let failed = 0;
      for (const gold of golds) {
        const second = secondLabels?.get(gold.slug);
        const score: BriefingScore = second
          ? await scoreSecondLabeller(gold, second, folderServices.store)
          : await evaluateGold(gold, folderServices);
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

/** A second labeller's gold files by slug. */
function secondGoldFiles(folder: string): Map<string, GoldFile> {
  return new Map(goldFilesIn(folder).map((gold) => [gold.slug, gold]));
}

async function scoreSecondLabeller(
  gold: GoldFile,
  second: GoldFile,
  store: Pick<ArticleStore, "sentences">,
): Promise<BriefingScore> {
  const sentences = await store.sentences(gold.slug);
  return scoreBriefing(gold, briefingFromGold(second, sentences), sentences);
}
