import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { autoLockMinutes } from '../../../shared/settings/settings.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { SettingsSection } from './settings-section';

export function AutoLockSection({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSettings();
  const [value, setValue] = useState(String(minutes));
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = autoLockMinutes.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    setInvalid(!parsed.success);
    if (parsed.success) save.mutate({ autoLockMinutes: parsed.data });
    else save.reset();
  };

  return (
    <SettingsSection heading={t('settings.autoLock.heading')}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('settings.autoLock.label')}</label>
          <div className="input-row">
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              step={1}
              className="input-short"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={`${id}-hint`}
            />
            <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')} className="button-secondary">
              {t('common.save')}
            </BusyButton>
          </div>
          <p id={`${id}-hint`} className="hint">
            {t('settings.autoLock.hint')}
          </p>
        </div>
      </form>
      {invalid && (
        <p role="alert" className="alert alert-error">
          {t('settings.autoLock.invalid')}
        </p>
      )}
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      {save.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('common.saved')}
        </p>
      )}
    </SettingsSection>
  );
}
