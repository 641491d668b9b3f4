import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../../src/actors/actors";
import { readStance } from "../../../src/answer/stanceReading";
import { projectRoot } from "../../../src/config";
import type { Article } from "../../../src/domain/article";
import { splitSentences } from "../../../src/sentences/splitSentences";

const actors = resolveActors(loadActorCatalog(path.join(projectRoot, "data", "actors.json")));
const paragraphs = [
  "Sybiha meets Wang Yi in Munich",
  "Foreign Minister Andrii Sybiha met Chinese Foreign Minister Wang Yi in Munich.",
  "During the meeting, the ministers discussed grain.",
  "They emphasized that the grain corridor must stay open.",
  "Wang Yi said China would keep buying Ukrainian grain.",
];
const sentences = splitSentences(paragraphs.map((text) => ({ text, bullet: false })));
const articleAt = (url: string | undefined): Article => ({
  slug: "sybiha-wang-yi",
  title: paragraphs[0] as string,
  url,
  date: undefined,
  body: paragraphs.join("\n"),
  hash: "test",
});
const kindsOf = (url: string | undefined, actor: string) =>
  readStance(articleAt(url), sentences, actors)
    .find((position) => position.actor === actor)
    ?.points.map((point) => `${point.kind} ${point.citations.join(",")}`);

describe("a briefing of an article stored from an actor's own site", () => {
  it("reads the stored URL through the engine and verification: the site's readout", () => {
    expect(kindsOf("https://mfa.gov.ua/en/news/munich", "Ukraine")).toEqual(["stated S4"]);
    expect(kindsOf("https://mfa.gov.ua/en/news/munich", "China")).toEqual(["attributed S5"]);
  });

  it("reads the same text from elsewhere as a report", () => {
    expect(kindsOf("https://news.example.com/munich", "China")).toEqual(["stated S5"]);
    expect(kindsOf(undefined, "Ukraine")).toEqual([]);
  });
});
