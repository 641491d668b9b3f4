import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";

/**
 * CI trusts `npm test`'s exit code. A run with a failing test, under this project's global setup (the
 * embedded Postgres server, whose exit hook once forced the code to 0), must still exit non-zero.
 */
describe("a test run with a failing test", { timeout: 120_000 }, () => {
  it("exits non-zero with the project's global setup", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "brief-bot-failing-run-"));
    try {
      fs.writeFileSync(
        path.join(folder, "failing.test.ts"),
        'import { expect, it } from "vitest";\nit("fails", () => expect(1).toBe(2));\n',
      );
      const setups = ["postgresGlobalSetup.ts", "buildsGlobalSetup.ts"].map((name) =>
        path.join(projectRoot, "test", "support", name),
      );
      fs.writeFileSync(
        path.join(folder, "vitest.config.mjs"),
        `export default { test: { root: ${JSON.stringify(folder)}, include: ["failing.test.ts"], globalSetup: ${JSON.stringify(setups)} } };\n`,
      );
      const run = spawnSync(
        process.execPath,
        [
          path.join(projectRoot, "node_modules", "vitest", "vitest.mjs"),
          "run",
          "--config",
          path.join(folder, "vitest.config.mjs"),
        ],
        { cwd: projectRoot, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } },
      );
      expect(`${run.stdout}${run.stderr}`).toContain("1 failed");
      expect(run.status).not.toBe(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
