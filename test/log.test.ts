import { describe, expect, it } from "vitest";
import { createLogger } from "../src/log";

describe("log lines", () => {
  it("never carry a token or a database password, in any field", () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    logger.error("postgres.failed", {
      error: new Error("connect to postgres://brief:hunter2@db:5432/brief refused"),
      url: "postgresql://brief:s3cr%40t@db/brief",
      note: "token xoxb-1234-abcd",
    });
    expect(lines.join("\n")).not.toMatch(/hunter2|s3cr|xoxb-1234/);
    expect(lines.join("\n")).toContain("postgres://brief:[redacted]@db:5432/brief");
  });
});
