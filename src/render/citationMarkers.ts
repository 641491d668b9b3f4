import type { Source } from "../domain/briefing";
import { summaryCitationPattern } from "../domain/briefing";

/** Renders a list of sentence ids as citation markers. */
export type CitationMarkers = (citations: readonly string[]) => string;

/**
 * Writes "[n]" markers for citations, n being the source's place in the numbered sources list. Shared by the
 * terminal and Block Kit renderers; ids are validated sentence ids (S1..Sn), so they need no escaping.
 */
export function citationMarkerWriter(sources: readonly Source[]): CitationMarkers {
  const sourceNumber = new Map(sources.map((source, index) => [source.id, index + 1]));
  return (citations) => citations.map((id) => `[${sourceNumber.get(id) ?? id}]`).join("");
}

/** A summary's inline "[S12]" citations (how a `none` position cites the mentions) as the same "[n]" markers. */
export function summaryWithMarkers(summary: string, markers: CitationMarkers): string {
  return summary.replace(summaryCitationPattern, (_match, id: string) => markers([id]));
}
