import { nameCollator } from '../shared/name-order';
import type { Language } from '../shared/settings/settings.schemas';

/** ISO 3166-1 alpha-2 codes in use; the names come from the browser (Intl) in the user's language. */
const countryCodes =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB
GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH
KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE
SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC
VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`.split(/\s+/);

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([locales[language]], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country as `{ value: code, label: name }`, sorted by name the way the user's language sorts. */
export function countryOptions(language: Language): { value: string; label: string }[] {
  const order = nameCollator(language);
  return countryCodes
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => order.compare(a.label, b.label));
}

/** The countries of these codes (repeats once), `{ code, name }` sorted by name in the user's language: the filters. */
export function countriesOf(codes: readonly string[], language: Language): { code: string; name: string }[] {
  const order = nameCollator(language);
  return [...new Set(codes)]
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => order.compare(a.name, b.name));
}

export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([locales[language]], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
