import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../../src/actors/actors";
import { projectRoot } from "../../../src/config";
import {
  buildOfflinePositions,
  createOfflineBriefingEngine,
} from "../../../src/engine/offline/offlineBriefingEngine";
import { splitSentences } from "../../../src/sentences/splitSentences";
import { parseArticleText } from "../../../src/store/articleText";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));
const defaults = resolveActors(catalog);
const sentencesOf = (text: string) => splitSentences(parseArticleText(text).paragraphs);
const xiPutin = sentencesOf(
  fs.readFileSync(path.join(projectRoot, "data", "articles", "xi-putin.txt"), "utf8"),
);

const positionOf = (positions: ReturnType<typeof buildOfflinePositions>, actor: string) => {
  const position = positions.find((candidate) => candidate.actor === actor);
  if (!position) throw new Error(`no position for ${actor}`);
  return position;
};

/** The ids an actor's points of one kind cite. */
const citationsIn =
  (positions: ReturnType<typeof buildOfflinePositions>) => (actor: string, kind: "stated" | "attributed") =>
    positionOf(positions, actor)
      .points.filter((point) => point.kind === kind)
      .flatMap((point) => point.citations);

describe("offline briefing engine", () => {
  it("gives each status honestly: stated, attributed only, none with cited mentions, not mentioned", () => {
    const sentences = sentencesOf(
      [
        "Talks in Geneva",
        "Kremlin spokesman Dmitry Peskov said the talks were useful.",
        "Analysts say China has quietly supplied Russia with machine tools.",
        "The European Union is watching closely.",
      ].join("\n"),
    );
    const positions = buildOfflinePositions({ sentences, actors: defaults });
    expect(positionOf(positions, "Russia")).toMatchObject({
      status: "stated",
      points: [
        {
          kind: "stated",
          citations: ["S2"],
          text: "Kremlin spokesman Dmitry Peskov said the talks were useful.",
        },
      ],
    });
    expect(positionOf(positions, "China")).toMatchObject({
      status: "attributed_only",
      points: [{ kind: "attributed", citations: ["S3"] }],
    });
    const eu = positionOf(positions, "EU");
    expect(eu.status).toBe("none");
    expect(eu.points).toEqual([]);
    expect(eu.summary).toContain("[S4]");
    expect(positionOf(positions, "Ukraine")).toMatchObject({ status: "not_mentioned", points: [] });
  });

  it("keeps the Western accusation against China an attributed point only (xi-putin)", () => {
    const china = positionOf(buildOfflinePositions({ sentences: xiPutin, actors: defaults }), "China");
    const accusation = china.points.filter((point) => point.text.includes("accused China"));
    expect(accusation).toEqual([expect.objectContaining({ kind: "attributed" })]);
    expect(
      china.points.some(
        (point) => point.kind === "stated" && point.text.startsWith("China maintains a stance"),
      ),
    ).toBe(true);
  });

  it("never cites a sentence that does not exist, and every point's words come from its sentences", () => {
    const byId = new Map(xiPutin.map((sentence) => [sentence.id, sentence.text]));
    const points = buildOfflinePositions({ sentences: xiPutin, actors: defaults }).flatMap(
      (position) => position.points,
    );
    expect(points.length).toBeGreaterThan(3);
    for (const point of points) {
      const cited = point.citations.map((id) => byId.get(id));
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.every((text) => text !== undefined)).toBe(true);
      const words = point.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(words.length).toBeGreaterThan(0);
      const source = cited.join(" ").toLowerCase();
      expect(words.filter((word) => !source.includes(word))).toEqual([]);
    }
  });

  it("gives a quotation over several sentences to the speaker named where it closes", () => {
    const sentences = sentencesOf(
      [
        "Talks",
        'Kremlin spokesman Dmitry Peskov said the plan was "unacceptable".',
        '"We will not discuss our territory with anyone who is not at the table.',
        "Nobody decides for us.",
        'We expect partners to understand this," Zelenskiy said.',
      ].join("\n"),
    );
    const positions = buildOfflinePositions({ sentences, actors: defaults });
    const citedBy = (actor: string) =>
      positionOf(positions, actor).points.flatMap((point) => point.citations);
    expect(citedBy("Ukraine")).toEqual(["S3", "S4", "S5"]);
    expect(citedBy("Russia")).toEqual(["S2"]);

    const reopened = sentencesOf(
      [
        "Talks",
        'Ukrainian officials said the plan was "unacceptable".',
        '"We will not discuss our territory.',
        '"We will win," Peskov said.',
      ].join("\n"),
    );
    const reopenedPositions = buildOfflinePositions({ sentences: reopened, actors: defaults });
    expect(positionOf(reopenedPositions, "Russia").points.flatMap((point) => point.citations)).toEqual([
      "S3",
      "S4",
    ]);
  });

  it("names a resolved pronoun subject in brackets and quotes a self-professed claim in its whole sentence", () => {
    const sentences = sentencesOf(
      [
        "Strikes",
        "Ukrainian President Volodymyr Zelenskiy said the strike was terror.",
        "He added that air defences needed strengthening.",
        "Russia's defence ministry said it struck military targets.",
        "It denied targeting homes.",
        "Amid Ukraine's self-professed ceasefire violation by Russia, Putin ordered a truce.",
      ].join("\n"),
    );
    const positions = buildOfflinePositions({ sentences, actors: defaults });
    const texts = (actor: string) => positionOf(positions, actor).points.map((point) => point.text);
    expect(texts("Ukraine")).toEqual([
      "Ukrainian President Volodymyr Zelenskiy said the strike was terror.",
      "[Volodymyr Zelenskiy] added that air defences needed strengthening.",
      "Amid Ukraine's self-professed ceasefire violation by Russia, Putin ordered a truce.",
    ]);
    expect(texts("Russia")).toContain("[Russia] denied targeting homes.");
  });

  it("keeps a long article's briefing bounded (speed is measured by npm run bench, not here)", () => {
    const paragraphs = fs
      .readFileSync(path.join(projectRoot, "data", "articles", "xi-putin.txt"), "utf8")
      .split("\n")
      .slice(2);
    const lines = ["A long article"];
    while (lines.join(" ").split(/\s+/).length < 20_000) lines.push(...paragraphs);
    const long = sentencesOf(lines.join("\n"));
    const positions = buildOfflinePositions({ sentences: long, actors: defaults });
    expect(positionOf(positions, "Russia").points.length).toBeLessThanOrEqual(18);
  });

  it("briefs on what it read within its time budget, and says how much that was", async () => {
    const long = Array.from({ length: 40 }, () => xiPutin)
      .flat()
      .map((sentence, index) => ({ ...sentence, id: `S${index + 1}`, index: index + 1 }));
    const article = { slug: "long", title: "Long", url: undefined, date: undefined, body: "", hash: "h" };
    const result = await createOfflineBriefingEngine({ timeBudgetMs: 1 }).brief({
      article,
      sentences: long,
      actors: defaults,
    });
    const shown = result.shownSentenceIds ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(long.length);
    expect(result.notes).toEqual([
      `This article is long: the offline reading covered its first ${shown.length.toLocaleString("en-US")} of ${long.length.toLocaleString("en-US")} sentences in its time limit, so what comes later is not in this briefing.`,
    ]);
    const cited = result.positions.flatMap((position) => position.points.flatMap((point) => point.citations));
    expect(cited.every((id) => shown.includes(id))).toBe(true);
    const unbounded = await createOfflineBriefingEngine().brief({
      article,
      sentences: long,
      actors: defaults,
    });
    expect(unbounded.notes).toBeUndefined();
    expect(unbounded.shownSentenceIds).toHaveLength(long.length);
  });

  it("briefs very short, untitled, bulleted and actor-free articles without inventing a position", () => {
    const statuses = (text: string) =>
      buildOfflinePositions({ sentences: sentencesOf(text), actors: defaults }).map((position) => [
        position.actor,
        position.status,
        position.points.map((point) => `${point.kind}:${point.citations.join(",")}`),
      ]);
    expect(statuses("Oil prices rose.\nTraders said supply was tight.")).toEqual(
      defaults.map((actor) => [actor.name, "not_mentioned", []]),
    );
    expect(statuses("Kremlin spokesman Dmitry Peskov said the talks were useful.")).toEqual([
      ["China", "not_mentioned", []],
      ["Russia", "stated", ["stated:S1"]],
      ["Ukraine", "not_mentioned", []],
      ["EU", "not_mentioned", []],
    ]);
    expect(
      statuses(
        "- Kyiv said the talks failed.\n- A Kremlin-linked oligarch said Russia was ready.\n- Analysts said China would gain.",
      ),
    ).toEqual([
      ["China", "attributed_only", ["attributed:S3"]],
      ["Russia", "attributed_only", ["attributed:S2"]],
      ["Ukraine", "stated", ["stated:S1"]],
      ["EU", "not_mentioned", []],
    ]);
  });

  it("follows an official through a family name, a quotation closed without attribution and the 'He' after it", () => {
    const sentences = sentencesOf(
      [
        "Deal reached in Brussels",
        "European Council President Charles Michel announced the agreement on Thursday.",
        "“We have a deal,” Mr Michel said.",
        "He said the package locked in funding for Ukraine.",
        "Chinese foreign ministry spokeswoman Zhang Xiaoli said the listings were unlawful.",
        "Zhang said Beijing would respond firmly.",
        "“We are studying the plan,” Kremlin spokesman Dmitry Peskov told reporters.",
        "“The details need careful analysis.",
        "This is a long process.”",
        "He said Russia would press on with its operation.",
      ].join("\n"),
    );
    const citedBy = citationsIn(buildOfflinePositions({ sentences, actors: defaults }));

    expect(citedBy("EU", "stated")).toEqual(expect.arrayContaining(["S2", "S3", "S4"]));
    expect(citedBy("China", "stated")).toEqual(expect.arrayContaining(["S5", "S6"]));
    expect(citedBy("Russia", "stated")).toEqual(expect.arrayContaining(["S7", "S8", "S9", "S10"]));
    expect(citedBy("Russia", "attributed")).toEqual([]);
  });

  it("gives a quotation closed by 'she said' to the official named before it, and one closed by an outsider to nobody", () => {
    const sentences = sentencesOf(
      [
        "Ministers meet",
        "EU foreign policy chief Kaja Kallas spoke after the meeting.",
        "“Russia is the obstacle to peace.",
        "We must raise the pressure,” she said.",
        "A German government spokesman was blunter.",
        "“The Ukrainian president has made real concessions.",
        "Now it is up to the other side,” the spokesman said.",
      ].join("\n"),
    );
    const cited = citationsIn(buildOfflinePositions({ sentences, actors: defaults }));

    expect(cited("EU", "stated")).toEqual(expect.arrayContaining(["S3", "S4"]));
    expect(cited("Ukraine", "stated")).toEqual([]);
    expect(cited("Ukraine", "attributed")).toEqual(["S6"]);
  });

  it("reads 'the bloc' as the EU only once the article has named the EU", () => {
    const named = buildOfflinePositions({
      sentences: sentencesOf(
        "Sanctions\nThe Kremlin hit out at the European Union after the bloc adopted new sanctions.",
      ),
      actors: defaults,
    });
    expect(positionOf(named, "EU").status).toBe("stated");
    const unnamed = buildOfflinePositions({
      sentences: sentencesOf("Sanctions\nThe bloc adopted new sanctions on Russia."),
      actors: defaults,
    });
    expect(positionOf(unnamed, "EU").status).toBe("not_mentioned");
  });
});
