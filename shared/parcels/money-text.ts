import type { Money } from './parcels.schemas';

/** How many minor units a currency has (EUR 2, JPY 0, TND 3), as Intl knows it; 2 for a code it does not know. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

// Whole part (with or without thousands separators), then the decimals after the language's decimal separator.
const FRENCH = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u;
const ENGLISH = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/u;

/**
 * An amount as people type it, into integer minor units: "12,50" in French, "12.50" in English, spaces or the other
 * separator as thousands ("1 200,50", "1,200.50"). Null for an empty field; undefined when it is not an amount (or has
 * more decimals than the currency), so the form can say so rather than guess.
 */
export function parseAmount(text: string, language: 'fr' | 'en', currency: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '');
  if (compact === '') return null;
  const thousands = language === 'fr' ? '.' : ',';
  const match = (language === 'fr' ? FRENCH : ENGLISH).exec(compact);
  if (!match) return undefined;
  const digits = minorDigits(currency);
  const whole = (match[1] ?? '').replaceAll(thousands, '');
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** Minor units back to what the field shows ("12,50" / "12.50"), without the currency. */
export function amountText(minor: number, language: 'fr' | 'en', currency: string): string {
  const digits = minorDigits(currency);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, '0');
  return digits === 0 ? String(whole) : `${whole}${language === 'fr' ? ',' : '.'}${fraction}`;
}

/** An amount with its currency, in the reader's language ("12,50 €", "€12.50"). */
export function formatMoney(money: Money, language: 'fr' | 'en'): string {
  const digits = minorDigits(money.currency);
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }).format(
      money.minor / 10 ** digits,
    );
  } catch {
    return `${amountText(money.minor, language, money.currency)} ${money.currency}`;
  }
}
