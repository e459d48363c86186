import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useCreateVault } from '../../api/vault.queries';
import { AuthLayout } from './auth-layout';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { NewPassphraseFields } from './new-passphrase-fields';
import { useAssessment } from './strength-meter';
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
        <NewPassphraseFields
          label={t('firstRun.passphrase')}
          hint={t('firstRun.passphraseHint')}
          confirmLabel={t('firstRun.confirm')}
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphraseChange={setPassphrase}
          onConfirmationChange={setConfirmation}
          assessment={assessment}
          reason={reason}
          attempted={attempted}
          autoFocus
        />
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
