import { describe, expect, it } from "vitest";
import { askCommand } from "../../src/cli/askCommand";
import { AnswerSchema } from "../../src/domain/answer";
import { runCliInProcess, spawnCliCommand } from "../support/runCommand";
import { temporaryDatabasePath } from "../support/tempDatabase";

describe("ask command", () => {
  it("prints a schema-valid JSON answer citing the truce sentence", async () => {
    const result = await runCliInProcess(
      askCommand,
      ["xi-putin", "What did Ukraine say about the truce?", "--json"],
      {
        BRIEF_DB: temporaryDatabasePath(),
      },
    );
    expect(result.code).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(result.stdout));
    expect(answer).toMatchObject({
      question: "What did Ukraine say about the truce?",
      found: true,
      engine: "offline",
    });
    expect(answer.article.slug).toBe("xi-putin");
    expect(answer.sources[0]?.text).toMatch(/political stunt/);
  });

  it("prints a readable answer with [n] markers and quoted sources; an unquoted question is one question", async () => {
    const result = await runCliInProcess(askCommand, ["xi-putin", "What", "did", "Japan", "say?"], {
      BRIEF_DB: temporaryDatabasePath(),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Q: What did Japan say\?/);
    expect(result.stdout).toMatch(/The article does not say anything about Japan\./);
    const cited = await runCliInProcess(askCommand, ["xi-putin", "Does the EU have a position?"], {
      BRIEF_DB: temporaryDatabasePath(),
    });
    expect(cited.stdout).toMatch(/reports no statement by the EU.* \[1\]\[2\]/);
    expect(cited.stdout).toMatch(/^ {2}\[1\] “The European Union/m);
  });

  it("exits 2 with usage for a missing or blank question, and a clear refusal for a long one", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    for (const args of [["xi-putin"], ["xi-putin", "  \u200b "], []]) {
      const result = await runCliInProcess(askCommand, args, environment);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Usage: npm run ask/);
    }
    const long = await runCliInProcess(askCommand, ["xi-putin", "x".repeat(2_001)], environment);
    expect(long.code).toBe(2);
    expect(long.stderr.trim()).toBe("That question is 2,001 characters long; please ask in at most 2,000.");
  });

  it("refuses a --thread id that is not 1-64 lower-case letters, digits and dashes, in one line", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    for (const [id, shown] of [
      ["x".repeat(40_000), `${"x".repeat(79)}…`],
      ["Thread One", "Thread One"],
      ["t\u202e1", "t\ufffd1"],
    ]) {
      const result = await runCliInProcess(
        askCommand,
        ["xi-putin", "What did China say?", "--thread", id as string],
        environment,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `Bad --thread id '${shown}': use 1-64 lower-case letters, digits and dashes, e.g. --thread t1.\n`,
      );
      expect(result.stdout).toBe("");
    }
  });

  it("remembers a --thread across runs, so a later question can point back", async () => {
    const environment = { BRIEF_DB: temporaryDatabasePath() };
    await runCliInProcess(
      askCommand,
      ["xi-putin", "What did Ukraine say about the truce?", "--thread", "t1"],
      environment,
    );
    const followUp = await runCliInProcess(
      askCommand,
      ["xi-putin", "And what did Russia say about that?", "--thread", "t1", "--json"],
      environment,
    );
    expect(followUp.code).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(followUp.stdout));
    expect(answer.sources).not.toEqual([]);
    for (const source of answer.sources) expect(source.text).toMatch(/truce/);
  });
});

describe("ask as a real process", () => {
  it("exits 2 for an unknown article, closest first", async () => {
    const result = await spawnCliCommand("src/cli/ask.ts", ["xi-putn", "What did Ukraine say?"], {
      BRIEF_DB: temporaryDatabasePath(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("No stored article 'xi-putn'. Stored: xi-putin");
  });
});
