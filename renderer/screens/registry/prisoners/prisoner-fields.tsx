import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { prisonerStatuses } from '../../../../shared/registry/prisoners.schemas';
import { CheckField } from '../../../forms/check-field';
import { LanguagesField } from '../../../forms/languages-field';
import { SelectField } from '../../../forms/select-field';
import { TextField } from '../../../forms/text-field';
import type { PrisonerFormOutput, PrisonerFormValues } from './prisoner-form-values';

/** The person's own fields, shared by the create and edit forms. */
export function PrisonerFields({ control }: { control: Control<PrisonerFormValues, unknown, PrisonerFormOutput> }) {
  const { t } = useTranslation();
  const doNotWrite = useWatch({ control, name: 'prisoner.doNotWrite' });
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('prisonerForm.identity')}</legend>
        <div className="field-pair">
          <TextField
            control={control}
            name="prisoner.familyName"
            label={t('prisoner.fields.familyName')}
            hint={t('prisonerForm.familyNameHint')}
            required
          />
          <TextField control={control} name="prisoner.givenNames" label={t('prisoner.fields.givenNames')} />
        </div>
        <div className="field-pair">
          <TextField
            control={control}
            name="prisoner.knownAs"
            label={t('prisoner.fields.knownAs')}
            hint={t('prisonerForm.knownAsHint')}
          />
          <TextField control={control} name="prisoner.pronouns" label={t('prisoner.fields.pronouns')} />
        </div>
        <div className="field-pair">
          <TextField
            control={control}
            name="prisoner.dateOfBirth"
            type="date"
            label={t('prisoner.fields.dateOfBirth')}
          />
          <LanguagesField
            control={control}
            name="prisoner.languages"
            label={t('prisoner.fields.languages')}
            hint={t('form.languagesHint')}
          />
        </div>
        <div className="field-pair">
          <SelectField
            control={control}
            name="prisoner.status"
            label={t('prisoner.fields.status')}
            options={prisonerStatuses.map((status) => ({ value: status, label: t(`prisonerStatus.${status}`) }))}
          />
          <TextField
            control={control}
            name="prisoner.expectedRelease"
            type="date"
            label={t('prisoner.fields.expectedRelease')}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('prisonerForm.mail')}</legend>
        <CheckField control={control} name="prisoner.doNotWrite" label={t('prisonerForm.doNotWrite')} />
        {doNotWrite && (
          <TextField
            control={control}
            name="prisoner.doNotWriteReason"
            type="textarea"
            kind="doNotWriteReason"
            label={t('prisonerForm.doNotWriteReason')}
            hint={t('prisonerForm.doNotWriteReasonHint')}
          />
        )}
        <TextField
          control={control}
          name="prisoner.notes"
          type="textarea"
          label={t('prisoner.fields.notes')}
          hint={t('prisonerForm.notesHint')}
        />
      </fieldset>
    </>
  );
}
