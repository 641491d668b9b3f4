import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config";

/**
 * Removes the app builds that test files made beside dist/ during the run (appProcess.ts): a test file's own
 * exit handler does not run when vitest ends its worker process with a signal, and they piled up.
 */
export default function setup(): () => void {
  const startedAt = Date.now();
  return () => {
    for (const name of fs.readdirSync(projectRoot)) {
      const build = path.join(projectRoot, name);
      if (name.startsWith("dist-test-") && fs.statSync(build).mtimeMs >= startedAt)
        fs.rmSync(build, { recursive: true, force: true });
    }
  };
}
