import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { StatementSide } from '../../../shared/money/statement.types';

/**
 * Reading the fixed-width fields of a CODA 2.x record (Febelfin "Coded statement of account"): positions are 1-based
 * and inclusive, as the standard's tables print them, so a layout can be checked against the standard by eye.
 */
export function field(record: string, from: number, to: number): string {
  return record.slice(from - 1, to);
}

/** A field's text without the padding blanks, or null when it is all blanks. */
export function textField(record: string, from: number, to: number): string | null {
  const text = field(record, from, to).trim();
  return text === '' ? null : text;
}

/** Free text as people read it: the standard cuts text at fixed widths and pads with blanks, so runs collapse. */
export function collapseBlanks(text: string): string | null {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

export type AmountReading = { ok: true; thousandths: number; minor: number; fractionOfCent: boolean } | { ok: false };

/**
 * An amount of 15 digits, the last 3 of them decimals. Minor units are cents (CODA accounts are in two-decimal
 * currencies); a non-zero third decimal is not money a bank can move, so it is flagged rather than rounded away.
 */
export function readAmount(record: string, from: number): AmountReading {
  const digits = field(record, from, from + 14);
  if (!/^\d{15}$/.test(digits)) return { ok: false };
  const thousandths = Number(digits);
  return { ok: true, thousandths, minor: Math.trunc(thousandths / 10), fractionOfCent: thousandths % 10 !== 0 };
}

/** The sign code CODA puts before every amount: 0 credit, 1 debit; anything else is not a sign. */
export function readSide(record: string, position: number): StatementSide | null {
  const code = field(record, position, position);
  return code === '0' ? 'credit' : code === '1' ? 'debit' : null;
}

/**
 * A DDMMYY date as YYYY-MM-DD, or null when it is not a calendar date. CODA 2 files all postdate 2000, so a two-digit year is
 * read in this century.
 */
export function readDate(record: string, from: number): string | null {
  const text = field(record, from, from + 5);
  if (!/^\d{6}$/.test(text)) return null;
  const day = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const year = 2000 + Number(text.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${text.slice(2, 4)}-${text.slice(0, 2)}`;
}

/** "000000" says the bank does not know the date (a value date may be unknown). */
export const isUnknownDate = (record: string, from: number): boolean => field(record, from, from + 5) === '000000';

export interface AccountZone {
  iban: string | null;
  currency: string | null;
}

/**
 * The 37-character "account number and currency code" zone of records 1 and 8, laid out by the account structure
 * code: 0 Belgian account (12 digits, blank, currency), 1 foreign account (34, currency), 2 Belgian IBAN (31, 3
 * extension, currency), 3 foreign IBAN (34, currency).
 */
export function readAccountZone(structure: string, zone: string): AccountZone | null {
  const currencyText = (from: number): string | null => {
    const code = zone.slice(from, from + 3);
    return /^[A-Z]{3}$/.test(code) ? code : null;
  };
  if (structure === '0') return { iban: null, currency: currencyText(13) };
  if (structure === '1') return { iban: null, currency: currencyText(34) };
  if (structure === '2') return { iban: ibanOrNull(zone.slice(0, 31)), currency: currencyText(34) };
  if (structure === '3') return { iban: ibanOrNull(zone.slice(0, 34)), currency: currencyText(34) };
  return null;
}

/** The IBAN at the start of an account field, in electronic format, or null for an old domestic number or blanks. */
export function ibanOrNull(text: string): string | null {
  const first = text.trim().split(/\s+/)[0] ?? '';
  const iban = electronicFormatIBAN(first) ?? '';
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) && isValidIBAN(iban) ? iban : null;
}
