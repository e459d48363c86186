import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useSaveSetAside } from '../../api/import-export.queries';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';

/**
 * Saves the rows an import set aside as a CSV to fix, after the same warning as an export: the file is not
 * encrypted, and these rows name people.
 */
export function SaveSetAsideButton({ token, count }: { token: string; count: number }) {
  const { t } = useTranslation();
  const save = useSaveSetAside();
  const [asking, setAsking] = useState(false);
  const written = save.data?.status === 'written' ? save.data : null;
  const close = () => {
    setAsking(false);
    save.reset();
  };
  return (
    <>
      <button type="button" className="button-primary" onClick={() => setAsking(true)}>
        {t('import.saveSetAside', { count })}
      </button>
      {asking && (
        <UnencryptedFileDialog
          title={t('import.saveSetAsideTitle')}
          warning={t('export.warning')}
          advice={t('export.advice')}
          confirm={t('import.saveSetAsideConfirm')}
          busyLabel={t('export.busy')}
          busy={save.isPending}
          written={written ? t('export.written', { count: written.rows, file: written.fileName }) : null}
          error={save.isError ? errorCodeOf(save.error) : null}
          onConfirm={() => save.mutate({ token }, { onSuccess: (r) => r.status === 'cancelled' && close() })}
          onClose={close}
        />
      )}
    </>
  );
}
