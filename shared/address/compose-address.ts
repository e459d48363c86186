import type { PostalAddress } from '../registry/facilities.schemas';
import { composePostalLines, countryLine, needsCountryLine, tidyLines } from './postal-lines';

export interface AddressBlockInput {
  /** The name as the prison knows it. */
  familyName: string;
  givenNames: string | null;
  /** The number of the current stay: prisons renumber on transfer. */
  prisonerNumber: string | null;
  facilityName: string;
  address: PostalAddress;
  /** Where the letter leaves from; the destination country line is left out when it is the same. */
  senderCountry?: string | null;
}

/** How each country's prisons want the number written, on its own line after the name. */
const numberLabel: Record<string, (n: string) => string> = {
  FR: (n) => `écrou n° ${n}`,
  DE: (n) => `Buchnummer ${n}`,
  AT: (n) => `Buchnummer ${n}`,
  IT: (n) => `matricola ${n}`,
  ES: (n) => `NIS ${n}`,
};
const defaultNumberLabel = (n: string) => `No. ${n}`;

/** Greek capitals drop their accents (Παπαδόπουλος -> ΠΑΠΑΔΟΠΟΥΛΟΣ), which only the Greek rules know. */
function upperFamilyName(name: string): string {
  return name.toLocaleUpperCase(/\p{Script=Greek}/u.test(name) ? 'el' : 'fr');
}

function nameLines(input: AddressBlockInput, country: string): string[] {
  const given = input.givenNames ?? '';
  const number = input.prisonerNumber;
  if (country === 'FR') {
    // French usage: family name in capitals first ("NOM Prénom").
    const name = [upperFamilyName(input.familyName), given].filter(Boolean).join(' ');
    return number ? [name, numberLabel.FR?.(number) ?? defaultNumberLabel(number)] : [name];
  }
  const name = [given, input.familyName].filter(Boolean).join(' ');
  // US federal prisons: name and register number together on the first line.
  if (country === 'US') return [number ? `${name} #${number}` : name];
  if (!number) return [name];
  return [name, (numberLabel[country] ?? defaultNumberLabel)(number)];
}

/**
 * The address block exactly as it is printed on an envelope or a label: the name line (and the prisoner number the
 * way the country's prisons expect it), the facility, the postal address in the country's order with the PO box /
 * BP / Postfach line above the town, and the destination country in capitals for international mail.
 */
export function composeAddressBlock(input: AddressBlockInput): string[] {
  const country = input.address.country.toUpperCase();
  const people = nameLines(input, country);
  // German prisons are addressed to the institution first, the prisoner below it.
  const head = country === 'DE' ? [input.facilityName, ...people] : [...people, input.facilityName];
  const block = [...head, ...composePostalLines(input.address)];
  if (needsCountryLine(country, input.senderCountry)) block.push(countryLine(country));
  return tidyLines(block);
}
