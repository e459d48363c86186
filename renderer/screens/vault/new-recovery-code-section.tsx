import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { errorCodeOf } from '../../api/client-error';
import { useNewRecoveryCode } from '../../api/vault.queries';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { RecoveryCodePanel } from './recovery-code-panel';
import { SecretField } from './secret-field';
import { KeyChangeDialog } from './key-change-dialog';
import { RekeyOutcome } from './rekey-outcome';
import { SettingsSection } from '../settings/settings-section';
import { useReturnFocus } from '../settings/use-return-focus';

/**
 * Replaces the recovery code: passphrase, a confirmation that the old code dies and the vault gets a new key, the
 * progress of that re-key, then the new code shown once with what happened to the local backups.
 */
export function NewRecoveryCodeSection() {
  const { t } = useTranslation();
  const renew = useNewRecoveryCode();
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<OutputOf<'vault:newRecoveryCode'> | null>(null);
  const submitButton = useReturnFocus<HTMLButtonElement>(confirming || outcome !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) setConfirming(true);
  };
  const confirm = () =>
    renew.mutate(
      { passphrase },
      {
        onSuccess: (result) => {
          setOutcome(result);
          setPassphrase('');
        },
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <SettingsSection heading={t('settings.newRecovery.heading')}>
      <p>{t('settings.newRecovery.intro')}</p>
      <form onSubmit={submit} noValidate>
        <SecretField
          label={t('settings.newRecovery.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
        <ErrorAlert code={renew.isError ? errorCodeOf(renew.error) : null} />
        <div className="actions">
          <button ref={submitButton} type="submit" className="button-secondary" disabled={!passphrase}>
            {t('settings.newRecovery.submit')}
          </button>
        </div>
      </form>
      {confirming && (
        <KeyChangeDialog
          kind="recoveryCode"
          title={t('settings.newRecovery.confirmTitle')}
          body={t('settings.newRecovery.confirmBody')}
          confirmLabel={t('settings.newRecovery.confirmAction')}
          busyLabel={t('settings.newRecovery.busy')}
          confirmClassName="button-danger"
          busy={renew.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      )}
      {outcome && (
        // Shown once: the dialog stays until the user says the code is written down.
        <ModalDialog title={t('recovery.title')}>
          <RekeyOutcome
            headline={t('rekey.recoveryCodeChanged')}
            outcome={outcome}
            elsewhere={t('rekey.elsewhereRecoveryCode')}
          />
          <p>{t('recovery.intro')}</p>
          <RecoveryCodePanel
            code={outcome.recoveryCode}
            doneLabel={t('settings.newRecovery.done')}
            onDone={() => {
              setOutcome(null);
              renew.reset();
            }}
          />
        </ModalDialog>
      )}
    </SettingsSection>
  );
}
