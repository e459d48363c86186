import type { CsvProfile, CsvThousandsSeparator } from '../../../shared/money/csv-profile.schemas';
import { minorUnits } from './camt-amount';

/**
 * An amount cell in the profile's notation, read exactly into signed minor units (never through a float). Accepted:
 * "1 234,56" (any of the three spaces), "1'234.56" (' or ’), "12.345,67", "-12,5", "+3", "12,50-" (a trailing minus,
 * as some Swiss and German exports write debits), "−12,50" (U+2212) and "(12.00)" (accounting parentheses: negative).
 * Thousands separators must group by three from the decimal separator: "12.5" under a point-grouping profile could be
 * twelve and a half or a typo for 12,500, so it is refused rather than guessed. More decimals than the currency has are
 * refused (amount_too_precise) unless they are zeros ("12,500" EUR is 12.50), as the camt reader does.
 */

export type CsvAmountReading =
  { ok: true; minor: number } | { ok: false; code: 'missing_amount' | 'bad_amount' | 'amount_too_precise' };

const GROUP_CHARACTERS: Record<CsvThousandsSeparator, string> = {
  none: '',
  space: ' \u00A0\u202F',
  apostrophe: "'\u2019",
  point: '.',
  comma: ',',
};

const escapeForClass = (characters: string): string => characters.replace(/[\\\]^-]/gu, '\\$&');

const groupedPatterns = new Map<CsvThousandsSeparator, RegExp>();

function wholePartPattern(thousands: CsvThousandsSeparator): RegExp {
  let pattern = groupedPatterns.get(thousands);
  if (!pattern) {
    const characters = GROUP_CHARACTERS[thousands];
    pattern = characters ? new RegExp(`^(?:\\d+|\\d{1,3}(?:[${escapeForClass(characters)}]\\d{3})+)$`, 'u') : /^\d+$/u;
    groupedPatterns.set(thousands, pattern);
  }
  return pattern;
}

/** The cell without its sign, and whether the sign said negative; null when it carries two signs. */
function unsigned(text: string): { body: string; negative: boolean } | null {
  let body = text;
  let signs = 0;
  let negative = false;
  const parenthesised = /^\((.*)\)$/u.exec(body);
  if (parenthesised) {
    body = (parenthesised[1] ?? '').trim();
    negative = true;
    signs += 1;
  }
  const leading = /^([-+\u2212])\s*/u.exec(body);
  if (leading) {
    body = body.slice(leading[0].length);
    negative = negative || leading[1] !== '+';
    signs += 1;
  }
  if (/\s*-$/u.test(body)) {
    body = body.replace(/\s*-$/u, '');
    negative = true;
    signs += 1;
  }
  return signs > 1 ? null : { body, negative };
}

export function parseCsvAmount(
  cell: string,
  notation: Pick<CsvProfile, 'decimal' | 'thousands'>,
  currency: string,
): CsvAmountReading {
  const text = cell.trim();
  if (text === '') return { ok: false, code: 'missing_amount' };
  const signed = unsigned(text);
  if (!signed) return { ok: false, code: 'bad_amount' };
  const parts = signed.body.split(notation.decimal);
  if (parts.length > 2) return { ok: false, code: 'bad_amount' };
  const [whole = '', fraction] = parts;
  if (!wholePartPattern(notation.thousands).test(whole)) return { ok: false, code: 'bad_amount' };
  if (fraction !== undefined && !/^\d+$/u.test(fraction)) return { ok: false, code: 'bad_amount' };
  const digits = whole.replace(/\D/gu, '');
  const reading = minorUnits(fraction === undefined ? digits : `${digits}.${fraction}`, currency);
  if (!reading.ok) return reading;
  return { ok: true, minor: signed.negative && reading.minor !== 0 ? -reading.minor : reading.minor };
}
