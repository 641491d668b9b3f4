import type { Answer } from "../domain/answer";
import { citationMarkerWriter, speakerPrefix } from "./citationMarkers";
import { articleHeaderLines, sourceLines } from "./terminal";

/** A readable terminal answer: the question, answer lines with [n] markers, numbered sources quoted. */
export function renderAnswerForTerminal(answer: Answer): string {
  const markers = citationMarkerWriter(answer.sources);
  const lines = [...articleHeaderLines(answer.article), "", `Q: ${answer.question}`, ""];
  for (const part of answer.answer) {
    const marked = markers(part.citations);
    lines.push(`  • ${speakerPrefix(part.speaker)}${part.text}${marked ? ` ${marked}` : ""}`);
  }
  lines.push("", ...sourceLines(answer.sources));
  for (const note of answer.notes ?? []) lines.push(`Note: ${note}`);
  lines.push(`Engine: ${answer.engine}`);
  return lines.join("\n");
}
