import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fund } from '../../../shared/money/ledger-outputs.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useFunds, useMoneyWrite } from '../../api/money.queries';
import { ErrorAlert } from '../../components/error-alert';
import { FundDialog } from './fund-dialog';
import { MoneyAmount } from './money-amount';
import { MoneyLayout } from './money-layout';
import { recordedBy } from './recorded-by';
import { ReferenceDialog } from './reference-dialog';

/** Fonds: each fund's balance in every currency it holds (never one converted total), and its payment reference. */
export function FundsPage() {
  const { t } = useTranslation();
  const funds = useFunds();
  const archive = useMoneyWrite('funds:archive');
  const [editing, setEditing] = useState<Fund | 'new' | null>(null);
  const [referencing, setReferencing] = useState<Fund | null>(null);
  const list = funds.data?.funds ?? [];
  return (
    <MoneyLayout
      tab="funds"
      actions={
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          {t('money.screens.funds.new')}
        </button>
      }
    >
      <ErrorAlert
        code={funds.isError ? errorCodeOf(funds.error) : archive.isError ? errorCodeOf(archive.error) : null}
      />
      {funds.isPending ? (
        <p role="status">{t('money.screens.loading')}</p>
      ) : list.length === 0 ? (
        <div className="empty-state">
          <p>{t('money.screens.funds.empty')}</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('money.screens.funds.name')}</th>
                <th scope="col">{t('money.screens.funds.kind')}</th>
                <th scope="col">{t('money.screens.funds.reference')}</th>
                <th scope="col" className="numeric">
                  {t('money.screens.funds.balances')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((fund) => (
                <tr key={fund.id} className={fund.archived ? 'archived' : undefined}>
                  <td className="row-name">
                    {fund.name}
                    {fund.prisonerName && <span className="muted"> · {fund.prisonerName}</span>}
                    {fund.archived && <span className="badge">{t('common.archived')}</span>}
                  </td>
                  <td>{t(`money.screens.funds.kinds.${fund.kind}`)}</td>
                  <td className="reference">{fund.reference?.formatted ?? '—'}</td>
                  <td className="numeric">
                    {fund.balances.length === 0 ? (
                      <span className="muted">{t('money.screens.funds.noBalance')}</span>
                    ) : (
                      fund.balances.map((balance) => (
                        <span key={balance.currency} className="money-total">
                          <MoneyAmount minor={balance.balanceMinor} currency={balance.currency} />
                        </span>
                      ))
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('money.screens.funds.editOne', { name: fund.name })}
                      onClick={() => setEditing(fund)}
                    >
                      {t('money.screens.funds.edit')}
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('money.screens.funds.makeReferenceOne', { name: fund.name })}
                      onClick={() => setReferencing(fund)}
                    >
                      {t('money.screens.funds.makeReference')}
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      disabled={archive.isPending}
                      aria-label={t(
                        fund.archived ? 'money.screens.funds.unarchiveOne' : 'money.screens.funds.archiveOne',
                        { name: fund.name },
                      )}
                      onClick={() =>
                        archive.mutate({ id: fund.id, archived: !fund.archived, byMemberId: recordedBy() })
                      }
                    >
                      {t(fund.archived ? 'common.unarchive' : 'common.archive')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <FundDialog fund={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {referencing && <ReferenceDialog fund={referencing} onClose={() => setReferencing(null)} />}
    </MoneyLayout>
  );
}
