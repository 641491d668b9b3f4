import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCoreConfig } from "../../src/config";
import { AnswerSchema } from "../../src/domain/answer";
import { BriefError } from "../../src/domain/errors";
import { silentLogger } from "../../src/log";
import { createServices, type Services } from "../../src/services";
import { storageBackends, storageEnvironment } from "../support/storageBackends";

const citationsOf = (answer: { answer: { citations: string[] }[] }) =>
  answer.answer.flatMap((part) => part.citations);

// The same questions on both backends: their full-text engines rank differently (BM25 against ts_rank_cd).
describe.each(storageBackends)("answer service on xi-putin (offline engine, $name)", (backend) => {
  // One store with the seed article for the whole file: every test only reads or adds turns.
  let services: Services;
  let sentenceText: Map<string, string>;
  beforeAll(async () => {
    services = await createServices(
      loadCoreConfig({ ...storageEnvironment(await backend.freshLocation()), BRIEF_ENGINE: "offline" }),
      silentLogger,
    );
    sentenceText = new Map(
      (await services.store.sentences("xi-putin")).map((sentence) => [sentence.id, sentence.text]),
    );
  });
  afterAll(() => services.close());

  const idOf = (fragment: string) =>
    [...sentenceText].find(([, text]) => text.includes(fragment))?.[0] ?? `missing: ${fragment}`;

  async function ask(question: string, threadKey?: string) {
    const answer = await services.answers.ask("xi-putin", question, { threadKey });
    AnswerSchema.parse(answer);
    for (const source of answer.sources) expect(source.text).toBe(sentenceText.get(source.id));
    expect(answer.sources.map((source) => source.id).sort()).toEqual(
      [...new Set(citationsOf(answer))].sort(),
    );
    return answer;
  }

  it("cites the 'political stunt' sentence for Ukraine on the truce", async () => {
    const answer = await ask("What did Ukraine say about the truce?");
    expect(answer.found).toBe(true);
    expect(answer.engine).toBe("offline");
    expect(answer.answer[0]?.citations).toEqual([idOf("political stunt")]);
  });

  it("answers 'Summarize China's stance in one line' with China's bottom line: one part, China's own sentence", async () => {
    const answer = await ask("Summarize China's stance in one line");
    expect(answer.found).toBe(true);
    expect(answer.answer).toHaveLength(1);
    const [line] = answer.answer;
    expect(line?.speaker).toBe("China");
    expect(line?.text).not.toMatch(/no statement/);
    expect(line?.text).toMatch(/\bXi\b.*\b(vows|support)/);
    expect(line?.citations).toEqual([idOf("Xi vows continued support")]);
  });

  it("never tells a thread an actor with stated points made no statement", async () => {
    for (const question of ["What did China say?", "What is Russia's position?", "What about Ukraine?"]) {
      const answer = await ask(question);
      expect(answer.answer.map((part) => part.text).join(" "), question).not.toMatch(/no statement/);
      expect(answer.answer[0]?.speaker, question).toMatch(/^(China|Russia|Ukraine)$/);
    }
  });

  it("labels another speaker's claim about the asked actor as theirs, after the actor's own act", async () => {
    await ask("What did Ukraine say about the truce?", "C1:200.1");
    const answer = await ask("And what did Russia say about that?", "C1:200.1");
    expect(answer.answer[0]?.speaker).toBe("Russia");
    const stunt = answer.answer.find((part) => part.citations.includes(idOf("political stunt")));
    expect(stunt?.speaker).toBe("Ukraine, not Russia");
  });

  it("labels a sentence read both ways by the claimant the question asks about", async () => {
    const answer = await ask("What do Western nations say about China?");
    const claim = answer.answer.find((part) =>
      part.citations.includes(idOf("Western nations have repeatedly")),
    );
    expect(claim?.speaker).toBe("Western nations, not China");
    const own = await ask("What does China say about its neutrality?");
    const neutrality = own.answer.find((part) =>
      part.citations.includes(idOf("Western nations have repeatedly")),
    );
    expect(neutrality?.speaker).toBe("China");
  });

  it("says the article reports no EU statement and cites the EU sentences", async () => {
    const answer = await ask("Does the EU have a position?");
    expect(answer.found).toBe(true);
    expect(answer.answer[0]?.text).toMatch(/reports no statement by the EU/);
    expect(citationsOf(answer).sort()).toEqual(
      [idOf("The European Union, committed"), idOf("unity and security of the European Union")].sort(),
    );
  });

  it("finds China and Xi sentences for a question about Beijing", async () => {
    const answer = await ask("What does Beijing think of the war?");
    expect(answer.found).toBe(true);
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const source of answer.sources) expect(source.text).toMatch(/\b(China|Chinese|Xi|Beijing|Sino)\b/);
  });

  it("answers found:false for an actor the article does not mention", async () => {
    const answer = await ask("What did Japan say?");
    expect(answer.found).toBe(false);
    expect(answer.answer[0]?.text).toMatch(/^The article does not say/);
    expect(answer.sources).toEqual([]);
  });

  it("answers found:false for a topic the article does not cover", async () => {
    expect((await ask("What is the best recipe for pancakes?")).found).toBe(false);
  });

  it("refuses an empty or invisible question as bad input", async () => {
    for (const question of ["", "   \n\t", "\u200b\u200f\u2066"]) {
      const failure = await services.answers.ask("xi-putin", question).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BriefError);
      expect((failure as BriefError).code).toBe("bad_input");
    }
  });

  it("refuses a question over 2,000 characters with a clear message", async () => {
    const failure = await services.answers
      .ask("xi-putin", "truce ".repeat(400))
      .catch((error: unknown) => error);
    expect((failure as BriefError).code).toBe("bad_input");
    expect((failure as BriefError).message).toMatch(/2,399 characters long; please ask in at most 2,000/);
    await expect(ask(`${"truce ".repeat(333)}ok`)).resolves.toBeDefined();
  });

  it("never breaks on FTS syntax or odd Unicode in a question", async () => {
    const questions = [
      '"truce',
      'truce" OR "',
      "truce AND NOT Ukraine OR NEAR(Russia truce, 2)",
      "Ukraine* ^truce (Russia) text:truce {text}:x -truce +truce",
      "NEAR NOT AND OR",
      "🙂🇺🇦 truce? 🤔",
      "\u202eecurt\u202c Ukraine \u200f\u200e\u2067truce\u2069",
      "tru\u200bce Uk\u200draine \ufeff",
      "tru\u0301ce U\u0308kraine \u0338\u0301",
      "Украина перемирие 乌克兰 停火 أوكرانيا",
      "'; DROP TABLE sentences; --",
      "\\ \u0000 \u0001 %_ ' ` $",
    ];
    for (const question of questions)
      await expect(ask(question)).resolves.toMatchObject({ engine: "offline" });
    expect((await ask('"What did Ukraine say about the truce?" AND (NOT x*)')).answer[0]?.citations).toEqual([
      idOf("political stunt"),
    ]);
  });

  it("carries the thread: a question pointing back borrows the earlier topic", async () => {
    await ask("What did Ukraine say about the truce?", "C1:100.1");
    const followUp = await ask("And what did Russia say about that?", "C1:100.1");
    expect(followUp.found).toBe(true);
    expect(followUp.sources).not.toEqual([]);
    for (const source of followUp.sources) expect(source.text).toMatch(/truce/);
    expect((await services.threads.recent("C1:100.1", "xi-putin")).map((turn) => turn.question)).toEqual([
      "What did Ukraine say about the truce?",
      "And what did Russia say about that?",
    ]);
  });

  it("answers an unknown slug with the closest stored articles", async () => {
    await expect(services.answers.ask("xi-putn", "What did Ukraine say?")).rejects.toThrow(
      "No stored article 'xi-putn'. Stored: xi-putin",
    );
  });
});
