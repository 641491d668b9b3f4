import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCommand } from "../../src/cli/evaluateCommand";
import { projectRoot } from "../../src/config";
import { loadGoldFile } from "../../src/eval/goldFile";
import { runCliInProcess, spawnCliCommand } from "../support/runCommand";
import { temporaryDatabasePath, temporaryFile } from "../support/tempDatabase";

/** A folder holding one article and its gold file, as `npm run eval -- --dir` reads them. */
function goldFolder(gold: { slug: string }, article: string): string {
  const folder = path.dirname(temporaryFile(`${gold.slug}.txt`, article));
  fs.writeFileSync(path.join(folder, `${gold.slug}.gold.json`), JSON.stringify(gold));
  return folder;
}

describe("npm run eval", () => {
  it("scores every fixture article and exits 0 when all pass", async () => {
    const result = await runCliInProcess(evaluateCommand, [], { BRIEF_DB: temporaryDatabasePath() });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const slug of [
      "xi-putin",
      "eu-sanctions-package",
      "china-peace-talks",
      "kyiv-drone-attack",
      "peacekeepers-dispute",
    ]) {
      expect(result.stdout).toContain(`${slug}: PASS`);
    }
    expect(result.stdout).toMatch(/total, \d+ articles \(\d+ pass every check\): stated recall \d+\/\d+/);
  }, 30_000);

  it("exits 1 and names the failed check when a briefing misses the gold file", async () => {
    const goldPath = path.join(projectRoot, "test", "fixtures", "eval", "xi-putin.gold.json");
    const gold = loadGoldFile(goldPath);
    gold.actors.EU = {
      absent: true,
      no_stated_position: false,
      stated: [],
      attributed_by_others: [],
      mentioned_only: [],
    };
    const result = await spawnCliCommand(
      "src/cli/evaluate.ts",
      ["xi-putin", temporaryFile("bad.gold.json", JSON.stringify(gold))],
      {
        BRIEF_DB: temporaryDatabasePath(),
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("xi-putin: FAIL");
    expect(result.stdout).toContain("✗ EU: status is not_mentioned (status is none)");
  }, 30_000);

  it("exits 2 with one line for a gold file of the wrong shape or a folder with none", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const wrongShape = temporaryFile("shape.gold.json", JSON.stringify({ slug: 7 }));
    const invalid = await runCliInProcess(evaluateCommand, ["xi-putin", wrongShape], environment);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.trim().split("\n")).toEqual([
      `The gold file ${wrongShape} is invalid: slug: Invalid input: expected string, received number; actors: Invalid input: expected record, received undefined.`,
    ]);
    const empty = path.dirname(temporaryFile("notes.txt", "no gold files here"));
    const none = await runCliInProcess(evaluateCommand, ["--dir", empty], environment);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(new RegExp(`^No <slug>\\.gold\\.json files in ${empty}\\.\n`));
    expect(none.stdout).toBe("");
  }, 30_000);

  it("scores a folder of articles and gold files, and prints only the total with --totals", async () => {
    const gold = {
      slug: "kallas-sanctions",
      actors: {
        EU: {
          stated: [
            {
              position: "keeps sanctions",
              evidence: ["Kallas said the EU would keep its sanctions on Russia."],
            },
          ],
        },
        China: {
          no_stated_position: true,
          attributed_by_others: [
            { position: "accused", evidence: ["Critics accused Beijing of helping Moscow."] },
          ],
        },
      },
    };
    const folder = goldFolder(
      gold,
      "EU keeps sanctions\nKallas said the EU would keep its sanctions on Russia.\nCritics accused Beijing of helping Moscow.\n",
    );
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const perArticle = await runCliInProcess(evaluateCommand, ["--dir", folder], environment);
    expect(perArticle.stderr).toBe("");
    expect(perArticle.code).toBe(0);
    expect(perArticle.stdout).toContain("kallas-sanctions: PASS");
    const totalLine =
      "total, 1 articles (1 pass every check): stated recall 1/1 (1.00) · claims as stated 0 · false stated 0 (0 actors) · attribution errors 0 · precision 1/1 (1.00)";
    expect(perArticle.stdout).toContain(totalLine);
    const totals = await runCliInProcess(evaluateCommand, ["--dir", folder, "--totals"], environment);
    expect(totals.stdout.trim()).toBe(totalLine);
  }, 30_000);

  it("scores a second labeller's gold files against the first with --against", async () => {
    const keepsSanctions = {
      position: "keeps sanctions",
      evidence: ["Kallas said the EU would keep its sanctions on Russia."],
    };
    const accused = { position: "accused", evidence: ["Critics accused Beijing of helping Moscow."] };
    const first = {
      slug: "kallas-beijing",
      actors: {
        EU: { stated: [keepsSanctions] },
        China: { no_stated_position: true, attributed_by_others: [accused] },
      },
    };
    const folder = goldFolder(
      first,
      "EU warns Beijing\nKallas said the EU would keep its sanctions on Russia.\nCritics accused Beijing of helping Moscow.\nThe summit ended.\n",
    );
    // The second labeller read the accusation as China's own position, and nothing else differs.
    const second = { ...first, actors: { ...first.actors, China: { stated: [accused] } } };
    const secondFolder = path.dirname(temporaryFile("kallas-beijing.gold.json", JSON.stringify(second)));
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const agreement = await runCliInProcess(
      evaluateCommand,
      ["--dir", folder, "--against", secondFolder, "--totals"],
      environment,
    );
    expect(agreement.stderr).toBe("");
    expect(agreement.stdout.trim()).toBe(
      "total, 1 articles (0 pass every check): stated recall 1/1 (1.00) · claims as stated 1 · false stated 1 (1 actors) · attribution errors 0 · precision 1/2 (0.50)",
    );
    const itself = await runCliInProcess(
      evaluateCommand,
      ["--dir", folder, "--against", folder, "--totals"],
      environment,
    );
    expect(itself.stdout).toContain("claims as stated 0 · false stated 0 (0 actors) · attribution errors 0");
    const alone = await runCliInProcess(evaluateCommand, ["--against", secondFolder], environment);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--against needs --dir");
  }, 30_000);
});
