import { spawn } from "node:child_process";
import path from "node:path";
import { type CliCommand, runCli } from "../../src/cli/runCli";
import { type Environment, projectRoot } from "../../src/config";

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI command in this process, with only the given environment (no .env, no process.env). */
export async function runCliInProcess(
  command: CliCommand,
  args: readonly string[],
  environment: Environment = {},
): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(command, {
    argv: [...args],
    environment,
    writeOut: (text) => {
      stdout += text;
    },
    writeError: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const tsxBinary = path.join(projectRoot, "node_modules", ".bin", "tsx");

/**
 * Runs a CLI entry (e.g. "src/cli/brief.ts") as a real process with its own environment: the smoke test that
 * the entry file, .env loading, the streams and the exit code are wired. Slow (a tsx start), so one per command.
 */
export function spawnCliCommand(
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
