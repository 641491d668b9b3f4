import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { projectRoot } from "../../src/config";
import { createWaiters } from "./waiters";

/**
 * The app as `npm start` runs it, in a child process: the esbuild bundle (main.js and its job threads'
 * jobWorker.js) under plain node, HTTP mode, JSON log lines read from its stderr. For what only a real
 * process shows: kill -9 between ack and post, two processes on one database file, exit codes.
 */

const runFile = promisify(execFile);
const packageScriptsSchema = z.object({ scripts: z.object({ build: z.string() }) });

/** The esbuild command of package.json's build script, with its entry points, writing into `outdir`. */
export async function buildLikeNpmStart(outdir: string, entryPoints?: readonly string[]): Promise<void> {
  const script = packageScriptsSchema.parse(
    JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")),
  ).scripts.build;
  const [command, ...words] = script.split(/\s+/);
  if (command !== "esbuild") throw new Error(`the build script is not an esbuild command: ${script}`);
  const flags = words.filter((word) => word.startsWith("--") && !/^--(outfile|outdir)=/.test(word));
  const entries = entryPoints ?? words.filter((word) => !word.startsWith("--"));
  await runFile(
    path.join(projectRoot, "node_modules", ".bin", "esbuild"),
    [...entries, ...flags, `--outdir=${outdir}`],
    {
      cwd: projectRoot,
    },
  );
}

let built: Promise<string> | undefined;

/**
 * Builds the app once per test file into its own folder beside dist/: one level under the project root, as
 * dist/ is (the bundle finds data/ and node_modules from there), but not dist/ itself, which `npm start` and
 * the bench use.
 */
export function builtApp(): Promise<string> {
  built ??= (async () => {
    const outdir = fs.mkdtempSync(path.join(projectRoot, "dist-test-"));
    process.once("exit", () => fs.rmSync(outdir, { recursive: true, force: true }));
    await buildLikeNpmStart(outdir);
    return path.join(outdir, "main.js");
  })();
  return built;
}

export type LogLine = Record<string, unknown> & { event?: string; level?: string };

export interface AppProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  logs: LogLine[];
  /** Lines on stderr that were not JSON log lines (a start-up failure's message). */
  plainLines: string[];
  /** Resolves with the log lines of `event` (that pass `where`) once there are `count` of them. */
  waitForLog(
    event: string,
    timeoutMs?: number,
    count?: number,
    where?: (line: LogLine) => boolean,
  ): Promise<LogLine[]>;
  /** SIGKILL: no shutdown, no flush, as a crash or an OOM kill. */
  crash(): Promise<void>;
  /** SIGTERM and the exit code. */
  stop(): Promise<number | null>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export function appEnvironment(options: {
  databasePath: string;
  slackApiUrl: string;
  signingSecret: string;
  botToken: string;
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    SLACK_BOT_TOKEN: options.botToken,
    SLACK_SIGNING_SECRET: options.signingSecret,
    SLACK_APP_TOKEN: "",
    SLACK_API_URL: options.slackApiUrl,
    PORT: "0",
    BRIEF_DB: options.databasePath,
    BRIEF_ENGINE: "offline",
    OPENAI_API_KEY: "",
    ...options.extra,
  };
}

/** Starts the bundled app and resolves once it logged brief_bot.ready (or rejects with its output). */
export async function startAppProcess(environment: Record<string, string>): Promise<AppProcess> {
  const main = await builtApp();
  const child = spawn(process.execPath, ["--enable-source-maps", main], {
    // Not the project directory: a developer's .env must not leak in.
    cwd: os.tmpdir(),
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const logs: LogLine[] = [];
  const plainLines: string[] = [];
  const { wake, waitFor } = createWaiters();
  let pending = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("{")) logs.push(JSON.parse(line) as LogLine);
      else if (line.trim() !== "") plainLines.push(line);
    }
    wake();
  });
  child.once("exit", () => wake());
  const waitForLog = async (
    event: string,
    timeoutMs = 15_000,
    count = 1,
    where: (line: LogLine) => boolean = () => true,
  ) => {
    const outcome = await waitFor(
      () => {
        const matching = logs.filter((line) => line.event === event && where(line));
        if (matching.length >= count) return { matching, exited: false };
        if (child.exitCode !== null || child.signalCode !== null) return { matching, exited: true };
        return undefined;
      },
      () => `${count} ${event} log line(s), saw ${logs.filter((line) => line.event === event).length}`,
      timeoutMs,
    );
    if (!outcome.exited) return outcome.matching;
    throw new Error(
      `the app exited (${child.exitCode ?? child.signalCode}) before ${event}:\n${plainLines.join("\n")}\n${JSON.stringify(logs.slice(-5))}`,
    );
  };
  const [ready] = await waitForLog("brief_bot.ready", 30_000);
  const port = Number(ready?.port);
  return {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    logs,
    plainLines,
    waitForLog,
    async crash() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Runs the bundled app to its exit (for start-up failures): exit code and stderr. */
export async function runAppToExit(
  environment: Record<string, string>,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stderr: string }> {
  const main = await builtApp();
  try {
    const { stderr } = await runFile(process.execPath, [main], {
      cwd: os.tmpdir(),
      env: environment,
      timeout: timeoutMs,
    });
    return { code: 0, stderr };
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    return { code: typeof failure.code === "number" ? failure.code : null, stderr: failure.stderr ?? "" };
  }
}
