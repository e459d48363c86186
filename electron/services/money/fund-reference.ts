import { randomInt } from 'node:crypto';
import { extractIBAN } from 'ibantools';
import { AppError } from '../../../shared/errors';
import type { ReferenceKind } from '../../../shared/money/payment-references';
import {
  createBelgianReference,
  createCreditorReference,
  createQrReference,
} from '../../../shared/money/payment-references';

/** Random digits: a reference tells nothing about the fund (no order, no count of funds) and is hard to guess. */
function randomDigits(length: number): string {
  let digits = '';
  while (digits.length < length) digits += String(randomInt(0, 1_000_000)).padStart(6, '0');
  return digits.slice(0, length);
}

/** A new reference of the scheme, as its check algorithm writes it (bare: digits and capitals). */
export function freshReference(scheme: ReferenceKind): string {
  if (scheme === 'be') return createBelgianReference(randomDigits(10));
  if (scheme === 'rf') return createCreditorReference(randomDigits(12));
  return createQrReference(randomDigits(26));
}

/**
 * A Swiss or Liechtenstein QR-IBAN: its institution identifier (the 5 digits after the check digits) is 30000 to
 * 31999. Only a payment to a QR-IBAN carries a QR reference; a plain IBAN takes an RF reference or none.
 */
export function isQrIban(iban: string | null): boolean {
  if (iban === null) return false;
  const parts = extractIBAN(iban);
  if (!parts.valid || !['CH', 'LI'].includes(parts.countryCode ?? '')) return false;
  const institution = Number(iban.slice(4, 9));
  return institution >= 30000 && institution <= 31999;
}

export function refuseWithoutQrIban(): never {
  throw new AppError(
    'LEDGER_QR_IBAN_REQUIRED',
    'A QR reference is only for a CHF account whose IBAN is a QR-IBAN: use an RF reference otherwise',
  );
}
