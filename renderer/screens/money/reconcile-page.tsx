import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBankLines } from '../../api/bank.queries';
import { useAccounts, useCategories, useFunds } from '../../api/money.queries';
import { useNavigate } from '../../navigation/navigation-context';
import { BankAccountSelect } from './bank-account-select';
import { categoryName } from './category-name';
import { MoneyLayout } from './money-layout';
import { ReconcileDone } from './reconcile-done';
import { ReconcileLine } from './reconcile-line';
import { ReconcileLineDetail } from './reconcile-line-detail';
import { Listbox } from './reconcile-listbox';

/**
 * Reconciling one account: its open bank lines on the left (arrows walk them), the active line's proposals and the
 * ways to decide on the right (Enter goes into the proposals, Enter again accepts, Escape comes back), and the lines
 * already decided below. Every decision is the treasurer's; the next line takes the place of the one decided.
 */
export function ReconcilePage({ accountId: given }: { accountId?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accounts = useAccounts();
  const funds = useFunds();
  const categories = useCategories();
  const [chosenAccount, setChosenAccount] = useState<number | null>(given ?? null);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<'accepted' | 'ignored' | null>(null);
  const linesRef = useRef<HTMLUListElement>(null);
  const proposalsRef = useRef<HTMLUListElement>(null);
  // A cash box has no bank to send a statement.
  const open = (accounts.data?.accounts ?? []).filter((account) => !account.archived && account.kind !== 'cash');
  const accountId = chosenAccount ?? open[0]?.id ?? null;
  const lines = useBankLines(accountId, 'open');
  const rows = lines.data?.pages.flatMap((page) => page.lines) ?? [];
  const openCount = lines.data?.pages[0]?.counts.open ?? 0;
  const line = rows[Math.min(active, rows.length - 1)] ?? null;
  const k = 'money.reconcile.lines';

  const fundChoices = (funds.data?.funds ?? [])
    .filter((fund) => !fund.archived)
    .map((fund) => ({ id: fund.id, label: fund.name, general: fund.kind === 'general' }));
  const direction = line && line.amountMinor < 0 ? 'expense' : 'income';
  const categoryChoices = (categories.data?.categories ?? [])
    .filter((category) => !category.archived && category.direction === direction)
    .map((category) => ({ id: category.id, label: categoryName(t, category) }));
  const allCategories = (categories.data?.categories ?? []).map((category) => ({
    id: category.id,
    label: categoryName(t, category),
  }));

  const decided = (what: 'accepted' | 'ignored') => {
    setMessage(what);
    // The decided line leaves the list: the one after it takes its place, so `active` stays where it is.
    linesRef.current?.focus();
  };

  return (
    <MoneyLayout
      tab="bank"
      actions={
        <button
          type="button"
          className="button-secondary"
          onClick={() => navigate({ page: 'bankImport', ...(accountId === null ? {} : { accountId }) })}
        >
          {t(`${k}.import`)}
        </button>
      }
    >
      <h2>{t(`${k}.title`)}</h2>
      <p>{t(`${k}.intro`)}</p>
      <p className="muted">{t(`${k}.keys`)}</p>
      <BankAccountSelect
        accounts={open}
        value={accountId}
        loading={accounts.isPending}
        onChange={(next) => {
          setChosenAccount(next);
          setActive(0);
          setMessage(null);
        }}
      />
      {message && (
        <p role="status" className="alert alert-success">
          {t(`${k}.${message}`)}
        </p>
      )}
      {accountId !== null && (
        <div className="reconcile-grid">
          <section aria-labelledby="bank-open-heading" className="reconcile-open">
            <h3 id="bank-open-heading">{t(`${k}.openHeading`)}</h3>
            <p className="muted">{t(`${k}.openCount`, { count: openCount })}</p>
            {rows.length === 0 ? (
              lines.isPending ? null : (
                <p className="empty-state">{t(`${k}.noneOpen`)}</p>
              )
            ) : (
              <Listbox
                items={rows}
                keyOf={(row) => row.id}
                label={t(`${k}.openList`)}
                active={active}
                listRef={linesRef}
                className="bank-lines"
                onMove={(index) => {
                  setActive(index);
                  setMessage(null);
                }}
                onEnter={() => proposalsRef.current?.focus()}
                render={(row) => <ReconcileLine line={row} />}
              />
            )}
            {lines.hasNextPage && (
              <div className="toolbar">
                <button type="button" className="button-secondary" onClick={() => void lines.fetchNextPage()}>
                  {t(`${k}.more`)}
                </button>
              </div>
            )}
          </section>
          {line &&
            (line.locked ? (
              <section className="panel" aria-labelledby="bank-line-heading">
                <h3 id="bank-line-heading" className="visually-hidden">
                  {t(`${k}.proposalsHeading`)}
                </h3>
                <p>
                  <ReconcileLine line={line} full />
                </p>
                <p className="alert alert-warning">{t(`${k}.locked`)}</p>
              </section>
            ) : (
              <ReconcileLineDetail
                key={line.id}
                line={line}
                categories={categoryChoices}
                allCategories={allCategories}
                funds={fundChoices}
                defaultFundId={fundChoices.find((fund) => fund.general)?.id ?? null}
                proposalsRef={proposalsRef}
                onBack={() => linesRef.current?.focus()}
                onDone={decided}
              />
            ))}
        </div>
      )}
      {accountId !== null && <ReconcileDone accountId={accountId} />}
    </MoneyLayout>
  );
}
