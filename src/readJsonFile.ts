import fs from "node:fs";
import type { z } from "zod";
import { BriefError, type ErrorCode } from "./domain/errors";

/**
 * Reads a JSON file we are handed (actor catalog, gold file) and validates it; a missing, malformed or
 * invalid file is a BriefError naming the file and what is wrong, never a bare SyntaxError.
 */
export function readJsonFile<Schema extends z.ZodType>(
  filePath: string,
  schema: Schema,
  failure: { code: ErrorCode; what: string },
): z.infer<Schema> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(filePath, "utf8"));
  } catch (error) {
    throw new BriefError(
      failure.code,
      `${failure.what} ${filePath} is not readable JSON: ${(error as Error).message}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new BriefError(
      failure.code,
      `${failure.what} ${filePath} is invalid: ${parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`)
        .join("; ")}.`,
    );
  }
  return parsed.data;
}
