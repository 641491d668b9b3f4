import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import { loadGoldFile } from "../../src/eval/goldFile";
import { runCliCommand } from "../support/runCommand";
import { temporaryDatabasePath, temporaryFile } from "../support/tempDatabase";

describe("npm run eval", () => {
  it("scores every fixture article and exits 0 when all pass", async () => {
    const result = await runCliCommand("src/cli/evaluate.ts", [], { BRIEF_DB: temporaryDatabasePath() });
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
    expect(result.stdout).toMatch(/stated-point precision: \d+\/\d+/);
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
    const result = await runCliCommand(
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
});
