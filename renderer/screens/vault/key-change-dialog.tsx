import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../components/busy-button';
import { ModalDialog } from '../../components/modal-dialog';
import { RekeyProgress, type RekeyKind } from './rekey-progress';

interface KeyChangeDialogProps {
  kind: Exclude<RekeyKind, 'restore'>;
  title: string;
  /** What changes for the user, before the sentence that the vault and its local backups get a new key. */
  body?: string;
  confirmLabel: string;
  busyLabel: string;
  confirmClassName: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a change of secret, which re-keys the vault and every local backup: it says so, and that it takes a
 * while. While it runs the dialog shows how far it has got and cannot be dismissed. Focus starts on Cancel.
 */
export function KeyChangeDialog({
  kind,
  title,
  body,
  confirmLabel,
  busyLabel,
  confirmClassName,
  busy,
  onConfirm,
  onCancel,
}: KeyChangeDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={title} onClose={busy ? undefined : onCancel}>
      {body && <p>{body}</p>}
      <p>{t('rekey.before')}</p>
      {busy && <RekeyProgress kind={kind} />}
      <div className="actions">
        <button type="button" className="button-secondary" autoFocus disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton busy={busy} busyLabel={busyLabel} className={confirmClassName} onClick={onConfirm}>
          {confirmLabel}
        </BusyButton>
      </div>
    </ModalDialog>
  );
}
