import addressFormatter from '@fragaria/address-formatter';
import type { PostalAddress } from '../schemas/facilities.schemas';

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

// International mail names the destination country in capitals on the last line. French is the Universal Postal
// Union's working language, so a French name is understood by every postal service, whatever the sender's country.
const countryNames = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' });

function nameLines(input: AddressBlockInput, country: string): string[] {
  const given = input.givenNames ?? '';
  const number = input.prisonerNumber;
  if (country === 'FR') {
    // French usage: family name in capitals first ("NOM Prénom").
    const name = [input.familyName.toLocaleUpperCase('fr'), given].filter(Boolean).join(' ');
    return number ? [name, numberLabel.FR?.(number) ?? defaultNumberLabel(number)] : [name];
  }
  const name = [given, input.familyName].filter(Boolean).join(' ');
  // US federal prisons: name and register number together on the first line.
  if (country === 'US') return [number ? `${name} #${number}` : name];
  if (!number) return [name];
  return [name, (numberLabel[country] ?? defaultNumberLabel)(number)];
}

/** French Cedex belongs at the end of the postcode + city line, not on the BP line: "31603 MURET CEDEX 9". */
function splitCedex(poBox: string | null): { box: string | null; cedex: string | null } {
  if (!poBox) return { box: null, cedex: null };
  const match = /\bcedex\b(\s*\d+)?/iu.exec(poBox);
  if (!match) return { box: poBox, cedex: null };
  const box = poBox.replace(match[0], '').replace(/^[\s,;–-]+|[\s,;–-]+$/gu, '');
  return { box: box || null, cedex: `CEDEX${match[1] ?? ''}` };
}

/** Street, extra line, postcode and city in the destination country's own order (OpenCage templates). */
function postalLines(address: PostalAddress, city: string): string[] {
  return addressFormatter.format(
    {
      countryCode: address.country,
      // `house` is what the templates print above the street: building, wing, "c/o".
      ...(address.extra ? { house: address.extra } : {}),
      ...(address.street ? { road: address.street } : {}),
      ...(address.postcode ? { postcode: address.postcode } : {}),
      city,
      // Italian addresses end with the province code ("20144 Milano MI"), which the templates read as `county`.
      ...(address.region ? (address.country === 'IT' ? { county: address.region } : { state: address.region }) : {}),
    },
    { output: 'array', appendCountry: false },
  );
}

/**
 * The address block exactly as it is printed on an envelope or a label: the name line (and the prisoner number the
 * way the country's prisons expect it), the facility, the postal address in the country's order with the PO box /
 * BP / Postfach line above the town, and the destination country in capitals for international mail.
 */
export function composeAddressBlock(input: AddressBlockInput): string[] {
  const { address } = input;
  const country = address.country.toUpperCase();
  const { box, cedex } = country === 'FR' ? splitCedex(address.poBox) : { box: address.poBox, cedex: null };
  const city = cedex ? `${address.city} ${cedex}` : address.city;
  const lines = postalLines(address, city);
  let cityLine = lines.findIndex((line) => line.includes(city));
  if (cityLine < 0) cityLine = lines.length - 1;
  // La Poste reads the last line by machine: postcode and town in capitals.
  const located = lines[cityLine];
  if (country === 'FR' && located !== undefined) lines[cityLine] = located.toLocaleUpperCase('fr');
  if (box) lines.splice(Math.max(cityLine, 0), 0, box);
  // German prisons are addressed to the institution first, the prisoner below it (ARCHITECTURE.md section 7).
  const people = nameLines(input, country);
  const head = country === 'DE' ? [input.facilityName, ...people] : [...people, input.facilityName];
  const block = [...head, ...lines];
  const sender = input.senderCountry?.toUpperCase() ?? null;
  if (sender !== country) block.push((countryNames.of(country) ?? country).toLocaleUpperCase('fr'));
  return block.map((line) => line.trim()).filter((line) => line.length > 0);
}
