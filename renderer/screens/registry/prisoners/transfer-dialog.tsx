import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { transferInput } from '../../../../shared/registry/stays.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite } from '../../../api/registry.queries';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';
import { FacilityPicker } from '../facilities/facility-picker';
import { ModalDialog } from '../../../components/modal-dialog';
import { ModuleField } from './module-field';
import { localToday } from '../../../../shared/today';
import { TextField } from '../../../forms/text-field';
import { zodFormResolver } from '../../../forms/zod-form-resolver';

type TransferValues = z.input<typeof transferInput>;

/** A transfer closes the current stay and opens the next one on the same day, in one step in the vault. */
export function TransferDialog({ prisonerId, onClose }: { prisonerId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const transfer = useRegistryWrite('stays:transfer');
  const form = useForm<TransferValues, unknown, z.output<typeof transferInput>>({
    resolver: zodFormResolver(transferInput),
    defaultValues: { prisonerId, prisonerNumber: '', module: '', date: localToday() },
  });
  const submit = form.handleSubmit((values) => transfer.mutate(values, { onSuccess: onClose }));
  return (
    <ModalDialog title={t('transfer.title')} onClose={transfer.isPending ? undefined : onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('transfer.intro')}</p>
        <FacilityPicker control={form.control} name="facilityId" label={t('transfer.facility')} autoFocus />
        <TextField
          control={form.control}
          name="prisonerNumber"
          label={t('transfer.number')}
          hint={t('transfer.numberHint')}
        />
        <ModuleField control={form.control} setValue={form.setValue} facilityName="facilityId" name="module" />
        <TextField control={form.control} name="date" type="date" label={t('transfer.date')} required />
        <ErrorAlert code={transfer.isError ? errorCodeOf(transfer.error) : null} />
        <div className="actions">
          <button type="button" className="button-secondary" disabled={transfer.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <BusyButton type="submit" busy={transfer.isPending} busyLabel={t('common.saving')}>
            {t('transfer.submit')}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
