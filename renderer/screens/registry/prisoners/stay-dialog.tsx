import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { stayCreateInput, stayEndReasons, stayStartReasons } from '../../../../shared/registry/stays.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite } from '../../../api/registry.queries';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';
import { FacilityPicker } from '../facilities/facility-picker';
import { ModalDialog } from '../../../components/modal-dialog';
import { ModuleField } from './module-field';
import { SelectField } from '../../../forms/select-field';
import { TextField } from '../../../forms/text-field';
import { useFormDraft } from '../../../forms/use-form-draft';
import { zodFormResolver } from '../../../forms/zod-form-resolver';

type StayValues = z.input<typeof stayCreateInput>;

/**
 * Adds a stay to the history: a past one (with its end) or, for someone with no current address, where they are now
 * (no end). The vault refuses a stay that overlaps another.
 */
export function StayDialog({ prisonerId, onClose }: { prisonerId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useRegistryWrite('stays:add');
  const form = useForm<StayValues, unknown, z.output<typeof stayCreateInput>>({
    resolver: zodFormResolver(stayCreateInput),
    defaultValues: {
      prisonerId,
      stay: { prisonerNumber: '', module: '', from: '', to: null, startReason: 'arrest', endReason: null },
    },
  });
  useFormDraft(form, 'stay', prisonerId);
  const submit = form.handleSubmit((values) => add.mutate(values, { onSuccess: onClose }));
  return (
    <ModalDialog title={t('stayDialog.title')} onClose={add.isPending ? undefined : onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('stayDialog.intro')}</p>
        <FacilityPicker control={form.control} name="stay.facilityId" label={t('stayDialog.facility')} autoFocus />
        <TextField control={form.control} name="stay.prisonerNumber" label={t('stayDialog.number')} />
        <ModuleField
          control={form.control}
          setValue={form.setValue}
          facilityName="stay.facilityId"
          name="stay.module"
        />
        <div className="field-pair">
          <TextField control={form.control} name="stay.from" type="date" label={t('stayDialog.from')} required />
          <SelectField
            control={form.control}
            name="stay.startReason"
            label={t('stayDialog.startReason')}
            options={stayStartReasons.map((reason) => ({ value: reason, label: t(`stayReason.${reason}`) }))}
          />
        </div>
        <div className="field-pair">
          <TextField
            control={form.control}
            name="stay.to"
            type="date"
            kind="endDate"
            label={t('stayDialog.to')}
            hint={t('stayDialog.toHint')}
          />
          <SelectField
            control={form.control}
            name="stay.endReason"
            kind="endReason"
            label={t('stayDialog.endReason')}
            emptyLabel={t('stayDialog.noEnd')}
            options={stayEndReasons.map((reason) => ({ value: reason, label: t(`stayReason.${reason}`) }))}
          />
        </div>
        <ErrorAlert code={add.isError ? errorCodeOf(add.error) : null} />
        <div className="actions">
          <button type="button" className="button-secondary" disabled={add.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <BusyButton type="submit" busy={add.isPending} busyLabel={t('common.saving')}>
            {t('stayDialog.submit')}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
