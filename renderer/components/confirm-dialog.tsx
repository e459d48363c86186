import { useTranslation } from 'react-i18next';
import { BusyButton } from './busy-button';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; focus starts on the safe choice. */
export function ConfirmDialog({ title, body, confirmLabel, busyLabel, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={title} onClose={busy ? undefined : onCancel}>
      <p>{body}</p>
      <div className="actions">
        <button type="button" className="button-secondary" autoFocus disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton busy={busy} busyLabel={busyLabel} className="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </BusyButton>
      </div>
    </ModalDialog>
  );
}
