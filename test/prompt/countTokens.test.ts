import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config";
import { countTokens, estimateTokens } from "../../src/prompt/countTokens";

const article = fs.readFileSync(path.join(projectRoot, "data", "articles", "xi-putin.txt"), "utf8");

describe("estimateTokens", () => {
  it("never under-counts what the o200k tokenizer counts, in English, numbered lines or other scripts", () => {
    const samples = [
      article,
      article
        .split("\n")
        .map((line, index) => `[S${index + 1}] ${line}`)
        .join("\n"),
      "习近平在莫斯科表示，中俄关系是国际舞台上的主要稳定力量。",
      "Путин заявил, что российско-китайское согласие является главной стабилизирующей силой.",
      "Зеленський: «Ми не поступимося землею» 🇺🇦",
    ];
    for (const sample of samples) expect(estimateTokens(sample)).toBeGreaterThanOrEqual(countTokens(sample));
  });

  it("stays within twice the real count for English prose, so budgets are not wasted", () => {
    expect(estimateTokens(article)).toBeLessThan(2 * countTokens(article));
  });
});
