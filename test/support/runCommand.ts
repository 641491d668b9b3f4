import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/config";

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tsxBinary = path.join(projectRoot, "node_modules", ".bin", "tsx");

/** Runs a CLI entry (e.g. "src/cli/brief.ts") as a real process with its own environment. */
export function runCliCommand(
  entry: string,
  args: readonly string[],
  environment: Record<string, string> = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsxBinary, [path.join(projectRoot, entry), ...args], {
      cwd: projectRoot,
      // A clean environment: no developer .env keys leak into the test.
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", OPENAI_API_KEY: "", ...environment },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
