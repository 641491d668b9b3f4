import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../src/actors/actors";
import { actorActsIn, articleOwnStatementCheck } from "../../src/attribution/ownStatementCheck";
import { projectRoot } from "../../src/config";
import type { Actor } from "../../src/domain/actor";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const actor = (name: string) => catalog.actors.find((candidate) => candidate.name === name) as Actor;

describe("own statement check", () => {
  it("tells an actor's own words from others talking about it", () => {
    expect(actorActsIn("However, Ukraine contests this truce as a political stunt.", actor("Ukraine"))).toBe(
      true,
    );
    expect(actorActsIn('"It is stable," declares Putin.', actor("Russia"))).toBe(true);
    expect(actorActsIn("The Russian military denies the breach.", actor("Russia"))).toBe(true);
    expect(actorActsIn("Western nations accused China of helping Russia.", actor("China"))).toBe(false);
    expect(actorActsIn("As Xi was welcomed in Moscow, aides joined him.", actor("China"))).toBe(false);
    expect(actorActsIn("The European Union may find itself in a complex situation.", actor("EU"))).toBe(
      false,
    );
  });

  it("reads a sentence in its article too: the close of a quotation is its speaker's", () => {
    const sentences = [
      '"We will not cede any land.',
      'We will fight for every village," Zelenskiy said.',
      "Analysts doubt that Kyiv can hold the line.",
    ].map((text, index) => ({ id: `S${index + 1}`, index: index + 1, paragraph: 0, text }));
    const ukraine = actor("Ukraine");
    const check = articleOwnStatementCheck(sentences, [ukraine]);
    expect(actorActsIn(sentences[0]?.text ?? "", ukraine)).toBe(false);
    expect(check(sentences[0] as (typeof sentences)[number], ukraine)).toBe(true);
    expect(check(sentences[2] as (typeof sentences)[number], ukraine)).toBe(false);
  });
});
