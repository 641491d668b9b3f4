import { type Spread, spreadOf } from "./stats";

/** A target a figure's median is held to, e.g. `{ comparison: "<", value: 25 }`. */
export interface Target {
  comparison: "<" | "<=" | ">" | ">=" | "==";
  value: number;
}

export interface FigureDefinition {
  section: string;
  label: string;
  unit: string;
  target?: Target;
  /** What the target is checked on: the median over runs (default), or the worst run, for "never" targets. */
  judgedOn?: "median" | "worst";
}

export interface FigureResult extends FigureDefinition, Spread {
  key: string;
  /** undefined when the figure has no target. */
  meetsTarget: boolean | undefined;
}

function meets(target: Target, value: number): boolean {
  switch (target.comparison) {
    case "<":
      return value < target.value;
    case "<=":
      return value <= target.value;
    case ">":
      return value > target.value;
    case ">=":
      return value >= target.value;
    case "==":
      return value === target.value;
  }
}

/**
 * Collects each figure's value once per run, in the order figures are first recorded, so the table reads
 * section by section. Notes explain a figure (why it misses, what it stands for).
 */
export class FigureBook {
  private readonly definitions = new Map<string, FigureDefinition>();
  private readonly values = new Map<string, number[]>();
  readonly notes: string[] = [];

  record(key: string, definition: FigureDefinition, value: number): void {
    if (!this.definitions.has(key)) this.definitions.set(key, definition);
    const values = this.values.get(key) ?? [];
    values.push(value);
    this.values.set(key, values);
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  results(): FigureResult[] {
    return [...this.definitions].map(([key, definition]) => {
      const spread = spreadOf(this.values.get(key) ?? []);
      return {
        key,
        ...definition,
        ...spread,
        meetsTarget: definition.target
          ? meets(
              definition.target,
              definition.judgedOn === "worst" ? worstOf(definition.target, spread) : spread.median,
            )
          : undefined,
      };
    });
  }
}

/** The run furthest on the wrong side of the target: the highest for an upper bound, else the lowest. */
function worstOf(target: Target, spread: Spread): number {
  return target.comparison === "<" || target.comparison === "<=" ? spread.max : spread.min;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString("en-US");
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function formatTarget(target: Target | undefined, unit: string): string {
  return target ? `${target.comparison} ${formatNumber(target.value)} ${unit}`.trim() : "";
}

/** The figures as a fixed-width table: median, spread over runs, target, verdict. */
export function formatTable(results: readonly FigureResult[]): string {
  const rows = results.map((result) => [
    result.section,
    result.label,
    `${formatNumber(result.median)} ${result.unit}`.trim(),
    result.runs.length > 1 ? `${formatNumber(result.min)}–${formatNumber(result.max)}` : "",
    `${formatTarget(result.target, result.unit)}${result.judgedOn === "worst" ? " (worst run)" : ""}`,
    result.meetsTarget === undefined ? "" : result.meetsTarget ? "ok" : "MISS",
  ]);
  const header = ["section", "figure", "median", "spread", "target", ""];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
