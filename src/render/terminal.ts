import type { Briefing } from "../briefing/schema";

const statusLabel = {
  stated: "stated position",
  attributed_only: "only what others say about it",
  none: "no stated position in this article",
  not_mentioned: "not mentioned in this article",
} as const;

/** A readable terminal briefing: a section per actor, [n] markers, numbered sources quoting the sentences. */
export function renderBriefingForTerminal(briefing: Briefing): string {
  const sourceNumber = new Map(briefing.sources.map((source, index) => [source.id, index + 1]));
  const markers = (citations: readonly string[]) =>
    citations.map((id) => `[${sourceNumber.get(id) ?? id}]`).join("");
  const lines: string[] = [briefing.article.title];
  if (briefing.article.url) lines.push(briefing.article.url);
  lines.push("");
  for (const position of briefing.positions) {
    lines.push(`${position.actor} — ${statusLabel[position.status]}`);
    if (position.summary) lines.push(`  ${position.summary}`);
    for (const point of position.points) {
      const prefix = point.kind === "attributed" ? "(claimed by others) " : "";
      lines.push(`  • ${prefix}${point.text} ${markers(point.citations)}`);
    }
    lines.push("");
  }
  if (briefing.sources.length > 0) {
    lines.push("Sources");
    for (const source of briefing.sources)
      lines.push(`  [${sourceNumber.get(source.id)}] ${source.id}: “${source.text}”`);
    lines.push("");
  }
  for (const note of briefing.notes ?? []) lines.push(`Note: ${note}`);
  lines.push(`Engine: ${briefing.engine}${briefing.cached ? " (cached)" : ""}`);
  return lines.join("\n");
}
