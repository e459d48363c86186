import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useAccounts, useCategories, useFunds, useLedger, type LedgerFilters } from '../../api/money.queries';
import { ErrorAlert } from '../../components/error-alert';
import { useNavigate } from '../../navigation/navigation-context';
import { lastAccount, rememberAccount } from './last-account';
import { hasLedgerFilters, LedgerFiltersBar } from './ledger-filters';
import { LedgerTable } from './ledger-table';
import { MoneyAmount } from './money-amount';
import { MoneyLayout } from './money-layout';
import { TransferDialog } from './transfer-dialog';

/** Écritures: one account's entries, newest first, filtered in the vault, a page at a time. */
export function LedgerPage({ accountId }: { accountId?: number }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const accounts = useAccounts();
  const funds = useFunds();
  const categories = useCategories();
  const [chosen, setChosen] = useState<number | undefined>(accountId ?? lastAccount());
  const [filters, setFilters] = useState<Omit<LedgerFilters, 'accountId'>>({});
  const [transferring, setTransferring] = useState(false);
  const all = accounts.data?.accounts ?? [];
  const account = all.find((a) => a.id === chosen) ?? all.find((a) => !a.archived) ?? all[0];
  const shownId = account?.id;
  useEffect(() => {
    if (shownId !== undefined) rememberAccount(shownId);
  }, [shownId]);
  const list = useLedger(account ? { ...filters, accountId: account.id } : null);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  // One account, one currency: what the shown rows brought in and took out, never mixed with another account's.
  const moneyIn = rows.reduce((sum, row) => sum + Math.max(row.amountMinor, 0), 0);
  const moneyOut = rows.reduce((sum, row) => sum + Math.min(row.amountMinor, 0), 0);

  return (
    <MoneyLayout
      tab="ledger"
      actions={
        account && (
          <>
            <button type="button" className="button-secondary" onClick={() => setTransferring(true)}>
              {t('money.screens.ledger.transfer')}
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={() => navigate({ page: 'moneyTransactionNewFor', accountId: account.id })}
            >
              {t('money.screens.ledger.new')}
            </button>
          </>
        )
      }
    >
      <ErrorAlert code={accounts.isError ? errorCodeOf(accounts.error) : null} />
      {accounts.isSuccess && !account ? (
        <div className="empty-state">
          <p>{t('money.screens.ledger.noAccount')}</p>
        </div>
      ) : (
        account && (
          <>
            <div className="field ledger-account">
              <label htmlFor={`${id}-account`}>{t('money.screens.ledger.account')}</label>
              <select
                id={`${id}-account`}
                value={account.id}
                onChange={(event) => setChosen(Number(event.target.value))}
              >
                {all.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.currency})
                  </option>
                ))}
              </select>
            </div>
            <LedgerFiltersBar
              filters={{ ...filters, accountId: account.id }}
              funds={funds.data?.funds ?? []}
              categories={categories.data?.categories ?? []}
              onChange={({ accountId: _same, ...next }) => setFilters(next)}
            />
            <ErrorAlert code={list.isError ? errorCodeOf(list.error) : null} />
            {list.isPending ? (
              <p role="status">{t('money.screens.loading')}</p>
            ) : rows.length === 0 ? (
              <div className="empty-state">
                <p>{t('money.screens.ledger.empty')}</p>
                {hasLedgerFilters({ ...filters, accountId: account.id }) && (
                  <button type="button" className="button-secondary" onClick={() => setFilters({})}>
                    {t('money.screens.ledger.clearFilters')}
                  </button>
                )}
              </div>
            ) : (
              <>
                <LedgerTable
                  rows={rows}
                  funds={funds.data?.funds ?? []}
                  categories={categories.data?.categories ?? []}
                />
                <p className="money-totals" role="status">
                  {t('money.screens.ledger.shown', { count: rows.length, total })}{' '}
                  <span className="money-total">
                    {t('money.screens.ledger.totalIn')} <MoneyAmount minor={moneyIn} currency={account.currency} />
                  </span>
                  <span className="money-total">
                    {t('money.screens.ledger.totalOut')} <MoneyAmount minor={moneyOut} currency={account.currency} />
                  </span>
                </p>
                {list.hasNextPage && (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={list.isFetchingNextPage}
                    onClick={() => void list.fetchNextPage()}
                  >
                    {t('money.screens.ledger.loadMore')}
                  </button>
                )}
              </>
            )}
          </>
        )
      )}
      {transferring && account && <TransferDialog fromAccountId={account.id} onClose={() => setTransferring(false)} />}
    </MoneyLayout>
  );
}
