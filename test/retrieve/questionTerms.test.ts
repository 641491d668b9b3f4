import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { projectRoot } from "../../src/config";
import {
  analyseQuestion,
  isBlankQuestion,
  maxContentTerms,
  quoteForSearch,
} from "../../src/retrieve/questionTerms";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const names = (question: string) =>
  analyseQuestion(question, catalog.actors).actors.map((actor) => actor.name);

describe("question terms", () => {
  it("names actors by alias in any case, and leaves their names out of the topic words", () => {
    expect(names("what does beijing think of the war?")).toEqual(["China"]);
    expect(analyseQuestion("What does Beijing think of the war?", catalog.actors).contentTerms).toEqual([
      "war",
    ]);
    expect(names("Did von der Leyen or the Kremlin react?")).toEqual(["Russia", "EU"]);
  });

  it("takes no topic words from a link in the question", () => {
    const terms = analyseQuestion(
      "Does https://news.example/world/2026/ceasefire-talks?id=7 say more about the truce (https://evil.example)?",
      catalog.actors,
    );
    expect(terms.contentTerms).toEqual(["truce"]);
  });

  it("does not take the pronoun 'us' for the United States", () => {
    expect(names("What does this tell us?")).toEqual([]);
    expect(names("What did the US say?")).toEqual(["US"]);
  });

  it("drops stop and stance words, and flags stance questions and questions pointing back", () => {
    const terms = analyseQuestion("What did Ukraine say about the truce?", catalog.actors);
    expect(terms.contentTerms).toEqual(["truce"]);
    expect(terms.asksForStance).toBe(true);
    expect(terms.refersBack).toBe(false);
    expect(analyseQuestion("And what about that?", catalog.actors).refersBack).toBe(true);
  });

  it("keeps only letters and digits, bounded, whatever is typed", () => {
    const terms = analyseQuestion('"truce" AND (NOT x*) ^near: 🤔 tr\u200buce \u202eabc', catalog.actors);
    expect(terms.contentTerms).toEqual(["truce", "x", "abc"]);
    const long = analyseQuestion(
      Array.from({ length: 100 }, (_, index) => `word${index}`).join(" "),
      catalog.actors,
    );
    expect(long.contentTerms).toHaveLength(maxContentTerms);
  });

  it("quotes a term so nothing in it is FTS syntax", () => {
    expect(quoteForSearch('a"b')).toBe('"a""b"');
  });

  it("treats a question of only invisible characters as blank", () => {
    expect(isBlankQuestion(" \u200b\u200f\ufeff\n")).toBe(true);
    expect(isBlankQuestion("é")).toBe(false);
  });
});
