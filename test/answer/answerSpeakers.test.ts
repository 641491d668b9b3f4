import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelPointsPerList } from "../../src/attribution/sentencePlacement";
import type { Briefing } from "../../src/domain/briefing";
import { actorLabel } from "../../src/domain/statusLines";
import { digestBriefing, type ShownPoint } from "../../src/render/briefingDigest";
import { suggestQuestions } from "../../src/render/suggestedQuestions";
import type { Services } from "../../src/services";
import { servicesWithFixtureArticles } from "../support/fixtureArticles";

/** Who the channel briefing shows saying a sentence: "Russia", "China and Russia", or a claim's claimant. */
interface Placed {
  who: string;
  /** Set for a claim: the actor it is about. */
  about?: string;
  /** In the lists (bottom line, says, others say), or only behind "Sources and more". */
  inLists: boolean;
}

function placements(briefing: Briefing): Map<string, Placed[]> {
  const placed = new Map<string, Placed[]>();
  const add = (ids: readonly string[], entry: Placed) => {
    for (const id of ids) placed.set(id, [...(placed.get(id) ?? []), entry]);
  };
  const says = (actor: string, inLists: boolean) => (point: ShownPoint) =>
    add(point.citations, { who: [actor, ...point.alsoSaidBy].join(" and "), inLists });
  const others = (actor: string, inLists: boolean) => (point: ShownPoint) =>
    add(point.citations, { who: point.claimant ?? "Others", about: actor, inLists });
  for (const digest of digestBriefing(briefing, channelPointsPerList).actors) {
    if (digest.bottomLine.kind === "gist")
      add(digest.bottomLine.citations, { who: digest.actor, inLists: true });
    digest.says.forEach(says(digest.actor, true));
    digest.othersSay.forEach(others(digest.actor, true));
    digest.more.says.forEach(says(digest.actor, false));
    digest.more.othersSay.forEach(others(digest.actor, false));
  }
  return placed;
}

describe("thread answers name the speaker the briefing places each sentence under", () => {
  let services: Services;
  let slugs: string[] = [];
  beforeAll(async () => {
    ({ services, slugs } = await servicesWithFixtureArticles());
  });
  afterAll(() => services.close());

  it("for every fixture's suggested questions, each actor's 'What did X say?' and a follow-up on each actor", async () => {
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    let labelled = 0;
    for (const slug of slugs) {
      const briefing = await services.briefings.brief(slug);
      const placed = placements(briefing);
      const asked: Array<{ question: string; threadKey?: string }> = [];
      for (const [index, suggested] of suggestQuestions(briefing).entries()) {
        const threadKey = `${slug}-${index}`;
        asked.push({ question: suggested.text, threadKey });
        for (const actor of briefing.actors)
          asked.push({ question: `And what did ${actorLabel({ name: actor })} say about that?`, threadKey });
      }
      for (const actor of briefing.actors)
        asked.push({ question: `What did ${actorLabel({ name: actor })} say?` });
      for (const { question, threadKey } of asked) {
        const answer = await services.answers.ask(slug, question, { threadKey });
        for (const part of answer.answer) {
          if (part.speaker === undefined) continue;
          const [who, about] = part.speaker.split(", not ");
          for (const id of part.citations) {
            const where = `${slug}: ${question} [${id}] labelled '${part.speaker}'`;
            const readings = placed.get(id) ?? [];
            const [inLists] = readings.filter((reading) => reading.inLists);
            // A sentence the briefing also shows as a claim by someone the question names may be labelled so.
            const namedClaim = readings.find(
              (reading) =>
                reading.about !== undefined &&
                reading.who === who &&
                question.toLowerCase().includes(reading.who.toLowerCase()),
            );
            const expected = namedClaim ?? inLists ?? readings[0];
            expect(expected, `${where}: the briefing shows no speaker for it`).toBeDefined();
            expect(who, where).toBe(expected?.who);
            if (expected?.about !== undefined)
              expect(about, where).toBe(actorLabel({ name: expected.about }));
            labelled += 1;
          }
        }
      }
    }
    expect(labelled).toBeGreaterThan(100);
  });

  it("labels xi-putin's truce order by Russia, where the briefing lists it, when Ukraine is asked about", async () => {
    const answer = await services.answers.ask("xi-putin", "What did Ukraine say about the truce?");
    const order = answer.answer.find((part) => part.text.includes("Putin had ordered a three-day truce"));
    expect(order?.speaker).toBe("Russia, not Ukraine");
    expect(answer.answer.find((part) => part.text.includes("political stunt"))?.speaker).toBe("Ukraine");
  });
});
