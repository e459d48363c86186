import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';

interface BankImportResultProps {
  result: OutputOf<'bankImport:run'>;
  onReconcile: () => void;
  onAnother: () => void;
}

/** What the import wrote; the next step, reconciling the new lines, is the first button. */
export function BankImportResult({ result, onReconcile, onAnother }: BankImportResultProps) {
  const { t } = useTranslation();
  const k = 'money.reconcile.importing';
  return (
    <div className="panel">
      <p role="status" className="alert alert-success">
        {t(`${k}.done`, { count: result.imported })}
      </p>
      {result.duplicates > 0 && <p>{t(`${k}.doneDuplicates`, { count: result.duplicates })}</p>}
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={onReconcile}>
          {t(`${k}.reconcile`)}
        </button>
        <button type="button" className="button-secondary" onClick={onAnother}>
          {t(`${k}.another`)}
        </button>
      </div>
    </div>
  );
}
