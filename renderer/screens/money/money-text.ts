import { parseAmount } from '../../../shared/parcels/money-text';
import type { Language } from '../../../shared/settings/settings.schemas';

/** Minor units per currency; a list is only ever summed inside one currency. */
export function sumByCurrency<T>(rows: readonly T[], currencyOf: (row: T) => string, minorOf: (row: T) => number) {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(currencyOf(row), (sums.get(currencyOf(row)) ?? 0) + minorOf(row));
  return [...sums].map(([currency, minor]) => ({ currency, minor }));
}

/** An IBAN in groups of four, as it is printed on a statement (BE71 0961 2345 6769). */
export function groupIban(iban: string): string {
  return iban
    .replace(/\s/gu, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/gu, '$1 ');
}

/**
 * A positive amount typed in a form: its minor units, or the key of what is wrong (empty, or not an amount in that
 * currency in the user's language: "12,50" in French, "12.50" in English).
 */
export function readPositiveAmount(
  text: string,
  language: Language,
  currency: string,
): { minor: number } | { error: 'amount.required' | 'amount.invalid' } {
  const minor = parseAmount(text, language, currency);
  if (minor === null) return { error: 'amount.required' };
  if (minor === undefined || minor === 0) return { error: 'amount.invalid' };
  return { minor };
}
