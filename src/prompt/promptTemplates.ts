import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BriefError } from "../domain/errors";

/** The prompt files, by role. Each is a text file in prompts/ with {{named}} placeholders. */
export const promptFileNames = {
  briefingSystem: "briefing.system.txt",
  briefingUser: "briefing.user.txt",
  answerSystem: "answer.system.txt",
  answerUser: "answer.user.txt",
  jsonModeSystem: "json-mode.system.txt",
  repairUser: "repair.user.txt",
} as const;
export type PromptName = keyof typeof promptFileNames;

export interface PromptTemplates {
  texts: Record<PromptName, string>;
  /** Short hash of every prompt file: recorded with each result and part of the cache key. */
  version: string;
}

/** Reads every prompt file once (the composition root does, from config.promptsDirectory); a missing file is a configuration error. */
export function loadPromptTemplates(directory: string): PromptTemplates {
  const hash = createHash("sha256");
  const texts = {} as Record<PromptName, string>;
  for (const [name, fileName] of Object.entries(promptFileNames) as [PromptName, string][]) {
    const filePath = path.join(directory, fileName);
    let text: string;
    try {
      text = fs.readFileSync(filePath, "utf8");
    } catch {
      throw new BriefError("config", `Missing prompt file ${filePath}.`);
    }
    texts[name] = text.trimEnd();
    hash.update(fileName).update("\u0000").update(text).update("\u0000");
  }
  return { texts, version: hash.digest("hex").slice(0, 12) };
}

const placeholderPattern = /\{\{\s*([a-z_]+)\s*\}\}/g;

/**
 * Fills {{name}} placeholders in one pass, so a value that itself contains "{{...}}" (an article, a question)
 * is never expanded. A placeholder without a value, or a value without a placeholder, is a bug: it throws.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const used = new Set<string>();
  const filled = template.replace(placeholderPattern, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new BriefError("internal", `Prompt placeholder {{${name}}} has no value.`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0)
    throw new BriefError("internal", `Prompt has no placeholder for: ${unused.join(", ")}.`);
  return filled;
}
