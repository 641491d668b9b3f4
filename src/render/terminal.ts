import type { ArticleRef, Briefing, Source } from "../domain/briefing";
import {
  type ActorDigest,
  bottomLineParts,
  claimantOpensText,
  digestBriefing,
  type ShownPoint,
  unsourcedLabel,
} from "./briefingDigest";
import { type CitationMarkers, citationMarkerWriter } from "./citationMarkers";

/** The article's title and link, or that there is none. */
export function articleHeaderLines(article: ArticleRef): string[] {
  return [article.title, article.url ?? "(no link to this article is stored)"];
}

/** The numbered sources part, quoting each cited sentence exactly; nothing when there are none. */
export function sourceLines(sources: readonly Source[]): string[] {
  if (sources.length === 0) return [];
  // A sentence that opens with a quotation mark is quoted already.
  const quoted = (text: string) => (/^["“”]/u.test(text) ? text : `“${text}”`);
  return ["Sources", ...sources.map((source, index) => `  [${index + 1}] ${quoted(source.text)}`), ""];
}

const withMarkers = (text: string, markers: string) => (markers ? `${text} ${markers}` : text);

function claimLine(point: ShownPoint): string {
  if (point.claimant === undefined) return `${unsourcedLabel}: ${point.text}`;
  return claimantOpensText(point) ? point.text : `${point.claimant}: ${point.text}`;
}

function actorLines(digest: ActorDigest, markers: CitationMarkers): string[] {
  const says = [...digest.says, ...digest.more.says];
  const othersSay = [...digest.othersSay, ...digest.more.othersSay];
  if (says.length === 0 && othersSay.length === 0) return [];
  const bullet = (text: string, point: ShownPoint) => {
    const joint = point.alsoSaidBy.length > 0 ? ` (with ${point.alsoSaidBy.join(", ")})` : "";
    return `    • ${withMarkers(`${text}${joint}`, markers(point.citations))}`;
  };
  return [
    digest.actor,
    ...(says.length > 0 ? ["  Says:", ...says.map((point) => bullet(point.text, point))] : []),
    ...(othersSay.length > 0
      ? [`  Others on ${digest.actor}:`, ...othersSay.map((point) => bullet(claimLine(point), point))]
      : []),
    "",
  ];
}

/**
 * A readable terminal briefing in the channel message's order: the bottom line per actor, then what each says
 * and what others say about it (every point, each sentence once), then the numbered sources quoted in full.
 */
export function renderBriefingForTerminal(briefing: Briefing): string {
  const markers = citationMarkerWriter(briefing.sources);
  const digest = digestBriefing(briefing);
  const lines = [...articleHeaderLines(briefing.article), "", "Bottom line"];
  for (const actor of digest.actors) {
    const { status, text, citations } = bottomLineParts(actor.bottomLine);
    const words = [status, text].filter(Boolean).join(" ");
    lines.push(`  ${actor.actor} — ${withMarkers(words, markers(citations))}`);
  }
  lines.push("");
  for (const actor of digest.actors) lines.push(...actorLines(actor, markers));
  lines.push(...sourceLines(briefing.sources));
  for (const note of briefing.notes ?? []) lines.push(`Note: ${note}`);
  lines.push(`Engine: ${briefing.engine}${briefing.cached ? " (cached)" : ""}`);
  return lines.join("\n");
}
