import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Loaded with `--import` into a process under test (the app or the bare Bolt baseline). It measures the
 * process from inside, where only it can: event-loop delay and RSS sampled every second. The parent asks
 * over the IPC channel; nothing here runs when the process has no parent channel.
 */

export interface ProbeReport {
  type: "probe-report";
  rssSamplesMiB: number[];
  peakRssMiB: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Heap in use right after a full GC at the last reset and now: what the process really retains. */
  retainedHeapMiB: { atReset: number; now: number };
}

export type ProbeCommand = { type: "probe-reset" } | { type: "probe-report" };

const mebibyte = 1024 * 1024;
const resolutionMs = 10;
// The histogram records the time between timer ticks, which includes the timer's own resolution.
const delayBeyondResolution = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - resolutionMs);

/** Heap in use after a full collection (the child runs with --expose-gc), so lazy GC is not read as growth. */
function retainedHeapMiB(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  return process.memoryUsage().heapUsed / mebibyte;
}

if (process.send) {
  const eventLoopDelay = monitorEventLoopDelay({ resolution: resolutionMs });
  eventLoopDelay.enable();
  let rssSamplesMiB: number[] = [];
  let peakRssMiB = process.memoryUsage.rss() / mebibyte;
  let cpuAtReset = process.cpuUsage();
  let retainedAtReset = retainedHeapMiB();
  const sample = () => {
    const rss = process.memoryUsage.rss() / mebibyte;
    rssSamplesMiB.push(rss);
    peakRssMiB = Math.max(peakRssMiB, rss);
  };
  // Unref'd so the probe never keeps a process alive on its own.
  setInterval(sample, 1000).unref();
  process.on("message", (message: ProbeCommand) => {
    if (message.type === "probe-reset") {
      eventLoopDelay.reset();
      rssSamplesMiB = [];
      cpuAtReset = process.cpuUsage();
      retainedAtReset = retainedHeapMiB();
      process.send?.({ type: "probe-reset-done" });
    } else if (message.type === "probe-report") {
      sample();
      const cpu = process.cpuUsage(cpuAtReset);
      const report: ProbeReport = {
        type: "probe-report",
        rssSamplesMiB,
        // maxRSS is the kernel's high-water mark, which catches peaks between samples.
        peakRssMiB: Math.max(peakRssMiB, (process.resourceUsage().maxRSS * 1024) / mebibyte),
        eventLoopDelayMs: {
          p50: delayBeyondResolution(eventLoopDelay.percentile(50)),
          p99: delayBeyondResolution(eventLoopDelay.percentile(99)),
          max: delayBeyondResolution(eventLoopDelay.max),
        },
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        retainedHeapMiB: { atReset: retainedAtReset, now: retainedHeapMiB() },
      };
      process.send?.(report);
    }
  });
  // The IPC channel would keep the process alive; the app's own server decides that.
  process.channel?.unref();
}
