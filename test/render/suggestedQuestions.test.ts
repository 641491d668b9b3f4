import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/domain/briefing";
import { maxSuggestedQuestions, suggestQuestions } from "../../src/render/suggestedQuestions";
import type { Services } from "../../src/services";
import { servicesWithFixtureArticles } from "../support/fixtureArticles";

const article = { slug: "a", title: "A", hash: "h" };

function briefing(positions: Briefing["positions"], sources: Briefing["sources"]): Briefing {
  return { article, engine: "offline", actors: positions.map((p) => p.actor), positions, sources };
}

describe("suggestQuestions", () => {
  it("asks what a named claimant says about an actor, about an actor with no position, and about a thing named often", () => {
    const questions = suggestQuestions(
      briefing(
        [
          {
            actor: "Russia",
            status: "attributed_only",
            points: [
              {
                kind: "attributed",
                text: "Analysts said the loan was a trap for Russia.",
                claimant: "Analysts",
                citations: ["S1"],
              },
            ],
          },
          {
            actor: "EU",
            status: "none",
            summary:
              "The article reports no statement or act by the EU's leaders or officials; it only mentions the EU [S2].",
            points: [],
          },
        ],
        [
          { id: "S1", text: "Analysts said the loan was a trap for Russia, analysts added." },
          { id: "S2", text: "The EU may pay for the loan." },
        ],
      ),
    );
    expect(questions).toEqual([
      { text: "What do analysts say about Russia?", from: ["S1"] },
      { text: "Does the article say anything on the EU's position?", from: ["S2"] },
      { text: "What does the article say about the loan?", from: ["S1", "S2"] },
    ]);
  });

  it("takes 'the EU' as a singular claimant, and no adjective or name as a topic", () => {
    const questions = suggestQuestions(
      briefing(
        [
          {
            actor: "China",
            status: "stated",
            points: [
              { kind: "stated", text: "China backs the international community.", citations: ["S1"] },
              { kind: "attributed", text: "The EU accused China.", claimant: "EU", citations: ["S2"] },
            ],
          },
        ],
        [
          { id: "S1", text: "China backs the international community in Moscow." },
          { id: "S2", text: "The EU accused China of the international order in Moscow." },
        ],
      ),
    );
    expect(questions.map((question) => question.text)).toEqual([
      "What does the EU say about China?",
      "Summarize China's stance in one line",
    ]);
  });
});

describe("suggested questions of every fixture article", () => {
  let services: Services;
  let slugs: string[] = [];
  beforeAll(async () => {
    ({ services, slugs } = await servicesWithFixtureArticles());
  });
  afterAll(() => services.close());

  it("are two or three, each answered by the answer engine from sentences of the article", async () => {
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    for (const slug of slugs) {
      const questions = suggestQuestions(await services.briefings.brief(slug));
      expect(questions.length, slug).toBeGreaterThanOrEqual(2);
      expect(questions.length, slug).toBeLessThanOrEqual(maxSuggestedQuestions);
      for (const question of questions) {
        expect(question.text.length).toBeLessThanOrEqual(75);
        const answer = await services.answers.ask(slug, question.text);
        expect(answer.found, `${slug}: ${question.text}`).toBe(true);
        expect(answer.sources.length, `${slug}: ${question.text}`).toBeGreaterThan(0);
      }
    }
  });
});
