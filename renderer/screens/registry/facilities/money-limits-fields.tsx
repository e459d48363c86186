import { useTranslation } from 'react-i18next';
import type { Control } from 'react-hook-form';
import { moneyLimitPeriods } from '../../../../shared/registry/mail-rules.schemas';
import { TextField } from '../../../forms/text-field';
import type { FacilityFormOutput, FacilityFormValues } from './facility-form-values';

type FacilityControl = Control<FacilityFormValues, unknown, FacilityFormOutput>;

/** The account's currency and the facility's caps per week and per month, each with what happens above it. */
export function MoneyLimitsFields({ control }: { control: FacilityControl }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        control={control}
        name="rules.money.currency"
        label={t('money.payments.facilityForm.currency')}
        hint={t('money.payments.facilityForm.currencyHint')}
        inputClassName="monospace input-short"
      />
      <fieldset className="form-subsection" data-testid="money-limits">
        <legend>{t('money.payments.facilityForm.limits')}</legend>
        <p className="hint">{t('money.payments.facilityForm.limitsHint')}</p>
        {moneyLimitPeriods.map((period) => (
          <div key={period} className="field-pair">
            <TextField
              control={control}
              name={`rules.money.limits.${period}.amountText`}
              label={t(`money.payments.facilityForm.${period}`)}
            />
            <TextField
              control={control}
              name={`rules.money.limits.${period}.note`}
              label={t('money.payments.facilityForm.note')}
              hint={t('money.payments.facilityForm.noteHint')}
            />
          </div>
        ))}
      </fieldset>
    </>
  );
}
