import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { usePrisoner, useSearch } from '../../../api/registry.queries';
import { describedBy } from '../../../forms/field-shell';
import { useFieldError } from '../../../forms/use-field-error';

interface PrisonerPickerProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  /** A field holding the chosen prisoner's id as text ('' for none), as a select would. */
  name: Path<T>;
  label: string;
  autoFocus?: boolean;
}

/** Rows of the list box, as the facility picker shows. */
const LIST_SIZE = 6;

/**
 * Chooses one person among thousands: the vault's search index (names in any script, prisoner numbers, accents and
 * case aside) narrows a list box that the arrow keys walk; nothing is listed before a letter is typed, so a
 * 100,000-person vault loads nothing up front. The chosen person stays listed whatever the search says.
 */
export function PrisonerPicker<T extends FieldValues, V>({
  control,
  name,
  label,
  autoFocus,
}: PrisonerPickerProps<T, V>) {
  const { t } = useTranslation();
  const id = useId();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController({ control, name });
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter);
  const search = useSearch(query);
  const error = useFieldError(control, name, 'required');
  const selectedText = typeof value === 'string' ? value : '';
  const selected = selectedText ? Number(selectedText) : undefined;
  const chosen = usePrisoner(selected);

  const options = (() => {
    const hits = (query.trim() ? (search.data?.hits ?? []) : []).flatMap((hit) =>
      hit.kind === 'prisoner'
        ? [{ id: hit.id, text: [hit.title, hit.prisonerNumber, hit.facilityName].filter(Boolean).join(' · ') }]
        : [],
    );
    const person = chosen.data?.prisoner;
    if (selected === undefined || !person || hits.some((hit) => hit.id === selected)) return hits;
    const text = [
      [person.familyName, person.givenNames].filter(Boolean).join(' '),
      chosen.data?.current?.prisonerNumber,
    ]
      .filter(Boolean)
      .join(' · ');
    return [{ id: selected, text }, ...hits];
  })();

  return (
    <div className="field facility-picker prisoner-picker">
      <label htmlFor={`${id}-search`}>{t('prisonerPicker.search', { label })}</label>
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
        value={selectedText}
        onBlur={onBlur}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        {options.map((option) => (
          <option key={option.id} value={String(option.id)}>
            {option.text}
          </option>
        ))}
      </select>
      {!query.trim() && selected === undefined && <p className="hint">{t('prisonerPicker.typeFirst')}</p>}
      {query.trim() && search.isSuccess && options.length === 0 && (
        <p className="hint">{t('prisonerPicker.noMatch')}</p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
