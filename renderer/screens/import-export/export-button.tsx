import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { errorCodeOf } from '../../api/client-error';
import { useExportCsv } from '../../api/import-export.queries';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';

type Exported = OutputOf<'export:csv'>;

/** What a CSV export mutation looks like to the button: each list has its own channel, the same answer. */
export interface CsvExport {
  data: Exported | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
  /** Starts the export; `onSuccess` gets the answer (written, or cancelled in the save dialog). */
  start: (onSuccess: (answer: Exported) => void) => void;
}

/**
 * Exports a list to CSV, after a dialog that says plainly the file will not be encrypted: whoever finds it (a seized
 * USB stick, a shared folder) reads it. The host's save dialog comes next; cancelling it writes nothing.
 */
export function CsvExportButton({ exportCsv }: { exportCsv: CsvExport }) {
  const { t } = useTranslation();
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
          onConfirm={() => exportCsv.start((answer) => answer.status === 'cancelled' && close())}
          onClose={close}
        />
      )}
    </>
  );
}

/** The registry's lists (prisoners, facilities) exported as the screen filters them. */
export function ExportButton({ input }: { input: InputOf<'export:csv'> }) {
  const mutation = useExportCsv();
  return <CsvExportButton exportCsv={{ ...mutation, start: (onSuccess) => mutation.mutate(input, { onSuccess }) }} />;
}
