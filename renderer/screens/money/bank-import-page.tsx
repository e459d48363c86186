import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankImportChecked } from '../../../shared/money/bank.schemas';
import { useCancelBankImport, useCheckBankImport, useRunBankImport } from '../../api/bank.queries';
import { useAccounts } from '../../api/money.queries';
import { errorCodeOf } from '../../api/client-error';
import { BackButton } from '../../components/back-button';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { useNavigate } from '../../navigation/navigation-context';
import { BankAccountSelect } from './bank-account-select';
import { BankCheck } from './bank-check';
import { BankImportProgress } from './bank-import-progress';
import { BankImportResult } from './bank-import-result';
import { useRecordedBy } from './recorded-by';

/**
 * Importing a bank statement into one account: choose the account, choose the file in the host's dialog, read what
 * the check found (counts, money per currency, duplicates and problems in words, a gap in the balances), decide
 * whether to keep the file itself, then import in one transaction with a progress bar. Nothing is written before.
 */
export function BankImportPage({ accountId: given }: { accountId?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const accounts = useAccounts();
  const check = useCheckBankImport();
  const run = useRunBankImport();
  const cancel = useCancelBankImport();
  const byMemberId = useRecordedBy();
  const [chosenAccount, setChosenAccount] = useState<number | null>(given ?? null);
  const [checked, setChecked] = useState<BankImportChecked | null>(null);
  const [acceptGap, setAcceptGap] = useState(false);
  const [keepFile, setKeepFile] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  // A cash box has no bank to send a statement.
  const open = (accounts.data?.accounts ?? []).filter((account) => !account.archived && account.kind !== 'cash');
  const accountId = chosenAccount ?? open[0]?.id ?? null;
  const account = open.find((candidate) => candidate.id === accountId) ?? null;
  const k = 'money.reconcile.importing';

  const start = (forAccount: number, token?: string) =>
    check.mutate(
      { accountId: forAccount, ...(token ? { token } : {}) },
      {
        onSuccess: (answer) => {
          if (answer.status !== 'checked') return;
          setChecked(answer);
          setAcceptGap(false);
          run.reset();
        },
      },
    );
  const changeAccount = (next: number) => {
    setChosenAccount(next);
    // The same file is checked again for the other account: its duplicates and balances are that account's.
    if (checked) start(next, checked.token);
  };
  const chooseFile = () => {
    if (accountId === null) return;
    setCancelled(false);
    setChecked(null);
    check.reset();
    start(accountId);
  };
  const again = () => {
    // A file checked and left holds its bytes in the job service until a lock: let it go now.
    if (checked && !run.data) cancel.mutate(checked.token);
    setChecked(null);
    setKeepFile(false);
    run.reset();
    check.reset();
  };
  const canRun =
    checked !== null && !check.isPending && !checked.refused && checked.new > 0 && (!checked.gap || acceptGap);

  return (
    <section className="page page-wide bank-page">
      <BackButton
        to={{ page: 'reconcile', ...(accountId === null ? {} : { accountId }) }}
        label={t('money.reconcile.lines.title')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {t(`${k}.title`)}
      </h1>
      {run.data ? (
        <BankImportResult
          result={run.data}
          onReconcile={() => navigate({ page: 'reconcile', ...(accountId === null ? {} : { accountId }) })}
          onAnother={again}
        />
      ) : run.isPending && checked ? (
        <BankImportProgress
          token={checked.token}
          onCancel={() => {
            // The run answers CANCELLED once its transaction is rolled back; the screen starts over meanwhile.
            setCancelled(true);
            cancel.mutate(checked.token);
            setChecked(null);
          }}
        />
      ) : (
        <>
          {cancelled && (
            <p role="status" className="alert alert-warning">
              {t(`${k}.cancelled`)}
            </p>
          )}
          {!checked && <p className="panel">{t(`${k}.intro`)}</p>}
          <BankAccountSelect
            accounts={open}
            value={accountId}
            onChange={changeAccount}
            loading={accounts.isPending}
            disabled={check.isPending}
          />
          {account && (
            <div className="toolbar">
              <BusyButton
                busy={check.isPending}
                busyLabel={checked ? t(`${k}.checking`) : t(`${k}.picking`)}
                className={checked ? 'button-secondary' : 'button-primary'}
                onClick={chooseFile}
              >
                {checked ? t(`${k}.chooseAnother`) : t(`${k}.choose`)}
              </BusyButton>
            </div>
          )}
          <ErrorAlert code={check.error ? errorCodeOf(check.error) : null} />
          {checked && account && (
            <BankCheck
              checked={checked}
              importNames={account.importNames}
              acceptGap={acceptGap}
              onAcceptGap={setAcceptGap}
              keepFile={keepFile}
              onKeepFile={setKeepFile}
            >
              <div className="toolbar">
                <button
                  type="button"
                  className="button-primary"
                  disabled={!canRun}
                  onClick={() => run.mutate({ token: checked.token, acceptGap, keepFile, byMemberId })}
                >
                  {t(`${k}.run`, { count: checked.new })}
                </button>
                <button type="button" className="button-secondary" onClick={again}>
                  {t('common.cancel')}
                </button>
              </div>
              <ErrorAlert code={run.error && !cancelled ? errorCodeOf(run.error) : null} />
            </BankCheck>
          )}
        </>
      )}
    </section>
  );
}
