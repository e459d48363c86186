import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StandingOrderInput } from '../../../shared/money/ledger.schemas';
import type { StandingOrder } from '../../../shared/money/ledger-outputs.schemas';
import { standingOrderRhythms } from '../../../shared/money/money-values';
import { localToday } from '../../../shared/today';
import { useAccounts, useDonors, useFunds, useMoneyWrite } from '../../api/money.queries';
import { FormDialog } from '../../components/form-dialog';
import { currentLanguage } from '../../i18n';
import { MoneyField } from './money-field';
import { readingResolver } from './money-form';
import { recordedBy } from './recorded-by';
import {
  newStandingOrderValues,
  readStandingOrder,
  standingOrderFormValues,
  type StandingOrderFormValues,
} from './standing-order-values';

/** New standing order or edit: donor (or anonymous), account, fund, amount in the account's currency, rhythm, dates. */
export function StandingOrderDialog({ order, onClose }: { order: StandingOrder | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const accounts = (useAccounts().data?.accounts ?? []).filter((a) => !a.archived || a.id === order?.accountId);
  const funds = (useFunds().data?.funds ?? []).filter((f) => !f.archived || f.id === order?.fundId);
  const donors = useDonors().data?.donors ?? [];
  const create = useMoneyWrite('standingOrders:create');
  const update = useMoneyWrite('standingOrders:update');
  const save = order ? update : create;
  const currencyOf = (id: string) => accounts.find((a) => String(a.id) === id)?.currency ?? 'EUR';
  const resolver = useMemo(
    () => readingResolver((values: StandingOrderFormValues) => readStandingOrder(values, language, currencyOf)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the accounts' currencies do not change under an open dialog
    [language, accounts.length],
  );
  const form = useForm<StandingOrderFormValues, unknown, StandingOrderInput>({
    resolver,
    defaultValues: order
      ? standingOrderFormValues(order, language)
      : newStandingOrderValues(localToday(), String(accounts[0]?.id ?? ''), String(funds[0]?.id ?? '')),
  });
  const control = form.control;
  const accountId = useWatch({ control, name: 'accountId' });
  const submit = form.handleSubmit((values) => {
    const byMemberId = recordedBy();
    if (order) update.mutate({ ...values, id: order.id, byMemberId }, { onSuccess: onClose });
    else create.mutate({ ...values, byMemberId }, { onSuccess: onClose });
  });
  const select = (name: 'donorId' | 'accountId' | 'fundId' | 'rhythm', label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`order-${name}`}>{label}</label>
      <select id={`order-${name}`} {...control.register(name)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <FormDialog
      title={order ? t('money.screens.orders.editTitle') : t('money.screens.orders.newTitle')}
      save={save}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      {select('donorId', t('money.screens.orders.donor'), [
        ['', t('money.screens.orders.noDonor')],
        ...donors.map((d): [string, string] => [String(d.id), d.pseudonymOrName]),
      ])}
      <div className="field-pair">
        {select(
          'accountId',
          t('money.screens.orders.account'),
          accounts.map((a) => [String(a.id), `${a.name} (${a.currency})`]),
        )}
        {select(
          'fundId',
          t('money.screens.orders.fund'),
          funds.map((f) => [String(f.id), f.name]),
        )}
      </div>
      <div className="field-pair">
        <MoneyField
          control={control}
          name="amountText"
          label={`${t('money.screens.orders.amount')} (${currencyOf(accountId)})`}
          currency={currencyOf(accountId)}
          required
        />
        {select(
          'rhythm',
          t('money.screens.orders.rhythm'),
          standingOrderRhythms.map((r) => [r, t(`money.screens.orders.rhythms.${r}`)]),
        )}
      </div>
      <div className="field-pair">
        <MoneyField control={control} name="fromOn" type="date" label={t('money.screens.orders.fromOn')} required />
        <MoneyField control={control} name="untilOn" type="date" label={t('money.screens.orders.untilOn')} />
      </div>
      <MoneyField control={control} name="reference" label={t('money.screens.orders.reference')} />
    </FormDialog>
  );
}
