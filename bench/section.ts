import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FigureBook } from "./figures";

export interface SectionContext {
  book: FigureBook;
  /** How many times each figure is measured; figures report their median and spread over these runs. */
  runs: number;
  /** Shorter durations and smaller corpora, for a quick look (figures are then indicative only). */
  quick: boolean;
  progress(line: string): void;
  /** Where processes under test write CPU profiles, when asked for with --profile. */
  profileDirectory: string | undefined;
  /** With --pg: an embedded Postgres server for the run; sections measure on it too, beside SQLite. */
  postgres: BenchPostgres | undefined;
}

export interface BenchPostgres {
  /** A new, empty database on the run's server (the name gets a number, so it is new); its URL. */
  createDatabase(name: string): Promise<string>;
}

export interface Section {
  /** Short id used by `--only`. */
  id: string;
  title: string;
  run(context: SectionContext): Promise<void>;
}

/** A fresh directory under the OS temp dir, removed by the returned cleanup. */
export function temporaryDirectory(name: string): { directory: string; remove(): void } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `brief-bench-${name}-`));
  return { directory, remove: () => fs.rmSync(directory, { recursive: true, force: true }) };
}
