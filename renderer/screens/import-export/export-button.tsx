import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import { errorCodeOf } from '../../api/client-error';
import { useExportCsv } from '../../api/import-export.queries';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';

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
        <UnencryptedFileDialog
          title={t('export.title')}
          warning={t('export.warning')}
          advice={t('export.advice')}
          confirm={t('export.confirm')}
          busyLabel={t('export.busy')}
          busy={exportCsv.isPending}
          written={written ? t('export.written', { count: written.rows, file: written.fileName }) : null}
          error={exportCsv.isError ? errorCodeOf(exportCsv.error) : null}
          onConfirm={() => exportCsv.mutate(input, { onSuccess: (r) => r.status === 'cancelled' && close() })}
          onClose={close}
        />
      )}
    </>
  );
}
