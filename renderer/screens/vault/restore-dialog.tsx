import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockMethod } from '../../../shared/vault/vault.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useRestore } from '../../api/vault.queries';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { RekeyProgress } from './rekey-progress';
import { SecretField } from './secret-field';

export interface RestoreChoice {
  token: string;
  fileName: string;
  createdAt: string;
}

/**
 * Restoring replaces the vault: the user names the backup's secret, then confirms that the current vault will be
 * replaced (and first kept as a backup) and that the restored vault and the local backups get a new key. While it
 * runs the dialog shows how far it has got and cannot be dismissed; the host reloads the page once it is restored.
 */
export function RestoreDialog({ choice, onClose }: { choice: RestoreChoice; onClose: () => void }) {
  const { t } = useTranslation();
  const restore = useRestore();
  const [step, setStep] = useState<'secret' | 'confirm'>('secret');
  const [method, setMethod] = useState<UnlockMethod>('passphrase');
  const [secret, setSecret] = useState('');
  // Restored: the host is reloading the window; until then the dialog stays as it is.
  const busy = restore.isPending || restore.isSuccess;

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (secret) setStep('confirm');
  };
  const confirm = () => restore.mutate({ token: choice.token, method, secret }, { onError: () => setStep('secret') });
  const switchMethod = () => {
    setMethod(method === 'passphrase' ? 'recoveryCode' : 'passphrase');
    setSecret('');
    restore.reset();
  };

  return (
    <ModalDialog title={t('restore.title')} onClose={busy ? undefined : onClose}>
      <dl className="facts">
        <dt>{t('restore.file')}</dt>
        <dd>{choice.fileName}</dd>
        <dt>{t('restore.createdAt')}</dt>
        <dd>{formatDateTime(choice.createdAt, currentLanguage())}</dd>
      </dl>
      {step === 'secret' ? (
        <form onSubmit={next} noValidate>
          <p>{t('restore.secretIntro')}</p>
          <SecretField
            key={method}
            label={method === 'passphrase' ? t('unlock.passphrase') : t('unlock.recoveryCode')}
            value={secret}
            onChange={setSecret}
            autoComplete="off"
            autoFocus
            monospace={method === 'recoveryCode'}
          />
          <button type="button" className="button-link" onClick={switchMethod}>
            {method === 'passphrase' ? t('restore.useRecovery') : t('restore.usePassphrase')}
          </button>
          <ErrorAlert code={restore.isError ? errorCodeOf(restore.error) : null} />
          <div className="actions">
            <button type="button" className="button-secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button-primary" disabled={!secret}>
              {t('restore.next')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <h3>{t('restore.confirmTitle')}</h3>
          <p className="alert alert-warning">{t('restore.confirmBody')}</p>
          <p>{t('rekey.beforeRestore')}</p>
          {restore.isPending && <RekeyProgress kind="restore" />}
          {restore.isSuccess && (
            <p role="status" className="alert alert-success">
              {t('rekey.restored')}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button-secondary"
              autoFocus
              disabled={busy}
              onClick={() => setStep('secret')}
            >
              {t('restore.back')}
            </button>
            <BusyButton busy={busy} busyLabel={t('restore.restoring')} className="button-danger" onClick={confirm}>
              {t('restore.confirmAction')}
            </BusyButton>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
