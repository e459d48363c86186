import { useTranslation } from 'react-i18next';
import { useBankLines } from '../../api/bank.queries';
import { formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { MoneyAmount } from './money-amount';

/**
 * The lines already decided, newest first: reconciled to a ledger entry, or ignored. Each status is its own page of
 * the list channel, shown one after the other with "show the next ones" under each that has more.
 */
export function ReconcileDone({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = 'money.reconcile.lines';
  const reconciled = useBankLines(accountId, 'reconciled');
  const ignored = useBankLines(accountId, 'ignored');
  const rows = [reconciled, ignored].flatMap((query) => query.data?.pages.flatMap((page) => page.lines) ?? []);
  const more = [reconciled, ignored].filter((query) => query.hasNextPage);
  return (
    <section className="panel" aria-labelledby="bank-done-heading">
      <h3 id="bank-done-heading">{t(`${k}.doneHeading`)}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t(`${k}.noneDone`)}</p>
      ) : (
        <table className="data-table bank-done-table">
          <caption className="visually-hidden">{t(`${k}.doneList`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('money.reconcile.importing.date')}</th>
              <th scope="col" className="numeric">
                {t('money.reconcile.importing.amount')}
              </th>
              <th scope="col">{t('money.reconcile.importing.counterparty')}</th>
              <th scope="col">{t('money.reconcile.importing.text')}</th>
              <th scope="col">{t(`${k}.statusHeading`)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((line) => (
              <tr key={line.id}>
                <td>{formatShortDate(line.bookedOn, language)}</td>
                <td className="numeric">
                  <MoneyAmount minor={line.amountMinor} currency={line.currency} signed />
                </td>
                <td>{line.payerName ?? t(`${k}.anonymous`)}</td>
                <td className="break-anywhere">{line.text ?? ''}</td>
                <td>{t(`${k}.status.${line.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more.map((query, index) => (
        <div className="toolbar" key={index}>
          <button type="button" className="button-secondary" onClick={() => void query.fetchNextPage()}>
            {t(`${k}.more`)}
          </button>
        </div>
      ))}
    </section>
  );
}
