import type { CsvDateFormat } from '../../../shared/money/csv-profile.schemas';

/**
 * A date cell as a bank writes it, read with the profile's format into YYYY-MM-DD, or null when it is not a real
 * calendar date (31.02.2026, 00/01/2026). Some exports add the time of the booking ("02.03.2026 14:05:09"): it is
 * ignored, a statement line is booked on a day.
 */

const TIME_AFTER = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?`;

interface Pattern {
  regex: RegExp;
  order: 'dmy' | 'ymd';
}

function patternOf(format: CsvDateFormat): Pattern {
  if (format === 'yyyymmdd') return { regex: new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME_AFTER}$`, 'u'), order: 'ymd' };
  const separator = format.includes('/') ? '/' : format.includes('.') ? '\\.' : '-';
  const part = (token: string): string =>
    token === 'yyyy' ? '(\\d{4})' : token === 'yy' ? '(\\d{2})' : token.length === 2 ? '(\\d{2})' : '(\\d{1,2})';
  const tokens = format.split(/[/.-]/u);
  return {
    regex: new RegExp(`^${tokens.map(part).join(separator)}${TIME_AFTER}$`, 'u'),
    order: tokens[0]?.startsWith('y') ? 'ymd' : 'dmy',
  };
}

const patterns = new Map<CsvDateFormat, Pattern>();

export function parseCsvDate(text: string, format: CsvDateFormat): string | null {
  let pattern = patterns.get(format);
  if (!pattern) {
    pattern = patternOf(format);
    patterns.set(format, pattern);
  }
  const match = pattern.regex.exec(text.trim());
  if (!match) return null;
  const [first = '', second = '', third = ''] = match.slice(1);
  const [yearText, monthText, dayText] = pattern.order === 'ymd' ? [first, second, third] : [third, second, first];
  // A two-digit year on a bank statement is this century's: nobody imports statements from the 1990s.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${monthText.padStart(2, '0')}-${dayText.padStart(2, '0')}`;
}
