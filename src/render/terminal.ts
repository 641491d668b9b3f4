import type { ActorPosition, ArticleRef, Briefing, PointKind, Source } from "../domain/briefing";
import { citationMarkerWriter, summaryWithMarkers } from "./citationMarkers";

const statusLabel = {
  stated: "stated position",
  attributed_only: "only what others say about it",
  none: "no stated position in this article",
  not_mentioned: "not mentioned in this article",
} as const;

/** The article's title and link. */
export function articleHeaderLines(article: ArticleRef): string[] {
  return article.url ? [article.title, article.url] : [article.title];
}

/** The numbered sources part, quoting each cited sentence exactly; nothing when there are none. */
export function sourceLines(sources: readonly Source[]): string[] {
  if (sources.length === 0) return [];
  return [
    "Sources",
    ...sources.map((source, index) => `  [${index + 1}] ${source.id}: “${source.text}”`),
    "",
  ];
}

const pointHeading: Record<PointKind, (actor: string) => string> = {
  stated: () => "Its own statements and acts:",
  attributed: (actor) => `Claimed by others about ${actor} (not its own position):`,
};

/**
 * A readable terminal briefing: a section per actor, its own positions apart from what others claim about it,
 * [n] markers (also in summaries, which cite sentences as "[S12]"), numbered sources quoting the sentences.
 */
export function renderBriefingForTerminal(briefing: Briefing): string {
  const markers = citationMarkerWriter(briefing.sources);
  const lines: string[] = articleHeaderLines(briefing.article);
  lines.push("");
  const pointLines = (position: ActorPosition, kind: PointKind) => {
    const points = position.points.filter((point) => point.kind === kind);
    if (points.length === 0) return [];
    return [
      `  ${pointHeading[kind](position.actor)}`,
      ...points.map((point) => `    • ${point.text} ${markers(point.citations)}`),
    ];
  };
  for (const position of briefing.positions) {
    lines.push(`${position.actor} — ${statusLabel[position.status]}`);
    if (position.summary) {
      lines.push(`  ${summaryWithMarkers(position.summary, markers)}`);
    }
    lines.push(...pointLines(position, "stated"), ...pointLines(position, "attributed"), "");
  }
  lines.push(...sourceLines(briefing.sources));
  for (const note of briefing.notes ?? []) lines.push(`Note: ${note}`);
  lines.push(`Engine: ${briefing.engine}${briefing.cached ? " (cached)" : ""}`);
  return lines.join("\n");
}
