import { minorDigits } from '../shared/money/money-values';

/**
 * An amount as people type it on a command line, into integer minor units of the currency: "1234,56", "1234.56",
 * "-50", "1 234,56", "1'234.56", "1.234,56". When both a comma and a point appear, the last one is the decimal mark;
 * alone, either is. More decimals than the currency has (or none allowed, JPY) is refused, never rounded: undefined.
 */
export function readAmountArgument(text: string, currency: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/gu, '');
  const match = /^([-+]?)(\d[\d.,]*)$/u.exec(compact);
  if (!match) return undefined;
  const [, sign, number = ''] = match;
  const mark = Math.max(number.lastIndexOf(','), number.lastIndexOf('.'));
  const both = number.includes(',') && number.includes('.');
  // Separators before the decimal mark are thousands only when both kinds appear: "1.234" alone is refused as ambiguous.
  const whole = (mark === -1 ? number : number.slice(0, mark)).replace(/[.,]/gu, '');
  const fraction = mark === -1 ? '' : number.slice(mark + 1);
  if (/[.,]/u.test(fraction) || (!both && /[.,]/u.test(number.slice(0, mark)))) return undefined;
  const digits = minorDigits(currency);
  if (fraction.length > digits || whole === '') return undefined;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return undefined;
  return sign === '-' ? -minor : minor;
}
