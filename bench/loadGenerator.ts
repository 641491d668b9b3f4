import { spawn } from "node:child_process";
import path from "node:path";
import type { OpenLoopOptions, OpenLoopResult } from "./openLoop";

export interface LoadGenerator {
  run(plan: OpenLoopOptions): Promise<OpenLoopResult>;
  stop(): void;
}

/** Starts the load generator in a child process (see loadGeneratorProcess.ts); one plan at a time. */
export function startLoadGenerator(): LoadGenerator {
  const child = spawn(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), path.join(import.meta.dirname, "loadGeneratorProcess.ts")],
    { stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  return {
    run(plan) {
      return new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
        child.once("exit", onExit);
        child.once("message", (result: OpenLoopResult) => {
          child.off("exit", onExit);
          resolve(result);
        });
        child.send(plan);
      });
    },
    stop() {
      child.kill();
    },
  };
}
