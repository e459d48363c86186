import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useCreateVault } from '../../api/vault.queries';
import { AuthLayout } from './auth-layout';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseProposal } from './passphrase-proposal';
import { SecretField } from './secret-field';
import { StrengthMeter, useAssessment } from './strength-meter';
import { newPassphraseReason } from './passphrase-reason';

export function FirstRunScreen({ onCreated }: { onCreated: (recoveryCode: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateVault();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const assessment = useAssessment(passphrase);
  // After a refused attempt the reason must follow every keystroke; before it, the settled meter is enough.
  const reason = newPassphraseReason(passphrase, confirmation, attempted ? assessment.now() : assessment.shown);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (newPassphraseReason(passphrase, confirmation, assessment.now())) return;
    create.mutate({ passphrase }, { onSuccess: ({ recoveryCode }) => onCreated(recoveryCode) });
  };

  return (
    <AuthLayout title={t('firstRun.title')}>
      <p>{t('firstRun.intro1')}</p>
      <p>{t('firstRun.intro2')}</p>
      <form onSubmit={submit} noValidate>
        <SecretField
          label={t('firstRun.passphrase')}
          hint={t('firstRun.passphraseHint')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="new-password"
          autoFocus
          invalid={attempted && (reason === 'reasonWeak' || reason === 'reasonTooShort')}
        />
        <PassphraseProposal
          current={passphrase}
          onPropose={(proposed) => {
            setPassphrase(proposed);
            setConfirmation(proposed);
          }}
        />
        <StrengthMeter assessment={assessment.shown} />
        <SecretField
          label={t('firstRun.confirm')}
          value={confirmation}
          onChange={setConfirmation}
          autoComplete="new-password"
          invalid={attempted && reason === 'reasonMismatch'}
        />
        {attempted && reason && (
          <p role="alert" className="alert alert-error">
            {t(`firstRun.${reason}`)}
          </p>
        )}
        <ErrorAlert code={create.isError ? errorCodeOf(create.error) : null} />
        <div className="actions">
          <BusyButton type="submit" busy={create.isPending} busyLabel={t('firstRun.creating')}>
            {t('firstRun.create')}
          </BusyButton>
        </div>
      </form>
    </AuthLayout>
  );
}
