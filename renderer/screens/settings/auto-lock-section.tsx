import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { autoLockMinutes } from '../../../shared/settings/settings.schemas';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { SaveOutcome } from '../../components/save-outcome';
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
      <SaveOutcome save={save} invalid={invalid ? t('settings.autoLock.invalid') : undefined} />
    </SettingsSection>
  );
}
