import anyAscii from 'any-ascii';

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

/**
 * Bumped whenever foldForIndex changes what it writes: a vault whose index was folded by another version rebuilds it
 * when it opens (db/search/search-fold-version.ts), since old rows would no longer match new queries.
 */
export const SEARCH_FOLD_VERSION = '2';

// Greek digraphs any-ascii reads letter by letter ("ου" as "oy"), written as ELOT 743 / ISO 843 do, which is how
// Greek names appear in Latin letters on passports and in the press. The accent of a digraph sits on its second
// vowel (ού, εύ); a diaeresis (οϋ, αΐ) splits it, and ϋ is another letter, so it is never matched. Runs on NFC
// lower-case text: decomposing first would also turn the Cyrillic й into и.
const U = '[υύ]';
const VOICELESS_AFTER = '(?=[θκξπστφχψς]|[^\\p{L}]|$)';
const GREEK_DIGRAPHS: readonly [RegExp, string][] = [
  [new RegExp(`ο${U}`, 'gu'), 'ou'],
  [new RegExp(`α${U}${VOICELESS_AFTER}`, 'gu'), 'af'],
  [new RegExp(`ε${U}${VOICELESS_AFTER}`, 'gu'), 'ef'],
  [new RegExp(`η${U}${VOICELESS_AFTER}`, 'gu'), 'if'],
  [new RegExp(`α${U}`, 'gu'), 'av'],
  [new RegExp(`ε${U}`, 'gu'), 'ev'],
  [new RegExp(`η${U}`, 'gu'), 'iv'],
  [/γγ/gu, 'ng'],
  [/γξ/gu, 'nx'],
  [/γχ/gu, 'nch'],
  [/(?<!\p{L})μπ|μπ(?!\p{L})/gu, 'b'],
  [/μπ/gu, 'mb'],
  [/(?<!\p{L})ντ/gu, 'd'],
  [/ντ/gu, 'nt'],
];

function romanizeGreekDigraphs(text: string): string {
  let out = text.normalize('NFC').toLowerCase();
  for (const [pattern, latin] of GREEK_DIGRAPHS) out = out.replace(pattern, latin);
  return out;
}

/**
 * What the search index stores and what a query is matched as: foldForSearch, then every script in Latin letters
 * (any-ascii: Greek as ELOT 743, Cyrillic as BGN/PCGN, and the rest), so "papadopoulos" finds "Παπαδόπουλος",
 * "ivanov" finds "Иванов", and the other way round. Sorting and same-name keep foldForSearch: a Greek name still sorts
 * as Greek, and "Νίκος" and "Nikos" stay two tags.
 */
export function foldForIndex(text: string): string {
  return foldForSearch(anyAscii(romanizeGreekDigraphs(text)));
}

/** Words of a query, folded, each usable as an FTS5 prefix term (quotes doubled, so no FTS syntax gets through). */
export function searchTerms(query: string): string[] {
  return foldForIndex(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

/** An FTS5 MATCH expression: every word must match as a prefix. Null when there is nothing to search. */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  return terms.length === 0 ? null : terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');
}

/**
 * True when every word of the query is one or two letters long: so short a prefix matches a large part of the vault,
 * and the search ranks only a bounded set of candidates (db/search/search-index.queries.ts).
 */
export function isShortPrefixQuery(query: string): boolean {
  const terms = searchTerms(query);
  return terms.length > 0 && terms.every((term) => [...term].length <= 2);
}
