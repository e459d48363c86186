import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/today';
import { useAccounts, useFunds, useMoneyWrite } from '../../api/money.queries';
import { FormDialog } from '../../components/form-dialog';
import { currentLanguage } from '../../i18n';
import { MoneyField } from './money-field';
import { readingResolver } from './money-form';
import { recordedBy } from './recorded-by';
import { readTransfer, type TransferFields, type TransferFormValues } from './transfer-values';

/** Money moved between two of the group's accounts, as one operation; an exchange shows both amounts. */
export function TransferDialog({ fromAccountId, onClose }: { fromAccountId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const accounts = useAccounts().data?.accounts ?? [];
  const funds = useFunds().data?.funds ?? [];
  const create = useMoneyWrite('transfers:create');
  const open = accounts.filter((a) => !a.archived);
  const currencyOf = (id: string) => accounts.find((a) => String(a.id) === id)?.currency ?? 'EUR';
  const resolver = useMemo(
    () => readingResolver((values: TransferFormValues) => readTransfer(values, language, currencyOf)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the accounts' currencies do not change under an open dialog
    [language, accounts.length],
  );
  const form = useForm<TransferFormValues, unknown, TransferFields>({
    resolver,
    defaultValues: {
      fromAccountId: String(fromAccountId),
      toAccountId: String(open.find((a) => a.id !== fromAccountId)?.id ?? ''),
      bookedOn: localToday(),
      outText: '',
      inText: '',
      fundId: String(funds.find((f) => f.kind === 'general' && !f.archived)?.id ?? funds[0]?.id ?? ''),
      text: '',
    },
  });
  const control = form.control;
  const [from, to] = useWatch({ control, name: ['fromAccountId', 'toAccountId'] });
  const exchange = to !== '' && currencyOf(from) !== currencyOf(to);
  const submit = form.handleSubmit((values) =>
    create.mutate({ ...values, byMemberId: recordedBy() }, { onSuccess: onClose }),
  );
  const accountSelect = (name: 'fromAccountId' | 'toAccountId', label: string) => (
    <div className="field">
      <label htmlFor={`transfer-${name}`}>{label}</label>
      <select id={`transfer-${name}`} {...control.register(name)}>
        {open.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.currency})
          </option>
        ))}
      </select>
      {name === 'toAccountId' && form.formState.errors.toAccountId && (
        <p className="field-error">{t('money.screens.transfer.sameAccount')}</p>
      )}
    </div>
  );
  return (
    <FormDialog
      title={t('money.screens.transfer.title')}
      save={create}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <div className="field-pair">
        {accountSelect('fromAccountId', t('money.screens.transfer.from'))}
        {accountSelect('toAccountId', t('money.screens.transfer.to'))}
      </div>
      <MoneyField control={control} name="bookedOn" type="date" label={t('money.screens.transfer.date')} />
      {exchange && <p className="hint">{t('money.screens.transfer.exchange')}</p>}
      <div className="field-pair">
        <MoneyField
          control={control}
          name="outText"
          label={`${exchange ? t('money.screens.transfer.out') : t('money.screens.transfer.amount')} (${currencyOf(from)})`}
          currency={currencyOf(from)}
        />
        {exchange && (
          <MoneyField
            control={control}
            name="inText"
            label={`${t('money.screens.transfer.in')} (${currencyOf(to)})`}
            currency={currencyOf(to)}
          />
        )}
      </div>
      <div className="field-pair">
        <div className="field">
          <label htmlFor="transfer-fund">{t('money.screens.transfer.fund')}</label>
          <select id="transfer-fund" {...control.register('fundId')}>
            {funds
              .filter((f) => !f.archived)
              .map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
          </select>
        </div>
        <MoneyField control={control} name="text" label={t('money.screens.transfer.text')} />
      </div>
    </FormDialog>
  );
}
