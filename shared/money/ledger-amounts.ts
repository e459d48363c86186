import { formatMoney, minorDigits } from '../parcels/money-text';

type Language = 'fr' | 'en';

/**
 * An amount as a treasurer reads it, in the reader's language and the writing of the currency's own country: Swiss
 * francs the Swiss way (fr: "1'234.56 CHF", en: "CHF 1'234.56"), euros as the language writes them ("1 234,56 €",
 * "€1,234.56"). Every other currency as formatMoney writes it.
 */
export function ledgerAmountText(minor: number, currency: string, language: Language): string {
  if (currency !== 'CHF') return formatMoney({ minor, currency }, language);
  // The Swiss English pattern puts the minus between code and number ("CHF-60.00"): the sign goes in front instead.
  const size = new Intl.NumberFormat(`${language}-CH`, { style: 'currency', currency }).format(
    Math.abs(minor) / 10 ** minorDigits(currency),
  );
  return minor < 0 ? `-${size}` : size;
}

/**
 * The plain number a spreadsheet reads ("-1234,56" in French, "-1234.56" in English), without currency or thousands
 * separators: the CSV's amount cells, beside a currency column.
 */
export function ledgerAmountCell(minor: number, currency: string, language: Language): string {
  const digits = minorDigits(currency);
  const size = Math.abs(minor);
  const whole = Math.floor(size / 10 ** digits);
  const fraction = String(size % 10 ** digits).padStart(digits, '0');
  const sign = minor < 0 ? '-' : '';
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}${language === 'fr' ? ',' : '.'}${fraction}`;
}
