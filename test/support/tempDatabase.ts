import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

/** A fresh SQLite path in its own temp folder per call, removed after each test. */
const folders: string[] = [];

export function temporaryDatabasePath(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "brief-bot-test-"));
  folders.push(folder);
  return path.join(folder, "brief.db");
}

export function temporaryFile(name: string, contents: string | Buffer): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "brief-bot-file-"));
  folders.push(folder);
  const filePath = path.join(folder, name);
  fs.writeFileSync(filePath, contents);
  return filePath;
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});
