/**
 * Folds text for search so that what people type without accents finds what prisons write with them:
 * "gulsen" finds "Gülşen", "caglar" finds "Çağlar", "lodz" finds "Łódź", "strasse" finds "Straße".
 * Used on both sides of the index: the text stored and the text searched.
 */
const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ς: 'σ',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu');

export function foldForSearch(text: string): string {
  return text
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL[ch] ?? ch);
}

/** Words of a query, folded, each usable as an FTS5 prefix term (quotes doubled, so no FTS syntax gets through). */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

/** An FTS5 MATCH expression: every word must match as a prefix. Null when there is nothing to search. */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  return terms.length === 0 ? null : terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');
}
