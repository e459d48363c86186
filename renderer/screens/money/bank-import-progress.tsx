import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBankImportProgress } from '../../api/bank.queries';

/** While bankImport:run writes, asks how far it has got every 200 ms and shows it as a bar; it can be stopped. */
export function BankImportProgress({ token, onCancel }: { token: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const progress = useBankImportProgress(token, true);
  const done = progress.data?.done ?? 0;
  const total = progress.data?.total ?? 0;
  return (
    <div className="import-progress" role="status">
      <label htmlFor={id}>{t('money.reconcile.importing.running')}</label>
      {total > 0 ? <progress id={id} max={total} value={done} /> : <progress id={id} />}
      {total > 0 && <p className="muted">{t('money.reconcile.importing.progress', { done, total })}</p>}
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('money.reconcile.importing.cancel')}
        </button>
      </div>
    </div>
  );
}
