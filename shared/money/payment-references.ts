import type { StatementReference } from './statement.types';

/**
 * The structured payment references a payer quotes so a payment finds its fund or donor exactly: the Belgian
 * structured communication (+++123/4567/89012+++), the ISO 11649 creditor reference (RF…) and the Swiss QR reference
 * (27 digits). Each kind is parsed from what people type, checked with its own algorithm, formatted the way banks
 * print it, and created from a number. Values are kept as the check algorithm reads them: digits and capital letters.
 */
export type ReferenceKind = StatementReference['kind'];

/** The remainder modulo 97 of a long decimal string, digit by digit (a 27-digit number exceeds a double's precision). */
function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  return remainder;
}

const withoutSeparators = (text: string): string => text.replace(/[\s/]/g, '');

// ---- Belgian structured communication -------------------------------------------------------------------------

function belgianCheck(firstTen: string): string {
  const remainder = mod97(firstTen);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** The 12 digits of a Belgian structured communication as typed (+++…+++, ***…***, spaces, slashes), or null. */
export function parseBelgianReference(text: string): string | null {
  const bare = withoutSeparators(text.trim())
    .replace(/^(\+{3}|\*{3})/, '')
    .replace(/(\+{3}|\*{3})$/, '');
  return /^\d{12}$/.test(bare) ? bare : null;
}

export function isValidBelgianReference(value: string): boolean {
  return /^\d{12}$/.test(value) && belgianCheck(value.slice(0, 10)) === value.slice(10);
}

/** +++123/4567/89012+++, as Belgian banks print it. */
export function formatBelgianReference(value: string): string {
  return `+++${value.slice(0, 3)}/${value.slice(3, 7)}/${value.slice(7)}+++`;
}

/** The reference for a number from 0 to 9,999,999,999 (a donor's or fund's number), left-padded to 10 digits. */
export function createBelgianReference(base: number | string): string {
  const digits = String(base);
  if (!/^\d{1,10}$/.test(digits)) throw new RangeError(`A Belgian reference is built from 1 to 10 digits: ${digits}`);
  const firstTen = digits.padStart(10, '0');
  return firstTen + belgianCheck(firstTen);
}

// ---- ISO 11649 creditor reference -----------------------------------------------------------------------------

/** Letters become two digits (A=10 … Z=35), as ISO 7064 MOD 97-10 reads them. */
const asDigits = (alphanumeric: string): string =>
  alphanumeric.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/** A creditor reference as typed (spaces, any case), or null when it is not shaped like one. */
export function parseCreditorReference(text: string): string | null {
  const bare = text.replace(/\s/g, '').toUpperCase();
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(bare) ? bare : null;
}

/**
 * The check digits are 98 − (n mod 97), so 02 to 98: 00, 01 and 99 also give a remainder of 1 (99 is 02 plus 97) but
 * no creator ever writes them, so they mark a mistyped reference.
 */
export function isValidCreditorReference(value: string): boolean {
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(value)) return false;
  const check = Number(value.slice(2, 4));
  if (check < 2 || check > 98) return false;
  return mod97(asDigits(value.slice(4) + value.slice(0, 4))) === 1;
}

/** RF18 5390 0754 7034: groups of four, the last one shorter. */
export function formatCreditorReference(value: string): string {
  return value.replace(/(.{4})(?=.)/g, '$1 ');
}

/** RF + check digits + the body (1 to 21 letters or digits; spaces and case are forgiven). */
export function createCreditorReference(body: string): string {
  const clean = body.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z0-9]{1,21}$/.test(clean))
    throw new RangeError(`A creditor reference body is 1 to 21 letters or digits: ${body}`);
  const check = 98 - mod97(asDigits(`${clean}RF00`));
  return `RF${String(check).padStart(2, '0')}${clean}`;
}

// ---- Swiss QR reference ---------------------------------------------------------------------------------------

const QRR_CARRY = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

/** The recursive modulo-10 check digit of the Swiss payment standards over the given digits. */
function qrCheckDigit(digits: string): string {
  let carry = 0;
  for (const digit of digits) carry = QRR_CARRY[(carry + digit.charCodeAt(0) - 48) % 10] ?? 0;
  return String((10 - carry) % 10);
}

export function parseQrReference(text: string): string | null {
  const bare = text.replace(/\s/g, '');
  return /^\d{27}$/.test(bare) ? bare : null;
}

export function isValidQrReference(value: string): boolean {
  return /^\d{27}$/.test(value) && qrCheckDigit(value.slice(0, 26)) === value[26];
}

/** 21 00000 00003 13947 14300 09017: two digits, then groups of five. */
export function formatQrReference(value: string): string {
  return `${value.slice(0, 2)} ${value.slice(2).replace(/(\d{5})(?=\d)/g, '$1 ')}`;
}

/** The 27-digit reference for up to 26 digits (left-padded with zeros, as the standard allows). */
export function createQrReference(digits: string): string {
  if (!/^\d{1,26}$/.test(digits)) throw new RangeError(`A QR reference is built from 1 to 26 digits: ${digits}`);
  const body = digits.padStart(26, '0');
  return body + qrCheckDigit(body);
}

// ---- Any kind -------------------------------------------------------------------------------------------------

export function isValidReference(reference: StatementReference): boolean {
  if (reference.kind === 'be') return isValidBelgianReference(reference.value);
  if (reference.kind === 'rf') return isValidCreditorReference(reference.value);
  return isValidQrReference(reference.value);
}

export function formatReference(reference: StatementReference): string {
  if (reference.kind === 'be') return formatBelgianReference(reference.value);
  if (reference.kind === 'rf') return formatCreditorReference(reference.value);
  return formatQrReference(reference.value);
}

/** Candidates in the order a remittance text makes them most certain: marked Belgian, RF, QR, then bare digits. */
const MARKED_BELGIAN = /(?:\+{3}|\*{3})\s*(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})\s*(?:\+{3}|\*{3})/g;
const SLASHED_BELGIAN = /(?<![\d/])(\d{3})\s*\/\s*(\d{4})\s*\/\s*(\d{5})(?![\d/])/g;
const CREDITOR_START = /(?<![A-Z0-9])RF\d{2}/gi;
const GROUPED_QR = /(?<!\d)(\d{2}(?: ?\d{5}){5})(?!\d)/g;
const BARE_DIGITS = /(?<!\d)(\d{12}|\d{27})(?!\d)/g;

/**
 * The longest valid creditor reference starting at `start`: its groups may be written with single spaces
 * (RF18 5390 0754 7034), and a word may follow, so each possible end at a group boundary is tried, longest first.
 */
function creditorReferenceAt(text: string, start: number): string | null {
  const tail = text.slice(start, start + 40).toUpperCase();
  const ends: string[] = [];
  let value = '';
  for (const match of tail.matchAll(/[A-Z0-9]+|./g)) {
    const piece = match[0];
    if (/^[A-Z0-9]+$/.test(piece)) {
      value += piece;
      if (value.length > 25) break;
      ends.push(value);
    } else if (piece !== ' ') break;
  }
  for (const candidate of ends.reverse()) if (isValidCreditorReference(candidate)) return candidate;
  return null;
}

/** A match's groups as one value, without the blanks between groups of digits. */
const joined = (match: RegExpMatchArray): string => match.slice(1).join('').replace(/ /g, '');

/** The first valid structured reference of any kind in a free remittance text, or null (an invalid one is no reference). */
export function detectReference(text: string | null | undefined): StatementReference | null {
  if (!text) return null;
  for (const match of text.matchAll(MARKED_BELGIAN)) {
    const value = joined(match);
    if (isValidBelgianReference(value)) return { kind: 'be', value };
  }
  for (const match of text.matchAll(CREDITOR_START)) {
    const value = creditorReferenceAt(text, match.index);
    if (value) return { kind: 'rf', value };
  }
  for (const match of text.matchAll(GROUPED_QR)) {
    const value = joined(match);
    if (isValidQrReference(value)) return { kind: 'qrr', value };
  }
  for (const match of text.matchAll(SLASHED_BELGIAN)) {
    const value = joined(match);
    if (isValidBelgianReference(value)) return { kind: 'be', value };
  }
  for (const match of text.matchAll(BARE_DIGITS)) {
    const value = joined(match);
    if (value.length === 12 && isValidBelgianReference(value)) return { kind: 'be', value };
    if (value.length === 27 && isValidQrReference(value)) return { kind: 'qrr', value };
  }
  return null;
}
