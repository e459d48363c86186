import type { PostalAddress } from '../registry/facilities.schemas';
import type { Language } from '../settings/settings.schemas';
import { countryLine, countryLineLanguage, needsCountryLine } from './country-line';
import { moduleLine, numberLine } from './number-line';
import { composePostalLines, tidyLines } from './postal-lines';

export interface AddressBlockInput {
  /** The name as the prison knows it. */
  familyName: string;
  givenNames: string | null;
  /** The number of the current stay: prisons renumber on transfer. */
  prisonerNumber: string | null;
  /** The Spanish prison's unit (módulo) of the current stay; printed for Spanish prisons only. */
  module?: string | null;
  facilityName: string;
  address: PostalAddress;
  /** Where the letter leaves from (the group's country); the destination country line is left out when it is the same. */
  senderCountry?: string | null;
  /** The group's language (the app's): the number line where the destination has no term of its own, the country line. */
  language?: Language;
  /**
   * `composePostalLines(address)` when the caller already has it: a print selection composes each facility's lines
   * once for all its prisoners (the address formatter is most of a 3,000-address selection's time).
   */
  postalLines?: readonly string[];
}

/** Greek capitals drop their accents (Παπαδόπουλος -> ΠΑΠΑΔΟΠΟΥΛΟΣ), which only the Greek rules know. */
function upperFamilyName(name: string): string {
  return name.toLocaleUpperCase(/\p{Script=Greek}/u.test(name) ? 'el' : 'fr');
}

/**
 * The person's lines, name first in every country: the German prisons' own pages (JVA Bremervörde, JVA Schwäbisch
 * Hall) ask for name, Buchnummer, then the institution.
 */
function personLines(input: AddressBlockInput, country: string, language: Language): string[] {
  const given = input.givenNames ?? '';
  const number = input.prisonerNumber;
  // French usage: family name in capitals first ("NOM Prénom").
  const name =
    country === 'FR'
      ? [upperFamilyName(input.familyName), given].filter(Boolean).join(' ')
      : [given, input.familyName].filter(Boolean).join(' ');
  // US federal prisons (BOP, "Sending mail"): name and register number together on the first line.
  if (country === 'US') return [number ? `${name} #${number}` : name];
  const lines = [name];
  if (number) lines.push(numberLine(country, number, language));
  if (country === 'ES' && input.module) lines.push(moduleLine(input.module));
  return lines;
}

/**
 * The address block exactly as it is printed on an envelope or a label: the name line (and the prisoner number the
 * way the country's prisons expect it), the facility, the postal address in the country's order with the PO box /
 * BP / Postfach line above the town, and the destination country in capitals for international mail, in the language
 * the sending country's post reads.
 */
export function composeAddressBlock(input: AddressBlockInput): string[] {
  const country = input.address.country.toUpperCase();
  const language = input.language ?? 'fr';
  const block = [
    ...personLines(input, country, language),
    input.facilityName,
    ...(input.postalLines ?? composePostalLines(input.address)),
  ];
  if (needsCountryLine(country, input.senderCountry))
    block.push(countryLine(country, countryLineLanguage(input.senderCountry, language)));
  return tidyLines(block);
}
