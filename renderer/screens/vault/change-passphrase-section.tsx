import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { errorCodeOf } from '../../api/client-error';
import { useChangePassphrase } from '../../api/vault.queries';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { RecoveryCodePanel } from './recovery-code-panel';
import { SecretField } from './secret-field';
import { NewPassphraseFields } from './new-passphrase-fields';
import { useAssessment } from './strength-meter';
import { newPassphraseReason } from './passphrase-reason';
import { KeyChangeDialog } from './key-change-dialog';
import { RekeyOutcome } from './rekey-outcome';
import { SettingsSection } from '../settings/settings-section';
import { useReturnFocus } from '../settings/use-return-focus';

/** What the change did, shown until the user closes it; a vault made by Parloir 0.1 also gets a new recovery code. */
function ChangedDialog({ outcome, onClose }: { outcome: OutputOf<'vault:changePassphrase'>; onClose: () => void }) {
  const { t } = useTranslation();
  const code = outcome.recoveryCode;
  return (
    // A new recovery code is shown once: the dialog stays until the user says it is written down.
    <ModalDialog title={t('rekey.passphraseTitle')} onClose={code ? undefined : onClose}>
      <RekeyOutcome
        headline={t('rekey.passphraseChanged')}
        outcome={outcome}
        elsewhere={code ? t('rekey.elsewhereBoth') : t('rekey.elsewherePassphrase')}
      />
      {code ? (
        <>
          <p>{t('rekey.oldFormatCode')}</p>
          <RecoveryCodePanel code={code} doneLabel={t('rekey.close')} onDone={onClose} />
        </>
      ) : (
        <div className="actions">
          <button type="button" className="button-primary" autoFocus onClick={onClose}>
            {t('rekey.close')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}

export function ChangePassphraseSection() {
  const { t } = useTranslation();
  const change = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<OutputOf<'vault:changePassphrase'> | null>(null);
  const submitButton = useReturnFocus<HTMLButtonElement>(confirming || outcome !== null);
  const assessment = useAssessment(next);
  const reasonWith = (found: ReturnType<typeof assessment.now>) =>
    current ? newPassphraseReason(next, confirmation, found) : 'reasonEmpty';
  // After a refused attempt the reason must follow every keystroke; before it, the settled meter is enough.
  const reason = reasonWith(attempted ? assessment.now() : assessment.shown);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (reasonWith(assessment.now())) return;
    change.reset();
    setConfirming(true);
  };
  const confirm = () =>
    change.mutate(
      { current, next },
      {
        onSuccess: (result) => {
          setCurrent('');
          setNext('');
          setConfirmation('');
          setAttempted(false);
          setOutcome(result);
        },
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <SettingsSection heading={t('settings.changePassphrase.heading')}>
      <form onSubmit={submit} noValidate>
        <SecretField
          label={t('settings.changePassphrase.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          label={t('settings.changePassphrase.next')}
          confirmLabel={t('settings.changePassphrase.confirm')}
          passphrase={next}
          confirmation={confirmation}
          onPassphraseChange={setNext}
          onConfirmationChange={setConfirmation}
          assessment={assessment}
          reason={reason}
          attempted={attempted}
        />
        <ErrorAlert code={change.isError ? errorCodeOf(change.error) : null} />
        <div className="actions">
          <button ref={submitButton} type="submit" className="button-secondary">
            {t('settings.changePassphrase.submit')}
          </button>
        </div>
      </form>
      {confirming && (
        <KeyChangeDialog
          kind="passphrase"
          title={t('settings.changePassphrase.heading')}
          confirmLabel={t('settings.changePassphrase.submit')}
          busyLabel={t('settings.changePassphrase.busy')}
          confirmClassName="button-primary"
          busy={change.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      )}
      {outcome && (
        <ChangedDialog
          outcome={outcome}
          onClose={() => {
            setOutcome(null);
            change.reset();
          }}
        />
      )}
    </SettingsSection>
  );
}
