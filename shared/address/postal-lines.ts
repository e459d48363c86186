import addressFormatter from '@fragaria/address-formatter';
import type { PostalAddress } from '../registry/facilities.schemas';

// International mail names the destination country in capitals on the last line. French is the Universal Postal
// Union's working language, so a French name is understood by every postal service, whatever the sender's country.
const countryNames = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' });

/** The country line of international mail: the country's French name in capitals ("ALLEMAGNE"). */
export function countryLine(country: string): string {
  const code = country.toUpperCase();
  return (countryNames.of(code) ?? code).toLocaleUpperCase('fr');
}

/**
 * Whether an address needs its country line: only when the letter crosses a border. An unknown origin (the group's
 * country not set) always gets it, since a line too many is harmless and one too few loses the letter.
 */
export function needsCountryLine(destination: string, origin: string | null | undefined): boolean {
  return origin?.toUpperCase() !== destination.toUpperCase();
}

/** French Cedex belongs at the end of the postcode + city line, not on the BP line: "31603 MURET CEDEX 9". */
function splitCedex(poBox: string | null): { box: string | null; cedex: string | null } {
  if (!poBox) return { box: null, cedex: null };
  const match = /\bcedex\b(\s*\d+)?/iu.exec(poBox);
  if (!match) return { box: poBox, cedex: null };
  const box = poBox.replace(match[0], '').replace(/^[\s,;–-]+|[\s,;–-]+$/gu, '');
  return { box: box || null, cedex: `CEDEX${match[1] ?? ''}` };
}

/** Street, extra line, postcode and city in the country's own order (OpenCage templates). */
function formatted(address: PostalAddress, city: string): string[] {
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
 * The postal part of an address, without names or country: the country's line order, with the PO box / BP /
 * Postfach line above the town, French Cedex after the town and the French town line in capitals.
 */
export function composePostalLines(address: PostalAddress): string[] {
  const country = address.country.toUpperCase();
  const { box, cedex } = country === 'FR' ? splitCedex(address.poBox) : { box: address.poBox, cedex: null };
  const city = cedex ? `${address.city} ${cedex}` : address.city;
  const lines = formatted(address, city);
  let cityLine = lines.findIndex((line) => line.includes(city));
  if (cityLine < 0) cityLine = lines.length - 1;
  // La Poste reads the last line by machine: postcode and town in capitals.
  const located = lines[cityLine];
  if (country === 'FR' && located !== undefined) lines[cityLine] = located.toLocaleUpperCase('fr');
  if (box) lines.splice(Math.max(cityLine, 0), 0, box);
  return lines;
}

export const tidyLines = (lines: readonly string[]): string[] =>
  lines.map((line) => line.trim()).filter((line) => line.length > 0);
