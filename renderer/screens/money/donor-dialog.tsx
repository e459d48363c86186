import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Donor } from '../../../shared/money/ledger-outputs.schemas';
import { useMoneyWrite } from '../../api/money.queries';
import { FormDialog } from '../../components/form-dialog';
import { MoneyField } from './money-field';
import { readingResolver, type FormReading } from './money-form';
import { recordedBy } from './recorded-by';

interface DonorFormValues {
  pseudonymOrName: string;
  thanks: string;
  noThanks: boolean;
}

interface DonorFields {
  pseudonymOrName: string;
  thanks: string | null;
  noThanks: boolean;
}

/** A donor is a name or a pseudonym and how to thank them, or that they want no thanks: nothing more is asked. */
export function readDonor(values: DonorFormValues): FormReading<DonorFields> {
  const name = values.pseudonymOrName.trim();
  if (name === '') return { ok: false, errors: { pseudonymOrName: 'accountForm.nameRequired' } };
  const thanks = values.thanks.trim();
  return {
    ok: true,
    value: {
      pseudonymOrName: name,
      noThanks: values.noThanks,
      thanks: values.noThanks || thanks === '' ? null : thanks,
    },
  };
}

const resolver = readingResolver(readDonor);

export function DonorDialog({ donor, onClose }: { donor: Donor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useMoneyWrite('donors:create');
  const update = useMoneyWrite('donors:update');
  const save = donor ? update : create;
  const form = useForm<DonorFormValues, unknown, DonorFields>({
    resolver,
    defaultValues: {
      pseudonymOrName: donor?.pseudonymOrName ?? '',
      thanks: donor?.thanks ?? '',
      noThanks: donor?.noThanks ?? false,
    },
  });
  const control = form.control;
  const noThanks = useWatch({ control, name: 'noThanks' });
  const submit = form.handleSubmit((values) => {
    const byMemberId = recordedBy();
    if (donor) update.mutate({ ...values, id: donor.id, byMemberId }, { onSuccess: onClose });
    else create.mutate({ ...values, byMemberId }, { onSuccess: onClose });
  });
  return (
    <FormDialog
      title={donor ? t('money.screens.donors.editTitle') : t('money.screens.donors.newTitle')}
      save={save}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <MoneyField control={control} name="pseudonymOrName" label={t('money.screens.donors.name')} required autoFocus />
      <label className="checkbox">
        <input type="checkbox" {...control.register('noThanks')} />
        {t('money.screens.donors.noThanks')}
      </label>
      {!noThanks && <MoneyField control={control} name="thanks" label={t('money.screens.donors.thanks')} />}
    </FormDialog>
  );
}
