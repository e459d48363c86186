import * as fr from '@zxcvbn-ts/language-fr';
import { activistWords } from './activist-words';
import { wordlists } from './wordlists';

/** Without its accents: "liberté" → "liberte", as many type French on a keyboard or phone without them. */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Keeps the first (best-ranked) occurrence: zxcvbn would give a repeated word the rank of its last one. */
function unique(words: Iterable<string>): string[] {
  return [...new Set(words)];
}

/** French words as typed without accents, where that differs, in the rank order of the list they come from. */
function unaccented(list: readonly (string | number)[]): string[] {
  return unique(
    list
      .map(String)
      .filter((word) => withoutAccents(word) !== word)
      .map(withoutAccents),
  );
}

/**
 * What zxcvbn-ts's French package lacks for our users: its word lists without accents, the French diceware list a
 * proposed passphrase is drawn from (the English one is in @zxcvbn-ts/language-common already, as "diceware"), and
 * the words an adversary who knows Parloir's users tries first. The names matter to zxcvbn: a "passwords" dictionary
 * earns the "commonly used password" warning, any other name none.
 */
let built: Record<string, string[]> | null = null;

export function extraDictionaries(): Record<string, string[]> {
  // Built once: folding the French lists takes a few hundred milliseconds, and each language's zxcvbn uses them.
  built ??= {
    'passwords-activist': unique(activistWords),
    'diceware-fr': unique(wordlists.fr.map((word) => word.toLowerCase())),
    'commonWords-fr-unaccented': unaccented(fr.dictionary['commonWords-fr'] ?? []),
    'wikipedia-fr-unaccented': unaccented(fr.dictionary['wikipedia-fr'] ?? []),
    'firstnames-fr-unaccented': unaccented(fr.dictionary['firstnames-fr'] ?? []),
  };
  return built;
}
