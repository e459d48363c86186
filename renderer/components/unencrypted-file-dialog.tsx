import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../shared/errors';
import { BusyButton } from './busy-button';
import { ErrorAlert } from './error-alert';
import { ModalDialog } from './modal-dialog';

interface UnencryptedFileDialogProps {
  title: string;
  warning: string;
  advice?: string;
  confirm: string;
  busyLabel: string;
  busy: boolean;
  /** Set once the host wrote the file: the dialog then says where. */
  written: string | null;
  error: ErrorCode | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Says plainly that the file about to be written is not encrypted, before the host's save dialog; then where it went. */
export function UnencryptedFileDialog({
  title,
  warning,
  advice,
  confirm,
  busyLabel,
  busy,
  written,
  error,
  onConfirm,
  onClose,
}: UnencryptedFileDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={title} onClose={busy ? undefined : onClose}>
      {written ? (
        <p role="status" className="alert alert-success break-anywhere">
          {written}
        </p>
      ) : (
        <>
          <p className="alert alert-warning">{warning}</p>
          {advice && <p>{advice}</p>}
        </>
      )}
      <ErrorAlert code={error} />
      <div className="actions">
        {written ? (
          <button type="button" className="button-primary" autoFocus onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button-secondary" autoFocus disabled={busy} onClick={onClose}>
              {t('common.cancel')}
            </button>
            <BusyButton busy={busy} busyLabel={busyLabel} onClick={onConfirm}>
              {confirm}
            </BusyButton>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
