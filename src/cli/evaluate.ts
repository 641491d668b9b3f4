import path from "node:path";
import { projectRoot } from "../config";
import { evaluateGold, goldFilesIn, ingestArticlesIn } from "../eval/evaluateGold";
import { loadGoldFile } from "../eval/goldFile";
import { formatScore } from "../eval/scoreBriefing";
import { createLogger } from "../log";
import { createServices } from "../services";
import { runCli, UsageError } from "./runCli";

const fixturesDirectory = path.join(projectRoot, "test", "fixtures");
const usage = `Usage: npm run eval -- [<slug> <gold.json>]
  Scores a briefing of a stored article against a gold file (exit 1 when a check fails).
  Without arguments: every test/fixtures/eval/*.gold.json, its article taken from the store or from
  test/fixtures/articles/<slug>.txt (loaded into a throwaway in-memory store).`;

await runCli({
  usage,
  options: { help: { type: "boolean", short: "h" } },
  async run({ services, positionals, print }) {
    if (positionals.length === 2) {
      const [slug, goldPath] = positionals as [string, string];
      const gold = { ...loadGoldFile(goldPath), slug };
      const score = await evaluateGold(gold, services);
      print(formatScore(score));
      if (!score.passed) process.exitCode = 1;
      return;
    }
    if (positionals.length !== 0) throw new UsageError("Give a slug and a gold file, or nothing.");
    const fixtureServices = createServices(
      { ...services.config, databasePath: ":memory:" },
      createLogger({ level: "warn" }),
    );
    try {
      ingestArticlesIn(path.join(fixturesDirectory, "articles"), fixtureServices.store);
      let failed = 0;
      for (const gold of goldFilesIn(path.join(fixturesDirectory, "eval"))) {
        const score = await evaluateGold(gold, fixtureServices);
        print(formatScore(score));
        if (!score.passed) failed += 1;
      }
      if (failed > 0) process.exitCode = 1;
    } finally {
      fixtureServices.close();
    }
  },
});
