import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { moneyMethods, parcelContents, referencePlaceholders } from '../../../../shared/registry/mail-rules.schemas';
import { ChoicesField } from '../../../forms/choices-field';
import { LanguagesField } from '../../../forms/languages-field';
import { TextField } from '../../../forms/text-field';
import { TriStateField } from '../../../forms/tri-state-field';
import type { FacilityFormOutput, FacilityFormValues } from './facility-form-values';
import { MoneyLimitsFields } from './money-limits-fields';

type FacilityControl = Control<FacilityFormValues, unknown, FacilityFormOutput>;

function MoneyFields({ control }: { control: FacilityControl }) {
  const { t } = useTranslation();
  const method = useWatch({ control, name: 'rules.money.method' });
  return (
    <fieldset className="form-section">
      <legend>{t('rules.money')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={t('rules.method')}>
        {moneyMethods.map((value) => (
          <label key={value} className="checkbox checkbox-inline">
            <input type="radio" value={value} {...control.register('rules.money.method')} />
            {t(`moneyMethod.${value}`)}
          </label>
        ))}
      </div>
      {method === 'bank_transfer' && (
        <>
          <div className="field-pair">
            <TextField
              control={control}
              name="rules.money.iban"
              kind="iban"
              label={t('rules.iban')}
              hint={t('facilityForm.ibanHint')}
              required
              inputClassName="monospace"
            />
            <TextField control={control} name="rules.money.accountHolder" label={t('rules.accountHolder')} />
          </div>
          <div className="field-pair">
            <TextField
              control={control}
              name="rules.money.referencePattern"
              kind="referencePattern"
              emptyAsNull
              label={t('rules.reference')}
              hint={t('facilityForm.referenceHint', {
                placeholders: referencePlaceholders.map((p) => `{${p}}`).join(' '),
              })}
              inputClassName="monospace"
            />
            <TextField
              control={control}
              name="rules.money.referenceMaxLength"
              type="number"
              range={{ min: 1, max: 140 }}
              label={t('facilityForm.referenceMaxLength')}
            />
          </div>
          <MoneyLimitsFields control={control} />
        </>
      )}
      {method === 'other' && (
        <TextField
          control={control}
          name="rules.money.instructions"
          type="textarea"
          label={t('facilityForm.moneyInstructions')}
        />
      )}
    </fieldset>
  );
}

/** The facility's rules as data later checks rely on: each yes/no can stay "not known". */
export function MailRulesFields({ control }: { control: FacilityControl }) {
  const { t } = useTranslation();
  const parcelsAllowed = useWatch({ control, name: 'rules.parcelsAllowed' });
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('facilityForm.mailRules')}</legend>
        <div className="field-pair">
          <TriStateField control={control} name="rules.lettersAllowed" label={t('facilityForm.lettersAllowed')} />
          <TextField
            control={control}
            name="rules.maxPages"
            type="number"
            range={{ min: 0, max: 1000 }}
            label={t('facilityForm.maxPages')}
          />
        </div>
        <div className="field-pair">
          <TriStateField control={control} name="rules.photosAllowed" label={t('facilityForm.photosAllowed')} />
          <TextField
            control={control}
            name="rules.maxPhotos"
            type="number"
            range={{ min: 0, max: 1000 }}
            label={t('facilityForm.maxPhotos')}
          />
        </div>
        <div className="field-pair">
          <TriStateField control={control} name="rules.stampsAllowed" label={t('facilityForm.stampsAllowed')} />
          <TriStateField
            control={control}
            name="rules.senderAddressRequired"
            label={t('facilityForm.senderAddressRequired')}
          />
        </div>
        <LanguagesField
          control={control}
          name="rules.languages"
          label={t('rules.languages')}
          hint={t('form.languagesHint')}
        />
        <TextField
          control={control}
          name="rules.restrictions"
          type="textarea"
          label={t('rules.restrictions')}
          hint={t('facilityForm.restrictionsHint')}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('rules.parcels')}</legend>
        <div className="field-pair">
          <TriStateField control={control} name="rules.parcelsAllowed" label={t('facilityForm.parcelsAllowed')} />
          <TextField
            control={control}
            name="rules.parcelMaxGrams"
            type="number"
            range={{ min: 0, max: 100_000 }}
            label={t('facilityForm.parcelMaxGrams')}
          />
        </div>
        {parcelsAllowed !== false && (
          <ChoicesField
            control={control}
            name="rules.parcelContents"
            legend={t('rules.parcelContents')}
            options={parcelContents.map((value) => ({ value, label: t(`parcelContent.${value}`) }))}
          />
        )}
      </fieldset>
      <MoneyFields control={control} />
    </>
  );
}
