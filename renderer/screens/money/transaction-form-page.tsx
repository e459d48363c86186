import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account, TransactionDetail } from '../../../shared/money/ledger-outputs.schemas';
import { paymentStatuses } from '../../../shared/money/money-values';
import { formatMoney } from '../../../shared/parcels/money-text';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import {
  useAccounts,
  useCategories,
  useFunds,
  useLedgerLock,
  useMoneyWrite,
  useStandingOrders,
  useTransaction,
} from '../../api/money.queries';
import { BackButton } from '../../components/back-button';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { PrisonerSearchField } from '../registry/prisoners/prisoner-search-field';
import { lastAccount, rememberAccount } from './last-account';
import { MoneyField } from './money-field';
import { readingResolver } from './money-form';
import { RecordedBySelect, recordedBy } from './recorded-by';
import { SplitsEditor } from './splits-editor';
import {
  newTransactionValues,
  readTransaction,
  transactionFormValues,
  type TransactionFields,
  type TransactionFormValues,
} from './transaction-form-values';

/** A new entry (Ctrl/Cmd+N in Argent, or from an account's ledger), or one entry: editable unless its period is closed. */
export function TransactionFormPage({ id, accountId }: { id?: number; accountId?: number }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const existing = useTransaction(id);
  const accounts = useAccounts();
  const language = currentLanguage();
  const back = existing.data?.accountId ?? accountId;
  const ready = accounts.data && (id === undefined || existing.data);
  const open = accounts.data?.accounts.filter((a) => !a.archived) ?? [];
  const firstAccount = open.find((a) => a.id === lastAccount())?.id ?? open[0]?.id;
  return (
    <section className="page">
      <BackButton
        to={back === undefined ? { page: 'moneyLedger' } : { page: 'moneyLedger', accountId: back }}
        label={t('money.screens.transaction.back')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {id === undefined ? t('money.screens.transaction.newTitle') : t('money.screens.transaction.editTitle')}
      </h1>
      <ErrorAlert
        code={existing.isError ? errorCodeOf(existing.error) : accounts.isError ? errorCodeOf(accounts.error) : null}
      />
      {ready ? (
        <TransactionForm
          row={existing.data}
          accounts={accounts.data.accounts}
          defaults={
            existing.data
              ? transactionFormValues(existing.data, language)
              : newTransactionValues(localToday(), accountId ?? firstAccount)
          }
        />
      ) : (
        !existing.isError && <p role="status">{t('money.screens.loading')}</p>
      )}
    </section>
  );
}

interface TransactionFormProps {
  row: TransactionDetail | undefined;
  accounts: readonly Account[];
  defaults: TransactionFormValues;
}

function TransactionForm({ row, accounts, defaults }: TransactionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const funds = useFunds();
  const categories = useCategories();
  const lock = useLedgerLock();
  const orders = useStandingOrders();
  const create = useMoneyWrite('transactions:create');
  const update = useMoneyWrite('transactions:update');
  const removeOne = useMoneyWrite('transactions:delete');
  const removeTransfer = useMoneyWrite('transfers:delete');
  const remove = row?.transferGroup ? removeTransfer : removeOne;
  const save = row ? update : create;
  const [confirming, setConfirming] = useState(false);
  const currencyOf = (accountId: string) => accounts.find((a) => String(a.id) === accountId)?.currency ?? 'EUR';
  const resolver = useMemo(
    () =>
      readingResolver((values: TransactionFormValues) =>
        readTransaction(values, language, currencyOf(values.accountId)),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the accounts' currencies do not change under an open form
    [language],
  );
  const form = useForm<TransactionFormValues, unknown, TransactionFields>({ resolver, defaultValues: defaults });
  const control = form.control;
  const [accountId, prisonerId, direction] = useWatch({ control, name: ['accountId', 'prisonerId', 'direction'] });
  const accountOrders = (orders.data?.orders ?? []).filter((order) => String(order.accountId) === accountId);
  const currency = currencyOf(accountId);
  const readOnly = row !== undefined && (row.locked || row.transferGroup !== null);
  const lockedThrough = lock.data?.lockedThrough;

  const submit = form.handleSubmit((values) => {
    const byMemberId = recordedBy();
    rememberAccount(values.accountId);
    const done = { onSuccess: () => navigate({ page: 'moneyLedger', accountId: values.accountId }) };
    if (row) update.mutate({ ...values, id: row.id, byMemberId }, done);
    else create.mutate({ ...values, byMemberId }, done);
  });
  const deleteRow = () => {
    if (!row) return;
    const done = {
      onSuccess: () => navigate({ page: 'moneyLedger', accountId: row.accountId }),
      onSettled: () => setConfirming(false),
    };
    if (row.transferGroup) removeTransfer.mutate({ transferGroup: row.transferGroup }, done);
    else removeOne.mutate({ id: row.id }, done);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {row?.locked && (
        <p className="alert alert-warning" role="status">
          {t('money.screens.transaction.lockedReason', {
            date: lockedThrough ? formatDate(lockedThrough, language) : formatDate(row.bookedOn, language),
          })}
        </p>
      )}
      {row?.transferGroup && <p className="hint">{t('money.screens.transaction.transferNote')}</p>}
      <fieldset className="form-section" disabled={readOnly}>
        <div className="field-pair">
          <MoneyField
            control={control}
            name="bookedOn"
            type="date"
            label={t('money.screens.transaction.date')}
            required
          />
          <div className="field">
            <label htmlFor="transaction-account">{t('money.screens.transaction.account')}</label>
            <select id="transaction-account" {...control.register('accountId')}>
              {accounts
                .filter((a) => !a.archived || String(a.id) === defaults.accountId)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.currency})
                  </option>
                ))}
            </select>
          </div>
        </div>
        <div className="radio-row" role="radiogroup" aria-label={t('money.screens.transaction.direction')}>
          {(['in', 'out'] as const).map((value) => (
            <label key={value} className="checkbox checkbox-inline">
              <input type="radio" value={value} {...control.register('direction')} />
              {t(value === 'in' ? 'money.screens.transaction.moneyIn' : 'money.screens.transaction.moneyOut')}
            </label>
          ))}
        </div>
        <div className="field-pair">
          <MoneyField
            control={control}
            name="amountText"
            label={`${t('money.screens.transaction.amount')} (${currency})`}
            currency={currency}
            required
          />
          <div className="field">
            <label htmlFor="transaction-status">{t('money.screens.transaction.status')}</label>
            <select id="transaction-status" {...control.register('status')}>
              {paymentStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`money.screens.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-pair">
          <MoneyField
            control={control}
            name="counterparty"
            label={t('money.screens.transaction.counterparty')}
            hint={t('money.screens.transaction.counterpartyHint')}
          />
          <MoneyField control={control} name="text" label={t('money.screens.transaction.text')} />
        </div>
        {!readOnly && (
          <PrisonerSearchField
            label={t('money.screens.transaction.prisoner')}
            prisonerId={prisonerId}
            onChange={(next) => form.setValue('prisonerId', next, { shouldDirty: true })}
          />
        )}
        {direction === 'in' && accountOrders.length > 0 && (
          <div className="field">
            <label htmlFor="transaction-order">{t('money.screens.transaction.standingOrder')}</label>
            <select
              id="transaction-order"
              {...control.register('standingOrderId', {
                setValueAs: (value: unknown) => (value === '' || value === null ? null : Number(value)),
              })}
            >
              <option value="">{t('money.screens.transaction.noStandingOrder')}</option>
              {accountOrders.map((order) => (
                <option key={order.id} value={order.id}>
                  {[
                    order.donorName ?? t('money.screens.orders.anonymous'),
                    formatMoney({ minor: order.amountMinor, currency: order.currency }, language),
                    t(`money.screens.orders.rhythms.${order.rhythm}`),
                    order.fundName,
                  ].join(' · ')}
                </option>
              ))}
            </select>
          </div>
        )}
        {readOnly && row?.prisonerName && (
          <p className="field">
            <span className="muted">{t('money.screens.transaction.prisoner')}</span> {row.prisonerName}
          </p>
        )}
      </fieldset>
      {(funds.data?.funds.length ?? 0) === 0 && funds.isSuccess && (
        <p className="alert alert-warning">{t('money.screens.transaction.noFund')}</p>
      )}
      <SplitsEditor
        control={control}
        setValue={form.setValue}
        currency={currency}
        funds={funds.data?.funds ?? []}
        categories={categories.data?.categories ?? []}
        readOnly={readOnly}
      />
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : remove.isError ? errorCodeOf(remove.error) : null} />
      {!readOnly && <RecordedBySelect />}
      <div className="actions">
        {row && !row.locked && (
          <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
            {t('money.screens.transaction.delete')}
          </button>
        )}
        {!readOnly && (
          <BusyButton type="submit" busy={save.isPending} busyLabel={t('money.screens.transaction.saving')}>
            {t('money.screens.transaction.save')}
          </BusyButton>
        )}
      </div>
      {confirming && row && (
        <ConfirmDialog
          title={t('money.screens.transaction.deleteTitle')}
          body={t('money.screens.transaction.deleteBody', {
            date: formatDate(row.bookedOn, language),
            amount: formatMoney({ minor: Math.abs(row.amountMinor), currency: row.currency }, language),
          })}
          confirmLabel={t('money.screens.transaction.delete')}
          busyLabel={t('money.screens.transaction.deleting')}
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={deleteRow}
        />
      )}
    </form>
  );
}
