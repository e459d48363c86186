import { useTranslation } from 'react-i18next';
import type { BankImportChecked } from '../../../shared/money/bank.schemas';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { PerCurrencyAmounts } from './bank-per-currency';

/** A format as the reader named it, for people: "camt.053.001.04" as is, "csv:kbc" as "CSV (kbc)", CODA in capitals. */
export function formatName(format: string): string {
  if (format.startsWith('csv:')) return `CSV (${format.slice(4)})`;
  return format === 'coda' ? 'CODA' : format;
}

/**
 * What the file holds before anything is written: which file and format, the booked period, how many entries, how many are new
 * and how many are already in the account, the money in and out and the balances, each per currency.
 */
export function BankCheckFacts({ checked }: { checked: BankImportChecked }) {
  const { t } = useTranslation();
  const k = 'money.reconcile.importing';
  const language = currentLanguage();
  return (
    <dl className="facts bank-facts">
      <dt>{t(`${k}.file`)}</dt>
      <dd className="break-anywhere">{checked.fileName}</dd>
      <dt>{t(`${k}.format`)}</dt>
      <dd>{formatName(checked.format)}</dd>
      {checked.from && checked.to && (
        <>
          <dt>{t(`${k}.period`)}</dt>
          <dd>
            {t(`${k}.periodRange`, {
              from: formatDate(checked.from, language),
              to: formatDate(checked.to, language),
            })}
          </dd>
        </>
      )}
      <dt>{t(`${k}.counts`)}</dt>
      <dd>
        {[
          t(`${k}.entries`, { count: checked.entries }),
          t(`${k}.newLines`, { count: checked.new }),
          t(`${k}.duplicates`, { count: checked.duplicates }),
        ].join(' · ')}
      </dd>
      <dt>{t(`${k}.credits`)}</dt>
      <dd>
        <PerCurrencyAmounts sums={checked.credits} />
      </dd>
      <dt>{t(`${k}.debits`)}</dt>
      <dd>
        <PerCurrencyAmounts sums={checked.debits} />
      </dd>
      <dt>{t(`${k}.opening`)}</dt>
      <dd>
        <PerCurrencyAmounts sums={checked.opening} />
      </dd>
      <dt>{t(`${k}.closing`)}</dt>
      <dd>
        <PerCurrencyAmounts sums={checked.closing} />
      </dd>
    </dl>
  );
}
