import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { closeStayInput } from '../../../../shared/registry/stays.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite } from '../../../api/registry.queries';
import { BusyButton } from '../../../components/busy-button';
import { ErrorAlert } from '../../../components/error-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { localToday } from '../../../../shared/today';
import { SelectField } from '../../../forms/select-field';
import { TextField } from '../../../forms/text-field';
import { zodFormResolver } from '../../../forms/zod-form-resolver';

type CloseValues = z.input<typeof closeStayInput>;
const endReasons = ['release', 'deportation', 'death', 'other'] as const;

/** Release, deportation or death: ends the current stay, so the person has no prison address any more. */
export function CloseStayDialog({ prisonerId, onClose }: { prisonerId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useRegistryWrite('stays:close');
  const form = useForm<CloseValues, unknown, z.output<typeof closeStayInput>>({
    resolver: zodFormResolver(closeStayInput),
    defaultValues: { prisonerId, date: localToday(), endReason: 'release' },
  });
  const submit = form.handleSubmit((values) => close.mutate(values, { onSuccess: onClose }));
  return (
    <ModalDialog title={t('closeStay.title')} onClose={close.isPending ? undefined : onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('closeStay.intro')}</p>
        <SelectField
          control={form.control}
          name="endReason"
          label={t('closeStay.reason')}
          options={endReasons.map((reason) => ({ value: reason, label: t(`stayReason.${reason}`) }))}
        />
        <TextField control={form.control} name="date" type="date" label={t('closeStay.date')} required />
        <ErrorAlert code={close.isError ? errorCodeOf(close.error) : null} />
        <div className="actions">
          <button type="button" className="button-secondary" autoFocus disabled={close.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <BusyButton type="submit" busy={close.isPending} busyLabel={t('common.saving')}>
            {t('closeStay.submit')}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
