import type { Language } from '../settings/settings.schemas';

/**
 * The language a sending country's post reads the destination country in. The UPU asks for the destination country
 * last, in capitals, in the language of the country of posting or in French or English, its working languages; La
 * Poste and bpost read French, Royal Mail, An Post and USPS read English. Elsewhere (Switzerland's French and German
 * parts, Germany, Spain...) Parloir writes the group's own language, French or English, which every post accepts.
 */
const postLanguage: Readonly<Record<string, Language>> = {
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  MC: 'fr',
  GB: 'en',
  IE: 'en',
  US: 'en',
};

export function countryLineLanguage(origin: string | null | undefined, language: Language): Language {
  return postLanguage[origin?.toUpperCase() ?? ''] ?? language;
}

const names: Record<Language, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
};

/**
 * The country line of international mail: the country's name in capitals in the given language ("ALLEMAGNE",
 * "GERMANY"). French and English names are in Latin script, so the sorting office of the sending country can read it
 * even when the rest of the block is in Greek or Cyrillic.
 */
export function countryLine(country: string, language: Language = 'fr'): string {
  const code = country.toUpperCase();
  return (names[language].of(code) ?? code).toLocaleUpperCase(language);
}

/**
 * Whether an address needs its country line: only when the letter crosses a border. An unknown origin (the group's
 * country not set) always gets it, since a line too many is harmless and one too few loses the letter.
 */
export function needsCountryLine(destination: string, origin: string | null | undefined): boolean {
  return origin?.toUpperCase() !== destination.toUpperCase();
}
