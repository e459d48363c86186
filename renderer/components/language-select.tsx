import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/settings/settings.schemas';
import { errorCodeOf } from '../api/client-error';
import { useSaveSettings } from '../api/settings.queries';
import { currentLanguage } from '../i18n';
import { ErrorAlert } from './error-alert';

/** Saves the language (a preference outside the vault, so it works while locked) and switches the UI at once. */
export function LanguageSelect({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSettings();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={currentLanguage()}
        disabled={save.isPending}
        autoFocus={autoFocus}
        onChange={(event) => save.mutate({ language: event.target.value as Language })}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
    </div>
  );
}
