import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keepDraft } from '../../api/drafts.queries';
import { errorCodeOf } from '../../api/client-error';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';

interface LockWarningDialogProps {
  onLock: () => void;
  onCancel: () => void;
}

/** A manual lock with a form half filled: keep it as a draft inside the vault, lose it, or go back to it. */
export function LockWarningDialog({ onLock, onCancel }: LockWarningDialogProps) {
  const { t } = useTranslation();
  const keep = useMutation({ mutationFn: keepDraft, onSuccess: onLock });
  return (
    <ModalDialog title={t('drafts.lockWarning.title')} onClose={keep.isPending ? undefined : onCancel}>
      <p>{t('drafts.lockWarning.body')}</p>
      <p className="hint">{t('drafts.lockWarning.keepHint')}</p>
      <ErrorAlert code={keep.isError ? errorCodeOf(keep.error) : null} />
      <div className="actions">
        <BusyButton busy={keep.isPending} busyLabel={t('drafts.lockWarning.keeping')} onClick={() => keep.mutate()}>
          {t('drafts.lockWarning.keepAndLock')}
        </BusyButton>
        <button type="button" className="button-secondary" disabled={keep.isPending} onClick={onLock}>
          {t('drafts.lockWarning.lockAnyway')}
        </button>
        <button type="button" className="button-secondary" disabled={keep.isPending} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
