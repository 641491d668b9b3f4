import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Keeps the README and .env.example true to the code they describe; each check fails when one side moves. */

const root = path.join(import.meta.dirname, "..", "..");
const readText = (relativePath: string) => fs.readFileSync(path.join(root, relativePath), "utf8");

const readme = readText("README.md");

/** The lines of one `## heading` section of the README, up to the next `## `. */
function readmeSection(heading: string): string[] {
  const lines = readme.split("\n");
  const start = lines.indexOf(`## ${heading}`);
  expect(start, `README.md has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The first backticked name of each table row in a README section. */
function firstColumnNames(heading: string): string[] {
  return readmeSection(heading)
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.match(/^\| `([^`]+)`/)?.[1] ?? "");
}

/** Every variable src/config.ts reads: the keys of its env schemas and any direct `env.NAME` access. */
function configVariables(): string[] {
  const source = readText("src/config.ts");
  const schemaKeys = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1] ?? "");
  const directReads = [...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] ?? "");
  return [...new Set([...schemaKeys, ...directReads])];
}

/** Both lists name the same things; a failure names what is missing and what is extra. */
function expectSameNames(documented: string[], actual: string[]): void {
  expect({
    missing: actual.filter((name) => !documented.includes(name)),
    extra: documented.filter((name) => !actual.includes(name)),
  }).toEqual({ missing: [], extra: [] });
}

describe("README.md", () => {
  it("stays short enough to read top to bottom", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(220);
  });

  it("has one Configuration row for every variable src/config.ts reads, and no other", () => {
    const variables = configVariables();
    expect(variables).toContain("SLACK_BOT_TOKEN");
    expect(variables).toContain("PORT");
    expectSameNames(firstColumnNames("Configuration"), variables);
  });

  it("explains every dependency of package.json, and no other", () => {
    const packageJson = JSON.parse(readText("package.json")) as Record<string, Record<string, string>>;
    const declared = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies });
    expect(declared.length).toBeGreaterThan(0);
    const explained = readmeSection("Dependencies")
      .filter((line) => line.startsWith("| "))
      .flatMap((line) =>
        [...(line.split(" | ")[0] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ""),
      );
    expectSameNames(explained, declared);
  });

  it("has a folder-table row for every folder and file directly in src/, and no other", () => {
    const inTable = readmeSection("Pipeline and folders")
      .filter((line) => line.startsWith("| `"))
      .flatMap((line) =>
        [...(line.split(" | ")[0] ?? "").matchAll(/`(src\/[^`]+)`/g)].map((match) => match[1] ?? ""),
      );
    const inSource = fs
      .readdirSync(path.join(root, "src"), { withFileTypes: true })
      .map((entry) => (entry.isDirectory() ? `src/${entry.name}/` : `src/${entry.name}`));
    expect(inSource.length).toBeGreaterThan(0);
    expectSameNames(inTable, inSource);
  });

  it("links every file in docs/, and every relative link in the README and docs/ resolves", () => {
    const documents = fs.readdirSync(path.join(root, "docs")).filter((name) => name.endsWith(".md"));
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(readme).toContain(`](docs/${document}`);
    for (const file of ["README.md", ...documents.map((document) => `docs/${document}`)]) {
      for (const [, target = ""] of readText(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [linkedPath = "", anchor] = target.split("#");
        const linkedFile = linkedPath === "" ? file : path.join(path.dirname(file), linkedPath);
        expect(fs.existsSync(path.join(root, linkedFile)), `${file} links ${target}`).toBe(true);
        if (anchor !== undefined)
          expect(headingAnchors(linkedFile), `${file} links ${target}`).toContain(anchor);
      }
    }
  });
});

/** GitHub's anchors for a Markdown file's headings: lower case, punctuation dropped, spaces to hyphens. */
function headingAnchors(file: string): string[] {
  return [...readText(file).matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
    (match[1] ?? "")
      .toLowerCase()
      .replace(/[^\p{Letter}\p{Number} _-]/gu, "")
      .replace(/ /g, "-"),
  );
}

/** Files the docs name that the app or the bench writes, so a fresh checkout lacks them. */
const generatedPaths = new Set(["bench/results.json", "data/brief.db"]);

describe("docs/", () => {
  it("names only repository paths that exist", () => {
    const files = ["README.md", ...fs.readdirSync(path.join(root, "docs")).map((name) => `docs/${name}`)];
    const named = files.flatMap((file) =>
      [...readText(file).matchAll(/`((?:src|test|bench|data|prompts|docs)\/[^`\s]*)`/g)]
        .map((match) => match[1] ?? "")
        .filter((repositoryPath) => !/[<*{]/.test(repositoryPath) && !generatedPaths.has(repositoryPath))
        .map((repositoryPath) => ({ file, repositoryPath })),
    );
    expect(named.length).toBeGreaterThan(0);
    const missing = named.filter(({ repositoryPath }) => !fs.existsSync(path.join(root, repositoryPath)));
    expect(missing).toEqual([]);
  });
});

describe(".env.example", () => {
  it("sets every variable src/config.ts reads, each under a comment, and no other", () => {
    const lines = readText(".env.example").split("\n");
    const assignments = lines.flatMap((line, index) => {
      const name = line.match(/^([A-Z][A-Z0-9_]*)=/)?.[1];
      return name ? [{ name, commentAbove: lines[index - 1]?.startsWith("# ") ?? false }] : [];
    });
    expectSameNames(
      assignments.map((assignment) => assignment.name),
      configVariables(),
    );
    for (const assignment of assignments) expect(assignment.commentAbove, assignment.name).toBe(true);
  });
});
