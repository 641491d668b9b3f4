import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { projectRoot } from "../src/config";
import { buildLikeNpmStart } from "../test/support/appProcess";
import type { ProbeCommand, ProbeReport } from "./probe";

/**
 * Runs a process under test in a child of the bench, with the probe loaded, so its figures are not distorted
 * by the load generator and fake servers (which stay in the parent) and its RSS is its own.
 *
 * Processes under test run as `npm start` runs the app: bundled JavaScript under plain node, no TypeScript
 * loader (tsx alone adds about 34 MiB of RSS and CPU at start). The app, the bare Bolt baseline and the probe
 * are all bundled by the esbuild command of `npm run build` (buildLikeNpmStart), so all three are built the
 * same way from one definition.
 */

/** Inside the project, so the bundles' external packages resolve from its node_modules. */
const benchBundleDirectory = path.join(projectRoot, "dist", "bench");

export const scriptsUnderTest = {
  /** Where `npm run build` writes the app (its --outfile); `npm start` runs this file. */
  app: path.join(projectRoot, "dist", "main.js"),
  bareBolt: path.join(benchBundleDirectory, "bareBoltApp.js"),
};
const probePath = path.join(benchBundleDirectory, "probe.js");
const benchEntryPoints = [
  path.join(import.meta.dirname, "targets", "bareBoltApp.ts"),
  path.join(import.meta.dirname, "probe.ts"),
];

let build: Promise<void> | undefined;

/** Builds the processes under test once per bench run (on first use, so sections without children skip it). */
function buildScriptsUnderTest(): Promise<void> {
  build ??= (async () => {
    await buildLikeNpmStart(path.dirname(scriptsUnderTest.app));
    await buildLikeNpmStart(benchBundleDirectory, benchEntryPoints);
  })();
  return build;
}

export interface ChildUnderTest {
  port: number;
  logPath: string;
  reset(): Promise<void>;
  report(): Promise<ProbeReport>;
  stop(): Promise<void>;
  /** SIGKILL, as a crash: no shutdown at all. */
  crash(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function waitForPort(port: number, child: ChildProcess, logPath: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (connected) return;
    await sleep(50);
  }
  const log = fs.existsSync(logPath) ? fs.readFileSync(logPath, "utf8").slice(-2000) : "";
  throw new Error(`process under test did not listen on ${port} (exit ${child.exitCode}):\n${log}`);
}

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: { type?: string }) => {
      if (message?.type !== type) return;
      child.off("message", listener);
      resolve(message as T);
    };
    child.on("message", listener);
  });
}

export async function startChild(options: {
  name: string;
  /** One of {@link scriptsUnderTest}. */
  script: string;
  args?: string[];
  env: Record<string, string>;
  port: number;
  /** Write a V8 CPU profile of the child here when it exits (`npm run bench -- --profile DIR`). */
  profileDirectory?: string | undefined;
}): Promise<ChildUnderTest> {
  await buildScriptsUnderTest();
  // One file per process under test, overwritten by the next bench run, kept afterwards for a post-mortem.
  const logDirectory = path.join(os.tmpdir(), "brief-bench-logs");
  fs.mkdirSync(logDirectory, { recursive: true });
  const logPath = path.join(logDirectory, `${options.name}.log`);
  const logFile = fs.openSync(logPath, "w");
  // Logs go to a file: the app writes a line per briefing, and a pipe drained by the parent would cost the
  // parent CPU and could block the child when full.
  const child = spawn(
    process.execPath,
    [
      // For the probe's retained-heap figure only: gc() runs at a reset and a report, never under load.
      "--expose-gc",
      ...(options.profileDirectory ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDirectory}`] : []),
      // As `npm start` runs dist/main.js.
      "--enable-source-maps",
      "--import",
      probePath,
      options.script,
      ...(options.args ?? []),
    ],
    {
      cwd: os.tmpdir(),
      env: { ...options.env, PATH: process.env.PATH ?? "", NODE_ENV: "production" },
      stdio: ["ignore", logFile, logFile, "ipc"],
    },
  );
  fs.closeSync(logFile);
  await waitForPort(options.port, child, logPath, 20_000);
  const send = (command: ProbeCommand) => child.send(command);
  return {
    port: options.port,
    logPath,
    async reset() {
      const done = nextMessage(child, "probe-reset-done");
      send({ type: "probe-reset" });
      await done;
    },
    async report() {
      const report = nextMessage<ProbeReport>(child, "probe-report");
      send({ type: "probe-report" });
      return report;
    },
    async crash() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const killTimer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(killTimer);
    },
  };
}
