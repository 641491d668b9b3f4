import path from "node:path";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import { type ArticleSource, collectActorEvidence } from "../../src/attribution/actorEvidence";
import { projectRoot } from "../../src/config";
import type { Actor } from "../../src/domain/actor";
import { splitSentences } from "../../src/sentences/splitSentences";

/** The four actors of the catalog, as a briefing asks for them. */
export const catalogActors = resolveActors(loadActorCatalog(path.join(projectRoot, "data", "actors.json")), [
  "China",
  "Russia",
  "Ukraine",
  "EU",
]);

/** readArticle with the catalog's four actors. */
export const readCatalogArticle = (paragraphs: readonly string[], source: ArticleSource = {}) =>
  readArticle(catalogActors, paragraphs, source);

/** The ids an article's sentences (one paragraph each) give each actor as stated or as others' claims. */
export function readArticle(
  actors: readonly Actor[],
  paragraphs: readonly string[],
  source: ArticleSource = {},
) {
  const sentences = splitSentences(paragraphs.map((text) => ({ text, bullet: false })));
  const evidence = collectActorEvidence(sentences, actors, source);
  const cited = (actor: string, kind: "stated" | "attributed") => [
    ...new Set(
      (evidence.get(actor)?.candidates ?? [])
        .filter((candidate) => candidate.kind === kind)
        .map((candidate) => candidate.citation),
    ),
  ];
  return {
    sentences,
    stated: (actor: string) => cited(actor, "stated"),
    attributed: (actor: string) => cited(actor, "attributed"),
    /** The texts of the actor's stated points, in reading order. */
    statedTexts: (actor: string) =>
      (evidence.get(actor)?.candidates ?? [])
        .filter((candidate) => candidate.kind === "stated")
        .map((candidate) => candidate.text),
    /** Who makes each claim about the actor, by cited sentence. */
    claimants: (actor: string) =>
      Object.fromEntries(
        (evidence.get(actor)?.candidates ?? [])
          .filter((candidate) => candidate.kind === "attributed")
          .map((candidate) => [candidate.citation, candidate.claimant]),
      ),
  };
}
