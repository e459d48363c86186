/** The part of an address that locates it: what the fitting never wraps. */
export interface AddressLocation {
  postcode: string | null;
  city: string;
}

// Case and spaces aside: a town may be printed in capitals, a postcode grouped ("181 10" for 18110).
const plain = (text: string) => text.replace(/\s+/gu, '').toLocaleLowerCase();
const same = (a: string, b: string) => plain(a) === plain(b);
const holds = (line: string, part: string) => plain(part) !== '' && plain(line).includes(plain(part));

/**
 * How many of a block's last lines are kept whole: from the postcode-and-town line (or the town line just above a
 * postcode of its own, as in British addresses) to the end, the country line included. The search starts from the
 * bottom, so a prison named after its town is not taken for the town line. Without either, the last line alone.
 */
export function wholeTailOf(lines: readonly string[], location: AddressLocation): number {
  const { postcode, city } = location;
  const locates = (line: string) => holds(line, city) || (postcode !== null && holds(line, postcode));
  let first = -1;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    if (locates(lines[index] ?? '')) {
      first = index;
      break;
    }
  }
  if (first < 0) return Math.min(1, lines.length);
  // A line that is only the town or only the postcode belongs to the same group (LONDON above SW18 3HU).
  while (first > 0) {
    const above = lines[first - 1] ?? '';
    if (!(same(above, city) || (postcode !== null && same(above, postcode)))) break;
    first -= 1;
  }
  return lines.length - first;
}
