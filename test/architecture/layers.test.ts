import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import { describe, expect, it } from "vitest";

/**
 * The layer rules of .dependency-cruiser.cjs over src/, through dependency-cruiser's API (its `depcruise`
 * command refuses Node 20; with Node 22 this is `depcruise src --config .dependency-cruiser.cjs`).
 */

const root = path.resolve(import.meta.dirname, "../..");
const configPath = path.join(root, ".dependency-cruiser.cjs");

/** Cruises `src` under `baseDir` with the project's rules. */
async function cruiseSource(baseDir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(configPath);
  const reporting = await cruise(["src"], { ...options, baseDir });
  return reporting.output as ICruiseResult;
}

const violationsOf = (result: ICruiseResult) =>
  result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);

describe("the layer rules", () => {
  it("hold for src/", async () => {
    const result = await cruiseSource(root);
    // A parser that cannot read TypeScript finds no module, and then no rule can fail.
    expect(result.modules.filter((module) => module.source.endsWith(".ts")).length).toBeGreaterThan(50);
    expect(violationsOf(result)).toEqual([]);
  });

  it("fail on a stage importing an orchestrator, which also closes a folder cycle", async () => {
    // A copy of the shape in a temporary folder: prompt/ importing briefing/, which imports prompt/.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "brief-layers-"));
    try {
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
        fs.writeFileSync(path.join(scratch, file), text);
      };
      write(
        "src/prompt/buildMessages.ts",
        'import { sources } from "../briefing/collectSources";\nexport const messages = sources;\n',
      );
      write("src/prompt/countTokens.ts", "export const tokens = 1;\n");
      write(
        "src/briefing/collectSources.ts",
        'import { tokens } from "../prompt/countTokens";\nexport const sources = tokens;\n',
      );
      const violations = violationsOf(await cruiseSource(scratch));
      expect(violations).toContain(
        "layer-prompt: src/prompt/buildMessages.ts → src/briefing/collectSources.ts",
      );
      expect(violations.some((violation) => violation.startsWith("no-folder-cycles:"))).toBe(true);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
