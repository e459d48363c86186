import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useNewRecoveryCode } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { RecoveryCodePanel } from '../../components/recovery-code-panel';
import { SecretField } from '../../components/secret-field';
import { SettingsSection } from './settings-section';

/** Replaces the recovery code: passphrase, a confirmation that the old code dies, then the new code shown once. */
export function NewRecoveryCodeSection() {
  const { t } = useTranslation();
  const renew = useNewRecoveryCode();
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [code, setCode] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) setConfirming(true);
  };
  const confirm = () =>
    renew.mutate(
      { passphrase },
      {
        onSuccess: ({ recoveryCode }) => {
          setCode(recoveryCode);
          setPassphrase('');
        },
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <SettingsSection heading={t('settings.newRecovery.heading')}>
      <p>{t('settings.newRecovery.intro')}</p>
      <form onSubmit={submit} noValidate>
        <SecretField label={t('settings.newRecovery.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
        <ErrorAlert code={renew.isError ? errorCodeOf(renew.error) : null} />
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={!passphrase}>
            {t('settings.newRecovery.submit')}
          </button>
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('settings.newRecovery.confirmTitle')}
          body={t('settings.newRecovery.confirmBody')}
          confirmLabel={t('settings.newRecovery.confirmAction')}
          busyLabel={t('settings.newRecovery.busy')}
          busy={renew.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      )}
      {code && (
        <ModalDialog title={t('recovery.title')}>
          <p>{t('recovery.intro')}</p>
          <RecoveryCodePanel
            code={code}
            doneLabel={t('settings.newRecovery.done')}
            onDone={() => {
              setCode(null);
              renew.reset();
            }}
          />
        </ModalDialog>
      )}
    </SettingsSection>
  );
}
