import { useTranslation } from 'react-i18next';
import type { BankImportDuplicate } from '../../../shared/money/bank.schemas';
import { formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { MoneyAmount } from './money-amount';

/**
 * Every line the import leaves out because the account has it already, and every line that repeats an earlier one
 * of the same file (kept, flagged): listed by entry number, so nothing is dropped without the treasurer seeing it.
 */
export function BankDuplicates({ lines }: { lines: readonly BankImportDuplicate[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = 'money.reconcile.importing';
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="bank-duplicates-heading">
      <h3 id="bank-duplicates-heading">{t(`${k}.duplicatesHeading`)}</h3>
      <p className="muted">{t(`${k}.duplicatesIntro`)}</p>
      <table className="data-table bank-duplicates-table">
        <caption className="visually-hidden">{t(`${k}.duplicatesCaption`)}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t(`${k}.entry`)}
            </th>
            <th scope="col">{t(`${k}.date`)}</th>
            <th scope="col" className="numeric">
              {t(`${k}.amount`)}
            </th>
            <th scope="col">{t(`${k}.counterparty`)}</th>
            <th scope="col">{t(`${k}.text`)}</th>
            <th scope="col">{t(`${k}.why`)}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.reason}-${line.at}`}>
              <td className="numeric">{line.at}</td>
              <td>{formatShortDate(line.bookedOn, language)}</td>
              <td className="numeric">
                <MoneyAmount minor={line.amountMinor} currency={line.currency} signed />
              </td>
              <td className="break-anywhere">{line.counterparty ?? ''}</td>
              <td className="break-anywhere">{line.text ?? ''}</td>
              <td>{t(`${k}.duplicateReason.${line.reason}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
