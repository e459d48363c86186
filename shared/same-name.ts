import { foldForSearch } from './search-fold';

/**
 * When two names people type are one name: accents, case and punctuation aside, so a tag or a facility typed
 * "proces de lyon", "PROCÈS DE LYON" or "Procès-de-Lyon" is the one already there. Tag creation refuses it as a
 * duplicate, the import matches it, and the command line's `--tag` finds it: all three go through here.
 *
 * The folding is the search's (shared/search-fold.ts): Turkish dotted İ and dotless ı are i, Greek final ς is σ,
 * ß is ss, ł is l, œ is oe. Runs of anything but letters and digits (spaces, hyphens, apostrophes straight or curly,
 * dots) count as one space, and the ends are trimmed. A name made only of other signs ("★") keeps them, so "★"
 * and "☆" stay two names rather than both becoming empty.
 */
export function nameKey(name: string): string {
  const folded = foldForSearch(name);
  const words = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words !== '' ? words : folded.replace(/\s+/gu, ' ').trim();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
