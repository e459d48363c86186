import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { countryOptions } from '../../countries';
import { currentLanguage } from '../../i18n';
import { SettingsSection } from './settings-section';

/** The country the group posts from: addresses there leave out the country line. */
export function GroupCountrySection({ country }: { country: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSettings();
  const [value, setValue] = useState(country ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value) save.mutate({ groupCountry: value });
  };
  return (
    <SettingsSection heading={t('settingsPrint.country.heading')}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('settingsPrint.country.label')}</label>
          <div className="input-row">
            <select
              id={id}
              value={value}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setValue(event.target.value)}
            >
              {country === null && <option value="">{t('settingsPrint.country.none')}</option>}
              {countryOptions(currentLanguage()).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <BusyButton
              type="submit"
              busy={save.isPending}
              busyLabel={t('common.saving')}
              className="button-secondary"
              disabled={!value}
            >
              {t('common.save')}
            </BusyButton>
          </div>
          <p id={`${id}-hint`} className="hint">
            {t('settingsPrint.country.hint')}
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
