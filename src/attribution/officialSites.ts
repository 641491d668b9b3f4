// Articles published on an actor's own government site (`officialSites` in data/actors.json).
import type { Actor } from "../domain/actor";

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The one actor whose own site published the article ("https://www.president.gov.ua/..." is Ukraine's: the host
 * is one of its `officialSites` or under one), or undefined: no URL, another site, or a host two actors claim.
 */
export function siteIssuerOf(url: string | undefined, actors: readonly Actor[]): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const owners = actors.filter((actor) =>
    actor.officialSites.some((site) => host === site || host.endsWith(`.${site}`)),
  );
  return owners.length === 1 ? owners[0]?.name : undefined;
}
