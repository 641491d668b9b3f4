import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog } from "../../../src/actors/actors";
import { readStance } from "../../../src/answer/stanceReading";
import { projectRoot } from "../../../src/config";
import type { Actor } from "../../../src/domain/actor";
import type { Sentence } from "../../../src/domain/article";
import type { AnswerRequest } from "../../../src/domain/engine";
import { createOfflineAnswerEngine } from "../../../src/engine/offline/offlineAnswerEngine";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const actor = (name: string) => catalog.actors.find((candidate) => candidate.name === name) as Actor;
const sentence = (index: number, text: string): Sentence => ({ id: `S${index}`, index, paragraph: 0, text });

/** A request as the answer service builds it: the stance read from the sentences given (here the passages). */
function request(overrides: Partial<AnswerRequest>): AnswerRequest {
  const base = {
    article: { slug: "a", title: "A", url: undefined, date: undefined, body: "", hash: "h" },
    question: "What happened?",
    passages: [],
    bestMatches: [],
    actors: [],
    history: [],
    asksBriefly: false,
    ...overrides,
  };
  return { stance: readStance(base.article, base.passages, base.actors), ...base };
}

describe("offline answer engine", () => {
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
      { text: "Ukraine contests this truce as a stunt.", citations: ["S2"], speaker: "Ukraine" },
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
