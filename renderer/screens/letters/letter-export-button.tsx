import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterTargetIn } from '../../../shared/letters/letter-bulk.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useExportLetters } from '../../api/letters.queries';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';

/**
 * Exports letters to CSV through the same path as the registry's export: first a dialog that says the file will not be
 * encrypted, then the host's save dialog (cancelling it writes nothing).
 */
export function LetterExportButton({ target }: { target: LetterTargetIn }) {
  const { t } = useTranslation();
  const exportCsv = useExportLetters();
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
          onConfirm={() => exportCsv.mutate({ target }, { onSuccess: (r) => r.status === 'cancelled' && close() })}
          onClose={close}
        />
      )}
    </>
  );
}
