import { formatMoney } from '../../../shared/parcels/money-text';
import { currentLanguage } from '../../i18n';

/**
 * An amount in its currency, in the reader's language (1 234,56 € / €1,234.56); a negative one is money out. Minor
 * units go to Intl as they are, never summed or converted here.
 */
export function MoneyAmount({ minor, currency, signed }: { minor: number; currency: string; signed?: boolean }) {
  const text = formatMoney({ minor: Math.abs(minor), currency }, currentLanguage());
  const sign = minor < 0 ? '−' : signed && minor > 0 ? '+' : '';
  return (
    <span className={minor < 0 ? 'amount amount-out' : 'amount'}>
      {sign}
      {text}
    </span>
  );
}
