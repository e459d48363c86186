import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/parcels/money-text';
import { currentLanguage } from '../../i18n';

/**
 * Sums kept per currency, each written in its own ("1 234,56 €, 80,00 CHF"): a statement in two currencies is never
 * added up into one figure. Negative sums (a debit balance) keep their sign.
 */
export function PerCurrencyAmounts({ sums }: { sums: Record<string, number> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entries = Object.entries(sums).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <>{t('money.reconcile.importing.none')}</>;
  return <>{entries.map(([currency, minor]) => formatMoney({ minor, currency }, language)).join(', ')}</>;
}
