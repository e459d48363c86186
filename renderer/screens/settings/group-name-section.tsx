import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { SettingsSection } from './settings-section';

export function GroupNameSection({ groupName }: { groupName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSettings();
  const [value, setValue] = useState(groupName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ groupName: value.trim() });
  };

  return (
    <SettingsSection heading={t('settings.group.heading')}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('settings.group.label')}</label>
          <div className="input-row">
            <input
              id={id}
              type="text"
              maxLength={120}
              autoComplete="off"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              aria-describedby={`${id}-hint`}
            />
            <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')} className="button-secondary">
              {t('common.save')}
            </BusyButton>
          </div>
          <p id={`${id}-hint`} className="hint">
            {t('settings.group.hint')}
          </p>
        </div>
      </form>
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      {save.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('common.saved')}
        </p>
      )}
    </SettingsSection>
  );
}
