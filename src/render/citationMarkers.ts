import type { Source } from "../domain/briefing";
import { summaryCitationPattern } from "../domain/briefing";
import { citationNumbering } from "./citationLinks";

/** Renders a list of sentence ids as citation markers. */
export type CitationMarkers = (citations: readonly string[]) => string;

/**
 * Writes "[n]" markers for citations, n being the source's number (citationNumbering, with `laterIds` numbered
 * after the sources). Shared by the terminal and Block Kit renderers; `format` may wrap each marker, e.g. in a
 * link to its sentence. Ids are validated sentence ids (S1..Sn), so they need no escaping.
 */
export function citationMarkerWriter(
  sources: readonly Pick<Source, "id">[],
  format: (marker: string, id: string) => string = (marker) => marker,
  laterIds: readonly string[] = [],
): CitationMarkers {
  const numbers = citationNumbering(sources, laterIds);
  return (citations) =>
    [...new Set(citations)].map((id) => format(`[${numbers.get(id) ?? id}]`, id)).join("");
}

/** A summary's inline "[S12]" citations (how a `none` position cites the mentions) as the same "[n]" markers. */
export function summaryWithMarkers(summary: string, markers: CitationMarkers): string {
  return summary.replace(summaryCitationPattern, (_match, id: string) => markers([id]));
}

const prepositions = new Set(["at", "of", "in", "from", "for", "on", "with"]);

/** "Western officials", "Analysts at the Carnegie Endowment", "Washington and its allies" are plural. */
export function isPluralName(name: string): boolean {
  const words = name.split(/\s+/);
  const headEnd = words.findIndex((word) => prepositions.has(word));
  const head = words.slice(0, headEnd < 0 ? words.length : headEnd);
  const last = head.at(-1) ?? "";
  return head.includes("and") || (/s$/.test(last) && !/(ss|us)$/.test(last));
}

/**
 * "China says: ", "Ukraine, not Russia, says: " or "Western nations, not China, say: " before an answer part
 * whose speaker the reading knows.
 */
export function speakerPrefix(
  speaker: string | undefined,
  strong: (text: string) => string = (text) => text,
) {
  if (speaker === undefined) return "";
  const [who = speaker] = speaker.split(", not ");
  const verb = isPluralName(who) ? "say" : "says";
  return `${strong(speaker.includes(", not ") ? `${speaker},` : speaker)} ${verb}: `;
}
