import { maxActorsPerBriefing, readActorNames } from "../actors/actors";
import { mentionsActor } from "../actors/mentions";
import type { SlackAppServices } from "./slackAppServices";
import { linkInToken } from "./slackLinks";

/** `/brief` as typed: help, list, words after help or list, or an article (a slug or words) and actor names. */
export type BriefCommandText =
  | { kind: "help" }
  | { kind: "list" }
  | { kind: "bad" }
  | { kind: "paste" }
  | { kind: "link"; url: string; actorText: string | undefined }
  | { kind: "brief"; article: string; actorText: string | undefined };

/**
 * `/brief`, `/brief help`, `/brief list`, `/brief <article>` or `/brief <article> <actors>`: the first word
 * names the article (its slug, or a word of its slug or title); the rest, if any, names the actors. A link in
 * its place (`<https://…>`, `<https://…|label>` or bare) is fetched first; `/brief paste` opens the paste form.
 */
export function parseBriefCommandText(text: string): BriefCommandText {
  const trimmed = text.trim();
  // A Slack link is one word even when its label has spaces (`<https://x|Meridian Wire>`).
  const leadingLink = /^<[^<>]*>/.exec(trimmed)?.[0];
  const [first, ...rest] = leadingLink
    ? [leadingLink, ...trimmed.slice(leadingLink.length).split(/\s+/).filter(Boolean)]
    : trimmed.split(/\s+/).filter(Boolean);
  if (first === undefined) return { kind: "help" };
  const word = first.toLowerCase();
  const url = linkInToken(first);
  if (url) return { kind: "link", url, actorText: trimmed.slice(first.length).trim() || undefined };
  if (rest.length === 0 && word === "paste") return { kind: "paste" };
  if (rest.length === 0 && word === "help") return { kind: "help" };
  if (rest.length === 0 && word === "list") return { kind: "list" };
  if (word === "help" || word === "list") return { kind: "bad" };
  const actorText = trimmed.slice(first.length).trim();
  return { kind: "brief", article: word, actorText: actorText || undefined };
}

/**
 * What `/brief` will do, decided before it acks, so "Preparing…" is said only for a briefing that will be made:
 * brief an article (found by slug, or as the one article its words name) on catalog actors; or answer
 * privately with the articles or actors the person may have meant.
 */
export type BriefCommandPlan =
  | { kind: "help" }
  | { kind: "list" }
  | { kind: "bad" }
  | { kind: "paste" }
  /** Fetch and store the article at `url` first (the actors are catalog names; unknown names are dropped). */
  | { kind: "link"; url: string; actors: string[] | undefined }
  | { kind: "brief"; slug: string; actors: string[] | undefined }
  | { kind: "several_articles"; words: string; slugs: string[]; actors: string[] | undefined }
  | { kind: "unknown_article"; words: string; nearMisses: string[]; actors: string[] | undefined }
  | { kind: "unknown_actors"; slug: string; unknown: string[] }
  | { kind: "too_many_actors" };

export async function planBriefCommand(
  text: string,
  services: Pick<SlackAppServices, "articles" | "actorCatalog">,
): Promise<BriefCommandPlan> {
  const parsed = parseBriefCommandText(text);
  if (parsed.kind !== "brief" && parsed.kind !== "link") return parsed;
  const named = parsed.actorText ? readActorNames(services.actorCatalog, parsed.actorText) : undefined;
  if (named && named.actors.length > maxActorsPerBriefing) return { kind: "too_many_actors" };
  // Only catalog names travel on; none read (only commas, say) means the defaults.
  const actors = named && named.actors.length > 0 ? named.actors.map((actor) => actor.name) : undefined;
  if (parsed.kind === "link") return { kind: "link", url: parsed.url, actors };
  const lookup = await services.articles.find(parsed.article);
  if (lookup.kind === "none")
    return { kind: "unknown_article", words: parsed.article, nearMisses: lookup.nearMisses, actors };
  if (lookup.kind === "several")
    return { kind: "several_articles", words: parsed.article, slugs: lookup.slugs, actors };
  if (named && named.unknown.length > 0)
    return { kind: "unknown_actors", slug: lookup.slug, unknown: named.unknown };
  return { kind: "brief", slug: lookup.slug, actors };
}

/** The catalog's actors, those the article names first: what a person may brief it on instead. */
export async function actorsToOffer(
  services: Pick<SlackAppServices, "actorCatalog" | "store">,
  slug: string,
): Promise<{ mentioned: string[]; others: string[] }> {
  const sentences = await services.store.sentences(slug);
  const mentioned = services.actorCatalog.actors.filter((actor) =>
    sentences.some((sentence) => mentionsActor(sentence.text, actor)),
  );
  return {
    mentioned: mentioned.map((actor) => actor.name),
    others: services.actorCatalog.actors
      .filter((actor) => !mentioned.includes(actor))
      .map((actor) => actor.name),
  };
}
