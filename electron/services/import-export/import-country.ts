import { matchKey } from './import-words';

/** Languages whose country names a spreadsheet may use (the groups' own and their neighbours'). */
const NAME_LANGUAGES = ['fr', 'en', 'de', 'it', 'es', 'nl', 'pt', 'tr', 'pl'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Regions ICU names that are not countries with a postal address of their own in ISO 3166-1. */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);
/** Names people write that ICU does not list (it says "Türkiye", "United Kingdom"). */
const EXTRA_NAMES: Record<string, string> = {
  turkey: 'TR',
  angleterre: 'GB',
  england: 'GB',
  ecosse: 'GB',
  scotland: 'GB',
  'pays de galles': 'GB',
  wales: 'GB',
  'grande bretagne': 'GB',
  'great britain': 'GB',
  hollande: 'NL',
  holland: 'NL',
  usa: 'US',
};

interface CountryTables {
  /** Every code accepted as typed, to its current code ("UK" -> "GB"). */
  byCode: Map<string, string>;
  byName: Map<string, string>;
}
let cached: CountryTables | null = null;

function regionOf(code: string): string | undefined {
  return new Intl.Locale(Intl.getCanonicalLocales(`und-${code}`)[0] ?? 'und').region;
}

/** ICU knows every ISO 3166 region, its current code and its name in each language; built on first use. */
function tables(): CountryTables {
  if (cached) return cached;
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>(Object.entries(EXTRA_NAMES));
  const displays = NAME_LANGUAGES.map(
    (language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }),
  );
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const current = regionOf(code);
      if (!current || NOT_COUNTRIES.has(current) || displays[0]?.of(current) === undefined) continue;
      byCode.set(code, current);
      if (current !== code) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name !== undefined && !byName.has(matchKey(name))) byName.set(matchKey(name), code);
      }
    }
  }
  cached = { byCode, byName };
  return cached;
}

/**
 * "FR", "fr", "France", "Belgique", "Deutschland", "Türkiye" -> the ISO 3166-1 alpha-2 code; null when the text
 * names no country. Spreadsheets rarely hold codes, and an unknown code would print a wrong address.
 */
export function countryFromText(text: string): string | null {
  const trimmed = text.trim();
  const { byCode, byName } = tables();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return byCode.get(trimmed.toUpperCase()) ?? null;
  return byName.get(matchKey(trimmed)) ?? null;
}
