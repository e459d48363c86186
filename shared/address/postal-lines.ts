import addressFormatter from '@fragaria/address-formatter';
import type { PostalAddress } from '../registry/facilities.schemas';
import { sameName } from '../same-name';

/** French Cedex belongs at the end of the postcode + city line, not on the BP line: "31603 MURET CEDEX 9". */
function splitCedex(poBox: string | null): { box: string | null; cedex: string | null } {
  if (!poBox) return { box: null, cedex: null };
  const match = /\bcedex\b(\s*\d+)?/iu.exec(poBox);
  if (!match) return { box: poBox, cedex: null };
  const box = poBox.replace(match[0], '').replace(/^[\s,;–-]+|[\s,;–-]+$/gu, '');
  return { box: box || null, cedex: `CEDEX${match[1] ?? ''}` };
}

/**
 * The town as each post wants it on the postcode line, where the OpenCage templates leave the province out:
 * - Turkey (UPU, "Turkey": postcode + locality/PROVINCE, "06101 ALTINDAĞ/ANKARA"): "34570 Silivri/İSTANBUL", the
 *   province in Turkish capitals (i -> İ);
 * - Spain (Correos, "How do I write the address": post code - town, then the province; in brackets on the town's
 *   line for mail from abroad): "28791 Soto del Real (Madrid)", only when the province is not the town itself
 *   (accents and case aside, shared/same-name.ts);
 * - United Kingdom (Post Office, "Clear addressing": the post town printed in capitals): "LONDON".
 * Returns whether the region was used, so the template does not print it a second time.
 */
function townOf(country: string, address: PostalAddress, city: string): { town: string; regionUsed: boolean } {
  const region = address.region;
  if (country === 'TR' && region && !sameName(region, city))
    return { town: `${city}/${region.toLocaleUpperCase('tr')}`, regionUsed: true };
  if (country === 'ES' && region)
    return { town: sameName(region, city) ? city : `${city} (${region})`, regionUsed: true };
  if (country === 'GB') return { town: city.toLocaleUpperCase('en'), regionUsed: false };
  return { town: city, regionUsed: false };
}

/** Street, extra line, postcode and city in the country's own order (OpenCage templates). */
function formatted(
  address: PostalAddress,
  parts: { street: string | null; postcode: string | null; city: string; region: string | null },
): string[] {
  return addressFormatter.format(
    {
      countryCode: address.country,
      // `house` is what the templates print above the street: building, wing, "c/o".
      ...(address.extra ? { house: address.extra } : {}),
      ...(parts.street ? { road: parts.street } : {}),
      ...(parts.postcode ? { postcode: parts.postcode } : {}),
      city: parts.city,
      // Italian addresses end with the province code ("20144 Milano MI"), which the templates read as `county`.
      ...(parts.region ? (address.country === 'IT' ? { county: parts.region } : { state: parts.region }) : {}),
    },
    { output: 'array', appendCountry: false },
  );
}

/**
 * The postal part of an address, without names or country: the country's line order, with the PO box / BP /
 * Postfach line above the town and the box's own postcode (when it has one) on the town line, French Cedex after the
 * town and the French town line in capitals.
 */
export function composePostalLines(address: PostalAddress): string[] {
  const country = address.country.toUpperCase();
  const { box, cedex } = country === 'FR' ? splitCedex(address.poBox) : { box: address.poBox, cedex: null };
  const city = cedex ? `${address.city} ${cedex}` : address.city;
  const { town, regionUsed } = townOf(country, address, city);
  const lines = formatted(address, {
    // DIN 5008 and Deutsche Post: a Postfach replaces the street (the letter goes to the box, not the building).
    street: country === 'DE' && box ? null : address.street,
    postcode: (box && address.poBoxPostcode) || address.postcode,
    city: town,
    region: regionUsed ? null : address.region,
  });
  let cityLine = lines.findIndex((line) => line.includes(town));
  if (cityLine < 0) cityLine = lines.length - 1;
  // La Poste reads the last line by machine: postcode and town in capitals.
  const located = lines[cityLine];
  if (country === 'FR' && located !== undefined) lines[cityLine] = located.toLocaleUpperCase('fr');
  if (box) lines.splice(Math.max(cityLine, 0), 0, box);
  return lines;
}

export const tidyLines = (lines: readonly string[]): string[] =>
  lines.map((line) => line.trim()).filter((line) => line.length > 0);
