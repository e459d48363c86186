import { useTranslation } from 'react-i18next';
import type { Category, Fund, LedgerRowOutput } from '../../../shared/money/ledger-outputs.schemas';
import { formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { categoryName } from './category-name';
import { MoneyAmount } from './money-amount';

interface LedgerTableProps {
  rows: readonly LedgerRowOutput[];
  funds: readonly Fund[];
  categories: readonly Category[];
}

/** The entries of one account; the date opens an entry (read-only when its period is closed). */
export function LedgerTable({ rows, funds, categories }: LedgerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const fundName = new Map(funds.map((fund) => [fund.id, fund.name]));
  const categoryOf = new Map(categories.map((category) => [category.id, categoryName(t, category)]));
  return (
    <div className="table-wrap">
      <table className="data-table ledger-table">
        <thead>
          <tr>
            <th scope="col">{t('money.screens.ledger.date')}</th>
            <th scope="col">{t('money.screens.ledger.counterparty')}</th>
            <th scope="col">{t('money.screens.ledger.text')}</th>
            <th scope="col">{t('money.screens.ledger.category')}</th>
            <th scope="col">{t('money.screens.ledger.status')}</th>
            <th scope="col" className="numeric">
              {t('money.screens.ledger.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('money.screens.ledger.openRow', { date: formatShortDate(row.bookedOn, language) })}
                  onClick={() => navigate({ page: 'moneyTransaction', id: row.id })}
                >
                  {formatShortDate(row.bookedOn, language)}
                </button>
                {row.locked && <span className="badge">{t('money.screens.ledger.locked')}</span>}
              </td>
              <td>
                {row.transferGroup
                  ? t('money.screens.ledger.transferRow')
                  : (row.counterparty ??
                    // Only a gift is anonymous; money out without a payee named is just unnamed.
                    (row.amountMinor > 0 ? <span className="muted">{t('money.screens.ledger.anonymous')}</span> : '—'))}
                {row.prisonerName && <span className="muted"> · {row.prisonerName}</span>}
              </td>
              <td>{row.text}</td>
              <td>
                {row.splits
                  .map((split) =>
                    [split.categoryId === null ? null : categoryOf.get(split.categoryId), fundName.get(split.fundId)]
                      .filter(Boolean)
                      .join(' / '),
                  )
                  .join(' · ')}
              </td>
              <td>{t(`money.screens.status.${row.status}`)}</td>
              <td className="numeric">
                <MoneyAmount minor={row.amountMinor} currency={row.currency} signed />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
