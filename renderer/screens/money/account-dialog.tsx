import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/money/ledger-outputs.schemas';
import { accountKinds, importNameChoices } from '../../../shared/money/money-values';
import { localToday } from '../../../shared/today';
import { useMoneyWrite } from '../../api/money.queries';
import { FormDialog } from '../../components/form-dialog';
import { currentLanguage } from '../../i18n';
import {
  accountFormValues,
  newAccountValues,
  readAccount,
  type AccountFields,
  type AccountFormValues,
} from './account-form-values';
import { MoneyField } from './money-field';
import { readingResolver } from './money-form';
import { recordedBy } from './recorded-by';

/** New account or edit: kind, name, currency, IBAN and BIC for a bank, the opening balance, what imports keep. */
export function AccountDialog({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const create = useMoneyWrite('accounts:create');
  const update = useMoneyWrite('accounts:update');
  const save = account ? update : create;
  const resolver = useMemo(
    () => readingResolver((values: AccountFormValues) => readAccount(values, language)),
    [language],
  );
  const form = useForm<AccountFormValues, unknown, AccountFields>({
    resolver,
    defaultValues: account ? accountFormValues(account, language) : newAccountValues(localToday()),
  });
  const control = form.control;
  const [kind, currency] = useWatch({ control, name: ['kind', 'currency'] });
  const submit = form.handleSubmit((values) => {
    const byMemberId = recordedBy();
    if (account) update.mutate({ ...values, id: account.id, byMemberId }, { onSuccess: onClose });
    else create.mutate({ ...values, byMemberId }, { onSuccess: onClose });
  });
  return (
    <FormDialog
      title={account ? t('money.screens.accountForm.editTitle') : t('money.screens.accountForm.newTitle')}
      save={save}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <div className="field-pair">
        <div className="field">
          <label htmlFor="account-kind">{t('money.screens.accountForm.kind')}</label>
          <select id="account-kind" {...control.register('kind')}>
            {accountKinds.map((value) => (
              <option key={value} value={value}>
                {t(`money.screens.accountKind.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <MoneyField control={control} name="name" label={t('money.screens.accountForm.name')} required autoFocus />
      </div>
      <MoneyField
        control={control}
        name="currency"
        label={t('money.screens.accountForm.currency')}
        hint={t('money.screens.accountForm.currencyHint')}
        required
      />
      {kind === 'bank' && (
        <div className="field-pair">
          <MoneyField control={control} name="iban" label={t('money.screens.accountForm.iban')} />
          <MoneyField control={control} name="bic" label={t('money.screens.accountForm.bic')} />
        </div>
      )}
      <div className="field-pair">
        <MoneyField
          control={control}
          name="openingText"
          label={t('money.screens.accountForm.opening')}
          currency={currency.trim().toUpperCase() || 'EUR'}
        />
        <MoneyField control={control} name="openingOn" type="date" label={t('money.screens.accountForm.openingOn')} />
      </div>
      <fieldset className="form-section">
        <legend>{t('money.screens.accountForm.importNames')}</legend>
        {importNameChoices.map((value) => (
          <div key={value} className="import-choice">
            <label className="checkbox">
              <input
                type="radio"
                value={value}
                aria-describedby={`import-names-${value}`}
                {...control.register('importNames')}
              />
              {t(`money.screens.importNames.${value}`)}
            </label>
            <p id={`import-names-${value}`} className="hint">
              {t(`money.screens.importNames.${value}Help`)}
            </p>
          </div>
        ))}
      </fieldset>
    </FormDialog>
  );
}
