import { useTranslation } from 'react-i18next';
import type { DeleteImpact } from '../../shared/registry/delete-impact.schemas';
import { errorCodeOf } from '../api/client-error';
import { useDeleteImpact, useRegistryWrite } from '../api/registry.queries';
import { BusyButton } from './busy-button';
import { ErrorAlert } from './error-alert';
import { ModalDialog } from './modal-dialog';

interface DeleteDialogProps {
  kind: 'prisoner' | 'facility';
  id: number;
  name: string;
  onDeleted: () => void;
  onCancel: () => void;
}

function ImpactList({ impact }: { impact: DeleteImpact }) {
  const { t } = useTranslation();
  const parts = [
    impact.stays > 0 && t('deletion.stays', { count: impact.stays }),
    impact.prisoners > 0 && t('deletion.prisoners', { count: impact.prisoners }),
    impact.tags > 0 && t('deletion.tags', { count: impact.tags }),
    impact.letters > 0 && t('deletion.letters', { count: impact.letters }),
    impact.parcels > 0 && t('deletion.parcels', { count: impact.parcels }),
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return <p>{t('deletion.nothingElse')}</p>;
  return (
    <>
      <p>{t('deletion.goesWith')}</p>
      <ul className="impact-list">
        {parts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Deleting cannot be undone: the dialog first asks the vault what goes with it (stays, tags), says so in words, and
 * suggests archiving, which hides without deleting. Focus starts on Cancel.
 */
export function DeleteDialog({ kind, id, name, onDeleted, onCancel }: DeleteDialogProps) {
  const { t } = useTranslation();
  const impact = useDeleteImpact(kind, id);
  const remove = useRegistryWrite(kind === 'prisoner' ? 'prisoners:delete' : 'facilities:delete');
  const confirm = () => remove.mutate({ id, confirmed: true }, { onSuccess: onDeleted });
  // Money history is never deleted with a prisoner: the deletion would be refused, so it is not offered.
  const ledgerRows = impact.data ? impact.data.ledgerEntries + impact.data.funds : 0;
  return (
    <ModalDialog title={t(`deletion.title.${kind}`, { name })} onClose={remove.isPending ? undefined : onCancel}>
      {impact.isPending && <p role="status">{t('common.loading')}</p>}
      {impact.data && <ImpactList impact={impact.data} />}
      {ledgerRows > 0 ? (
        <p className="alert alert-warning">{t('deletion.ledgerKept', { count: ledgerRows })}</p>
      ) : (
        <p className="alert alert-warning">{t(`deletion.archiveInstead.${kind}`)}</p>
      )}
      <ErrorAlert
        code={impact.isError ? errorCodeOf(impact.error) : remove.isError ? errorCodeOf(remove.error) : null}
      />
      <div className="actions">
        <button type="button" className="button-secondary" autoFocus disabled={remove.isPending} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton
          busy={remove.isPending}
          busyLabel={t('deletion.busy')}
          className="button-danger"
          disabled={!impact.data || ledgerRows > 0}
          onClick={confirm}
        >
          {t('deletion.confirm')}
        </BusyButton>
      </div>
    </ModalDialog>
  );
}
