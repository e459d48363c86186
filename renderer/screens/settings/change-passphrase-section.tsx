import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useChangePassphrase } from '../../api/queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { SecretField } from '../../components/secret-field';
import { StrengthMeter, useAssessment } from '../../components/strength-meter';
import { newPassphraseReason } from '../passphrase-reason';
import { SettingsSection } from './settings-section';

export function ChangePassphraseSection() {
  const { t } = useTranslation();
  const change = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const assessment = useAssessment(next);
  const reasonWith = (found: ReturnType<typeof assessment.now>) => (current ? newPassphraseReason(next, confirmation, found) : 'reasonEmpty');
  // After a refused attempt the reason must follow every keystroke; before it, the settled meter is enough.
  const reason = reasonWith(attempted ? assessment.now() : assessment.shown);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (reasonWith(assessment.now())) return;
    change.mutate(
      { current, next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirmation('');
          setAttempted(false);
        },
      },
    );
  };

  return (
    <SettingsSection heading={t('settings.changePassphrase.heading')}>
      <form onSubmit={submit} noValidate>
        <SecretField label={t('settings.changePassphrase.current')} value={current} onChange={setCurrent} autoComplete="current-password" />
        <SecretField
          label={t('settings.changePassphrase.next')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          invalid={attempted && reason === 'reasonWeak'}
        />
        <StrengthMeter assessment={assessment.shown} />
        <SecretField
          label={t('settings.changePassphrase.confirm')}
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
        <ErrorAlert code={change.isError ? errorCodeOf(change.error) : null} />
        {change.isSuccess && (
          <p role="status" className="alert alert-success">
            {t('settings.changePassphrase.done')}
          </p>
        )}
        <div className="actions">
          <BusyButton type="submit" busy={change.isPending} busyLabel={t('settings.changePassphrase.busy')} className="button-secondary">
            {t('settings.changePassphrase.submit')}
          </BusyButton>
        </div>
      </form>
    </SettingsSection>
  );
}
