import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { usePickRestoreFile } from '../../api/vault.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { RestoreDialog, type RestoreChoice } from './restore-dialog';

/** Starts a restore: the host's native file dialog first (cancelling it does nothing), then the restore dialog. */
export function RestoreButton({ label, className = 'button-secondary' }: { label: string; className?: string }) {
  const { t } = useTranslation();
  const pick = usePickRestoreFile();
  const [choice, setChoice] = useState<RestoreChoice | null>(null);
  const start = () =>
    pick.mutate(undefined, {
      onSuccess: (result) => {
        if (result.status === 'chosen') setChoice(result);
      },
    });
  return (
    <>
      <BusyButton busy={pick.isPending} busyLabel={t('restore.picking')} className={className} onClick={start}>
        {label}
      </BusyButton>
      <ErrorAlert code={pick.isError ? errorCodeOf(pick.error) : null} />
      {choice && <RestoreDialog choice={choice} onClose={() => setChoice(null)} />}
    </>
  );
}
