import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { foldForSearch } from '../../../../shared/search-fold';
import { useFacilities } from '../../../api/registry.queries';
import { countryName } from '../../../countries';
import { describedBy } from '../../../forms/field-shell';
import { useFieldError } from '../../../forms/use-field-error';
import { currentLanguage } from '../../../i18n';

interface FacilityPickerProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  autoFocus?: boolean;
}

/** Rows of the list box: enough to see a handful of matches without a second scroll bar on a small screen. */
const LIST_SIZE = 6;

/**
 * Chooses a facility among hundreds: a search box (accents and case do not matter) narrows a list box that the arrow
 * keys walk. The chosen facility stays listed whatever the search says.
 */
export function FacilityPicker<T extends FieldValues, V>({
  control,
  name,
  label,
  autoFocus,
}: FacilityPickerProps<T, V>) {
  const { t } = useTranslation();
  const id = useId();
  const facilities = useFacilities();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController({ control, name });
  const [filter, setFilter] = useState('');
  const error = useFieldError(control, name, 'facility');
  const language = currentLanguage();
  const selected = typeof value === 'number' ? value : null;

  const options = useMemo(() => {
    const needle = foldForSearch(filter.trim());
    const all = facilities.data ?? [];
    return all.filter((f) => f.id === selected || !needle || foldForSearch(`${f.name} ${f.city}`).includes(needle));
  }, [facilities.data, filter, selected]);

  return (
    <div className="field facility-picker">
      <label htmlFor={`${id}-search`}>{t('facilityPicker.search', { label })}</label>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={filter}
        autoFocus={autoFocus}
        onChange={(event) => setFilter(event.target.value)}
      />
      <label htmlFor={id} className="facility-picker-list-label">
        {label}
      </label>
      <select
        id={id}
        ref={ref}
        name={fieldName}
        size={LIST_SIZE}
        value={selected === null ? '' : String(selected)}
        onBlur={onBlur}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        {options.map((f) => (
          <option key={f.id} value={String(f.id)}>
            {`${f.name} (${f.city}, ${countryName(f.country, language)})`}
          </option>
        ))}
      </select>
      {facilities.isSuccess && options.length === 0 && <p className="hint">{t('facilityPicker.noMatch')}</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
