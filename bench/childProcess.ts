import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { ProbeCommand, ProbeReport } from "./probe";

/**
 * Runs a process under test in a child of the bench, with the probe loaded, so its figures are not distorted
 * by the load generator and fake servers (which stay in the parent) and its RSS is its own.
 */

const benchDirectory = import.meta.dirname;
const probePath = path.join(benchDirectory, "probe.ts");
// Absolute, because the child runs in a temporary directory (so no stray .env is picked up by dotenv).
const tsxLoader = import.meta.resolve("tsx");

export interface ChildUnderTest {
  port: number;
  logPath: string;
  reset(): Promise<void>;
  report(): Promise<ProbeReport>;
  stop(): Promise<void>;
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
    await new Promise((resolve) => setTimeout(resolve, 50));
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
  script: string;
  args?: string[];
  env: Record<string, string>;
  port: number;
  /** Write a V8 CPU profile of the child here when it exits (`npm run bench -- --profile DIR`). */
  profileDirectory?: string | undefined;
}): Promise<ChildUnderTest> {
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
      "--import",
      tsxLoader,
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
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const killTimer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(killTimer);
    },
  };
}
