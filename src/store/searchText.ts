/**
 * Text as the Postgres search columns and queries see it: accents on Latin letters folded ("Zelenskyy" and
 * "Zelenskyy" with a diacritic match alike), as FTS5's `remove_diacritics 2` does on SQLite. Done here rather
 * than by the `unaccent` extension, so the schema needs no extension and indexing and querying fold alike.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/(?<=[A-Za-z])\p{M}+/gu, "")
    .normalize("NFC");
}

/** A slug's words for search: "xi-putin" is searched as "xi putin". */
export function slugWords(slug: string): string {
  return slug.replaceAll("-", " ");
}
