import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../shared/contract';
import { errorCodeOf } from '../api/client-error';
import { useExportCsv } from '../api/import-export-queries';
import { BusyButton } from './busy-button';
import { ErrorAlert } from './error-alert';
import { ModalDialog } from './modal-dialog';

/**
 * Exports a list to CSV, after a dialog that says plainly the file will not be encrypted: whoever finds it (a seized
 * USB stick, a shared folder) reads it. The host's save dialog comes next; cancelling it writes nothing.
 */
export function ExportButton({ input }: { input: InputOf<'export:csv'> }) {
  const { t } = useTranslation();
  const exportCsv = useExportCsv();
  const [asking, setAsking] = useState(false);
  const written = exportCsv.data?.status === 'written' ? exportCsv.data : null;
  const close = () => {
    setAsking(false);
    exportCsv.reset();
  };
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {t('export.button')}
      </button>
      {asking && (
        <ModalDialog title={t('export.title')} onClose={exportCsv.isPending ? undefined : close}>
          {written ? (
            <p role="status" className="alert alert-success break-anywhere">
              {t('export.written', { count: written.rows, file: written.fileName })}
            </p>
          ) : (
            <>
              <p className="alert alert-warning">{t('export.warning')}</p>
              <p>{t('export.advice')}</p>
            </>
          )}
          <ErrorAlert code={exportCsv.isError ? errorCodeOf(exportCsv.error) : null} />
          <div className="actions">
            {written ? (
              <button type="button" className="button-primary" autoFocus onClick={close}>
                {t('common.close')}
              </button>
            ) : (
              <>
                <button type="button" className="button-secondary" autoFocus disabled={exportCsv.isPending} onClick={close}>
                  {t('common.cancel')}
                </button>
                <BusyButton busy={exportCsv.isPending} busyLabel={t('export.busy')} onClick={() => exportCsv.mutate(input, { onSuccess: (r) => r.status === 'cancelled' && close() })}>
                  {t('export.confirm')}
                </BusyButton>
              </>
            )}
          </div>
        </ModalDialog>
      )}
    </>
  );
}
