import { type Paragraph, SlugSchema } from "../domain/article";
import { BriefError } from "../domain/errors";

/** An article parsed from the plain-text format accepted by `npm run ingest`. */
export interface ParsedArticleText {
  headline: string;
  title: string;
  url: string | undefined;
  date: string | undefined;
  /** Known for fetched pages (or from `Byline:` and `Outlet:` lines). */
  byline?: string | undefined;
  outlet?: string | undefined;
  paragraphs: Paragraph[];
}

const metadataLine = /^(title|url|date|byline|outlet):\s*(.*)$/i;
const bulletLine = /^[-•*]\s+/;

/**
 * Text format: the first non-empty line is the headline; `Title: ...`, `URL: ...`, `Date: ...`, `Byline: ...`
 * and `Outlet: ...` lines give metadata; every other non-empty line is a paragraph, and lines starting "- " are bullet paragraphs.
 * The headline stays part of the article text, so it is citable like any sentence.
 */
export function parseArticleText(raw: string): ParsedArticleText {
  if (raw.includes("\u0000")) throw new BriefError("bad_article_file", "The file looks binary, not text.");
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let title: string | undefined;
  let url: string | undefined;
  let date: string | undefined;
  let byline: string | undefined;
  let outlet: string | undefined;
  const paragraphs: Paragraph[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const metadata = metadataLine.exec(trimmed);
    if (metadata) {
      const [, key = "", value = ""] = metadata;
      const lowered = key.toLowerCase();
      if (lowered === "title") title = value.trim();
      else if (lowered === "date") date = value.trim();
      else if (lowered === "byline") byline = value.trim();
      else if (lowered === "outlet") outlet = value.trim();
      else url = value.trim();
      continue;
    }
    const bullet = bulletLine.test(trimmed);
    paragraphs.push({ text: bullet ? trimmed.replace(bulletLine, "") : trimmed, bullet });
  }
  const headline = paragraphs[0]?.text;
  if (headline === undefined || paragraphs.every((paragraph) => !/\p{L}/u.test(paragraph.text))) {
    throw new BriefError("bad_article_file", "The file has no article text.");
  }
  return {
    headline,
    title: title || headline,
    url: url || undefined,
    date: date || undefined,
    byline: byline || undefined,
    outlet: outlet || undefined,
    paragraphs,
  };
}

/** The canonical body stored for an article: one paragraph a line, bullets marked. Hashing this is stable. */
export function paragraphsToBody(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((paragraph) => (paragraph.bullet ? `- ${paragraph.text}` : paragraph.text))
    .join("\n");
}

export function bodyToParagraphs(body: string): Paragraph[] {
  return body
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) =>
      line.startsWith("- ") ? { text: line.slice(2), bullet: true } : { text: line, bullet: false },
    );
}

export function isValidSlug(slug: string): boolean {
  return SlugSchema.safeParse(slug).success;
}

/**
 * A slug from a title: lower case ASCII words joined by dashes, at most 64 characters, cut between words.
 * Apostrophes join their word ("China's" → "chinas").
 */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const slug = cutBetweenWords(words, 64);
  return slug === "" ? "article" : slug;
}

/** A slug of at most `limit` characters, cut at a dash when it is longer (one long word is cut anyway). */
export function cutBetweenWords(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  const head = slug.slice(0, limit + 1);
  return (head.includes("-") ? head.replace(/-[^-]*$/, "") : head.slice(0, limit)).replace(/-+$/, "");
}
