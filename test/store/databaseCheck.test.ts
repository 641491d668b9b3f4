import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSqliteJobStore } from "../../src/jobs/sqliteJobStore";
import { openDatabase } from "../../src/store/database";
import { backupDatabase, checkDatabase, openExistingDatabase } from "../../src/store/databaseCheck";
import { temporaryDatabasePath, temporaryFile } from "../support/tempDatabase";

describe("database check and backup", () => {
  it("reports integrity, rows per table and jobs by state, and copies the live database into one file", async () => {
    const databasePath = temporaryDatabasePath();
    const live = openDatabase(databasePath);
    const jobs = createSqliteJobStore(live);
    await jobs.enqueue({ kind: "test.work", key: "a", payload: {} });
    await jobs.enqueue({ kind: "test.work", key: "b", payload: {} });
    const claimed = await jobs.claim({ owner: "w", leaseMs: 1_000, kinds: ["test.work"] });
    if (claimed) await jobs.complete(claimed.lease, undefined);
    // Still open, with the writes in its write-ahead log: the backup must see them anyway.
    expect(fs.statSync(`${databasePath}-wal`).size).toBeGreaterThan(0);

    const reader = openExistingDatabase(databasePath);
    const report = checkDatabase(reader, databasePath);
    expect(report.integrity).toEqual(["ok"]);
    expect(report.tables).toContainEqual({ name: "jobs", rows: 2 });
    expect(report.jobs).toEqual({ done: 1, pending: 1 });

    const target = path.join(path.dirname(databasePath), "backup", "brief-copy.db");
    expect(backupDatabase(reader, target).bytes).toBeGreaterThan(0);
    expect(() => backupDatabase(reader, target)).toThrow(/exists already/);
    reader.close();
    live.close();
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    const copy = openExistingDatabase(target);
    expect(checkDatabase(copy, target).jobs).toEqual({ done: 1, pending: 1 });
    copy.close();
  });

  it("names BRIEF_DB for a missing or corrupt file", () => {
    expect(() => openExistingDatabase("/nonexistent/brief.db")).toThrow(
      "BRIEF_DB (/nonexistent/brief.db) does not exist.",
    );
    const corrupt = temporaryFile("brief.db", Buffer.alloc(8192, "garbage "));
    expect(() => openExistingDatabase(corrupt)).toThrow(/BRIEF_DB \(.*\) is not a readable SQLite database/);
    expect(() => openDatabase(corrupt)).toThrow(/BRIEF_DB \(.*\) is not a readable SQLite database/);
  });
});
