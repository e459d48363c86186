import type { Language } from './settings/settings.schemas';

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const collators = new Map<Language, Intl.Collator>();

/**
 * Names in the order a reader of that language expects: accents and case do not separate "Écrivain" from "Ecrivain"
 * (both fall between "Dupont" and "Fabre"), and numbers inside names go in numeric order ("Bâtiment 9" before
 * "Bâtiment 10"). Every list of names is sorted with this, on both sides: the vault's lists use French (the main
 * process does not know the window's language, and a list must sort the same in the window and in its export),
 * the window's own lists (countries) the user's language.
 */
export function nameCollator(language: Language = 'fr'): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(locales[language], { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}
