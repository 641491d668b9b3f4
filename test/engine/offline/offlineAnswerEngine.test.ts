import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Actor, loadActorCatalog } from "../../../src/actors/actors";
import { projectRoot } from "../../../src/config";
import { actorActsIn, createOfflineAnswerEngine } from "../../../src/engine/offline/offlineAnswerEngine";
import type { AnswerRequest } from "../../../src/engine/types";
import type { Sentence } from "../../../src/sentences/splitSentences";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const actor = (name: string) => catalog.actors.find((candidate) => candidate.name === name) as Actor;
const sentence = (index: number, text: string): Sentence => ({ id: `S${index}`, index, paragraph: 0, text });

function request(overrides: Partial<AnswerRequest>): AnswerRequest {
  return {
    article: { slug: "a", title: "A", url: undefined, date: undefined, body: "", hash: "h" },
    question: "What happened?",
    passages: [],
    bestMatches: [],
    actors: [],
    history: [],
    ...overrides,
  };
}

describe("offline answer engine", () => {
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

  it("answers found:false with 'The article does not say' when nothing matched", async () => {
    const engine = createOfflineAnswerEngine();
    const generic = await engine.answer(request({}));
    expect(generic).toMatchObject({ engine: "offline", found: false });
    expect(generic.answer[0]?.text).toMatch(/^The article does not say/);
    const aboutJapan = await engine.answer(
      request({ question: "What did Japan say?", actors: [actor("Japan")] }),
    );
    expect(aboutJapan.answer[0]?.text).toBe("The article does not say anything about Japan.");
  });

  it("quotes the best matches, the asked actor's own words first, each citing itself", async () => {
    const passages = [
      sentence(1, "Putin ordered a truce."),
      sentence(2, "However, Ukraine contests this truce as a stunt."),
    ];
    const answer = await createOfflineAnswerEngine().answer(
      request({
        question: "What did Ukraine say about the truce?",
        passages,
        bestMatches: ["S1", "S2"],
        actors: [actor("Ukraine")],
      }),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toEqual([
      { text: "Ukraine contests this truce as a stunt.", citations: ["S2"] },
      { text: "Putin ordered a truce.", citations: ["S1"] },
    ]);
  });

  it("says when an asked actor has no statement, citing where it is mentioned", async () => {
    const passages = [
      sentence(4, "The European Union may face a hard choice."),
      sentence(5, "Xi vows support."),
    ];
    const answer = await createOfflineAnswerEngine().answer(
      request({ question: "What does the EU think?", passages, bestMatches: ["S4"], actors: [actor("EU")] }),
    );
    expect(answer.answer).toEqual([
      {
        text: "The article reports no statement by the EU; it mentions the EU in the cited sentences.",
        citations: ["S4"],
      },
    ]);
  });
});
