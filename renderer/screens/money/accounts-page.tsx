import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/money/ledger-outputs.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useAccounts, useMoneyWrite } from '../../api/money.queries';
import { ErrorAlert } from '../../components/error-alert';
import { useNavigate } from '../../navigation/navigation-context';
import { AccountDialog } from './account-dialog';
import { MoneyAmount } from './money-amount';
import { MoneyLayout } from './money-layout';
import { groupIban, sumByCurrency } from './money-text';
import { recordedBy } from './recorded-by';

/** Comptes: each account with its balance in its own currency, totals per currency, archived ones apart. */
export function AccountsPage() {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const all = accounts.data?.accounts ?? [];
  const open = all.filter((account) => !account.archived);
  const archived = all.filter((account) => account.archived);
  return (
    <MoneyLayout
      tab="accounts"
      actions={
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          {t('money.screens.accounts.new')}
        </button>
      }
    >
      <ErrorAlert code={accounts.isError ? errorCodeOf(accounts.error) : null} />
      {accounts.isPending ? (
        <p role="status">{t('money.screens.loading')}</p>
      ) : all.length === 0 ? (
        <div className="empty-state">
          <p>{t('money.screens.accounts.empty')}</p>
          <button type="button" className="button-primary" onClick={() => setEditing('new')}>
            {t('money.screens.accounts.new')}
          </button>
        </div>
      ) : (
        <>
          <AccountTable accounts={open} onEdit={setEditing} />
          {open.length > 1 && (
            <p className="money-totals">
              {t('money.screens.accounts.totals')}{' '}
              {sumByCurrency(
                open,
                (a) => a.currency,
                (a) => a.balanceMinor,
              ).map((total) => (
                <span key={total.currency} className="money-total">
                  <MoneyAmount minor={total.minor} currency={total.currency} />
                </span>
              ))}
            </p>
          )}
          {archived.length > 0 && (
            <>
              <h2>{t('money.screens.accounts.archivedHeading')}</h2>
              <AccountTable accounts={archived} onEdit={setEditing} />
            </>
          )}
        </>
      )}
      {editing && <AccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </MoneyLayout>
  );
}

function AccountTable({ accounts, onEdit }: { accounts: Account[]; onEdit: (account: Account) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const archive = useMoneyWrite('accounts:archive');
  return (
    <div className="table-wrap">
      <ErrorAlert code={archive.isError ? errorCodeOf(archive.error) : null} />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('money.screens.accounts.name')}</th>
            <th scope="col">{t('money.screens.accounts.kind')}</th>
            <th scope="col">{t('money.screens.accounts.iban')}</th>
            <th scope="col" className="numeric">
              {t('money.screens.accounts.balance')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('money.screens.accounts.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <td className="row-name">{account.name}</td>
              <td>{t(`money.screens.accountKind.${account.kind}`)}</td>
              <td className="iban">{account.iban ? groupIban(account.iban) : '—'}</td>
              <td className="numeric">
                <MoneyAmount minor={account.balanceMinor} currency={account.currency} />
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('money.screens.accounts.openOne', { name: account.name })}
                  onClick={() => navigate({ page: 'moneyLedger', accountId: account.id })}
                >
                  {t('money.screens.accounts.open')}
                </button>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('money.screens.accounts.editOne', { name: account.name })}
                  onClick={() => onEdit(account)}
                >
                  {t('money.screens.accounts.edit')}
                </button>
                <button
                  type="button"
                  className="button-link"
                  disabled={archive.isPending}
                  aria-label={t(
                    account.archived ? 'money.screens.accounts.unarchiveOne' : 'money.screens.accounts.archiveOne',
                    { name: account.name },
                  )}
                  onClick={() =>
                    archive.mutate({ id: account.id, archived: !account.archived, byMemberId: recordedBy() })
                  }
                >
                  {t(account.archived ? 'money.screens.accounts.unarchive' : 'money.screens.accounts.archive')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
