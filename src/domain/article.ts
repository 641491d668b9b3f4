import { z } from "zod";

/**
 * An id a person types or sees: an article's slug, a CLI thread (`--thread`). Short and plain, so it is safe in
 * a message, a file name or a key.
 */
export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** What a refusal of a bad id tells the person. */
export const slugRule = "use 1-64 lower-case letters, digits and dashes";

/** A paragraph of an article as stored: its text and whether it was a "- " bullet. */
export interface Paragraph {
  text: string;
  bullet: boolean;
}

/** A citable sentence. `text` is exactly the article's text, character for character. */
export interface Sentence {
  id: string;
  /** 1-based position in reading order (S{index}). */
  index: number;
  /** 0-based paragraph the sentence belongs to. */
  paragraph: number;
  text: string;
}

/** A stored article as every stage sees it. */
export interface Article {
  slug: string;
  title: string;
  url: string | undefined;
  date: string | undefined;
  /** Known for fetched pages (and files with `Byline:` and `Outlet:` lines). */
  byline?: string | undefined;
  outlet?: string | undefined;
  body: string;
  hash: string;
}
