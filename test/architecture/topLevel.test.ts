import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** What a newcomer finds at the top: the code, its inputs, tests, docs, bench, and the tools' config files. */
const allowedTopLevel = [
  ...["src", "prompts", "test", "docs", "data", "bench", ".ci"],
  ...["manifest.yml", "package.json", "package-lock.json", "tsconfig.json", "README.md"],
  ...[".dependency-cruiser.cjs", ".env.example", ".gitignore", "biome.json", "vitest.config.ts"],
];

describe("the repository's top level", () => {
  it("holds only the usual folders and config files", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n");
    const topLevel = [...new Set(tracked.filter(Boolean).map((file) => file.split("/")[0] ?? ""))];
    expect(topLevel.length).toBeGreaterThan(5);
    expect(topLevel.filter((name) => !allowedTopLevel.includes(name))).toEqual([]);
  });
});
