import { useTranslation } from 'react-i18next';
import { optionalColumns, type OptionalColumn } from './prisoner-columns';

interface ColumnChooserProps {
  shown: readonly OptionalColumn[];
  onChange: (shown: OptionalColumn[]) => void;
}

/** The columns a user may add to the prisoner list (tags, expected release, whether there are notes). */
export function PrisonerColumnChooser({ shown, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  return (
    <details className="column-chooser">
      <summary className="button-secondary">{t('prisoners.optionalColumns.button')}</summary>
      <fieldset>
        <legend>{t('prisoners.optionalColumns.legend')}</legend>
        {optionalColumns.map((id) => (
          <label key={id} className="checkbox">
            <input
              type="checkbox"
              checked={shown.includes(id)}
              onChange={(event) =>
                onChange(optionalColumns.filter((c) => (c === id ? event.target.checked : shown.includes(c))))
              }
            />
            {t(`prisoners.optionalColumns.${id}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
