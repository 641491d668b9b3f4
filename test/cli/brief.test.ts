import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { articlesCommand } from "../../src/cli/articlesCommand";
import { briefCommand } from "../../src/cli/briefCommand";
import { ingestCommand } from "../../src/cli/ingestCommand";
import { BriefingSchema } from "../../src/domain/briefing";
import { runCliInProcess, spawnCliCommand } from "../support/runCommand";
import { temporaryDatabasePath, temporaryFile } from "../support/tempDatabase";

describe("brief, ingest and articles commands", () => {
  it("prints the bottom line for every actor first, then what each says and others say, then the sources", async () => {
    const result = await runCliInProcess(briefCommand, ["xi-putin"], { BRIEF_DB: temporaryDatabasePath() });
    expect(result.code).toBe(0);
    const { stdout } = result;
    for (const actor of ["China", "Russia", "Ukraine", "EU"])
      expect(stdout).toMatch(new RegExp(`^ {2}${actor} — \\S`, "m"));
    const order = ["Bottom line\n", "\nChina\n  Says:\n", "\n  Others on Russia:\n", "\nSources\n"].map(
      (marker) => stdout.indexOf(marker),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((left, right) => left - right)).toEqual(order);
  });

  it("exits 2 with the closest stored slugs for an unknown article, without a stack trace", async () => {
    const result = await runCliInProcess(briefCommand, ["xi-putn"], { BRIEF_DB: temporaryDatabasePath() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("No stored article 'xi-putn'. Stored: xi-putin");
    expect(result.stdout).toBe("");
  });

  it("quotes back only the start of a 10 kB slug, and no character that would reorder the line", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const long = await runCliInProcess(briefCommand, ["a".repeat(10_240)], environment);
    expect(long.code).toBe(2);
    expect(long.stderr.trim()).toBe(`No stored article '${"a".repeat(79)}…'. Stored: xi-putin`);
    const reversed = await runCliInProcess(briefCommand, ["xi-putin\u202e<!channel>"], environment);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr.trim()).toBe("No stored article 'xi-putin\ufffd<!channel>'. Stored: xi-putin");
  });

  it("exits 2 with usage for a missing slug or a bad --actors value", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const missing = await runCliInProcess(briefCommand, [], environment);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Usage: npm run brief/);
    const badActors = await runCliInProcess(briefCommand, ["xi-putin", "--actors", ","], environment);
    expect(badActors.code).toBe(2);
    expect(badActors.stderr).toMatch(/--actors/);
    expect(badActors.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("exits 1 naming a bad environment variable", async () => {
    const result = await runCliInProcess(briefCommand, ["xi-putin"], {
      BRIEF_DB: temporaryDatabasePath(),
      BRIEF_ENGINE: "magic",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/BRIEF_ENGINE/);
  });

  it("ingests a file, lists it, and refuses a binary file", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const file = temporaryFile(
      "story.txt",
      "Kyiv seeks talks.\nTitle: Kyiv Seeks Talks\nZelensky said talks must start.\n",
    );
    const ingested = await runCliInProcess(ingestCommand, [file], environment);
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toMatch(/^added: kyiv-seeks-talks/);
    expect((await runCliInProcess(ingestCommand, [file], environment)).stdout).toMatch(/^unchanged/);

    const binary = await runCliInProcess(
      ingestCommand,
      [temporaryFile("x.bin", Buffer.from([1, 0, 2]))],
      environment,
    );
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/binary/);

    const listed = await runCliInProcess(articlesCommand, [], environment);
    expect(listed.stdout).toMatch(/kyiv-seeks-talks\s+2\s+Kyiv Seeks Talks/);
    expect(listed.stdout).toMatch(/xi-putin/);
  });

  it("refuses a file's link that is not http(s), given with --url or on its URL: line, storing nothing", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const text = "Kyiv seeks talks.\nTitle: Kyiv Seeks Talks\nZelensky said talks must start.\n";
    const withFlag = await runCliInProcess(
      ingestCommand,
      [temporaryFile("flag.txt", text), "--url", "javascript:alert(1)"],
      environment,
    );
    expect(withFlag.code).toBe(2);
    expect(withFlag.stderr.trim()).toBe("The link javascript:alert(1) is not an http(s) URL.");
    const onItsLine = await runCliInProcess(
      ingestCommand,
      [temporaryFile("line.txt", `${text}URL: file:///etc/passwd\n`)],
      environment,
    );
    expect(onItsLine.code).toBe(2);
    expect(onItsLine.stderr.trim()).toBe("The link file:///etc/passwd is not an http(s) URL.");
    const listed = await runCliInProcess(articlesCommand, [], environment);
    expect(listed.stdout).not.toMatch(/kyiv-seeks-talks/);
  });

  it("refuses a 50 MB file at ingest in one line, without reading it", async () => {
    const file = temporaryFile("huge.txt", "");
    fs.truncateSync(file, 50 * 1024 * 1024);
    const result = await runCliInProcess(ingestCommand, [file], { BRIEF_DB: temporaryDatabasePath() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      `'${file}' is 50.0 MiB; the most one article may have is 2.0 MiB (BRIEF_MAX_ARTICLE_BYTES).`,
    ]);
  });
});

describe("brief, ingest and articles as real processes", () => {
  it("brief prints a schema-valid JSON briefing of the seed article with the offline engine", async () => {
    const result = await spawnCliCommand("src/cli/brief.ts", ["xi-putin", "--json"], {
      BRIEF_DB: temporaryDatabasePath(),
    });
    expect(result.code).toBe(0);
    const briefing = BriefingSchema.parse(JSON.parse(result.stdout));
    expect(briefing.engine).toBe("offline");
    expect(briefing.actors).toEqual(["China", "Russia", "Ukraine", "EU"]);
    expect(briefing.positions.map((position) => position.actor)).toEqual(briefing.actors);
  });

  it("ingest adds a file and articles lists it", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    const file = temporaryFile("story.txt", "Kyiv seeks talks.\nZelensky said talks must start.\n");
    const ingested = await spawnCliCommand("src/cli/ingest.ts", [file, "--slug", "kyiv-talks"], environment);
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toMatch(/^added: kyiv-talks/);
    const listed = await spawnCliCommand("src/cli/articles.ts", [], environment);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^kyiv-talks\s+2\s+Kyiv seeks talks\.?$/m);
  });
});
