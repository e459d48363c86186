import { useId } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { describedBy } from './field-shell';

export interface SearchListOption {
  value: string;
  text: string;
}

interface SearchListFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  searchLabel: string;
  filter: string;
  onFilterChange: (filter: string) => void;
  options: readonly SearchListOption[];
  /** The list box's value as the form holds it: the chosen option's value, or '' for none. */
  toText: (value: unknown) => string;
  fromText: (text: string) => unknown;
  /** Under the list: what to do next (type first, nothing matches); already in the user's language. */
  note?: string | undefined;
  error?: string | undefined;
  autoFocus?: boolean | undefined;
  className: string;
}

/** Rows of the list box: enough to see a handful of matches without a second scroll bar on a small screen. */
const LIST_SIZE = 6;

/**
 * One choice among many: a search box narrows a list box that the arrow keys walk. What narrows (a filter over a
 * loaded list, the vault's search) is the caller's; this is the shape both pickers share.
 */
export function SearchListField<T extends FieldValues, V>(props: SearchListFieldProps<T, V>) {
  const { control, name, label, searchLabel, filter, onFilterChange, options, note, error } = props;
  const id = useId();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController({ control, name });
  return (
    <div className={`field search-list-field ${props.className}`}>
      <label htmlFor={`${id}-search`}>{searchLabel}</label>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={filter}
        autoFocus={props.autoFocus}
        onChange={(event) => onFilterChange(event.target.value)}
      />
      <label htmlFor={id} className="search-list-label">
        {label}
      </label>
      <select
        id={id}
        ref={ref}
        name={fieldName}
        size={LIST_SIZE}
        value={props.toText(value)}
        onBlur={onBlur}
        onChange={(event) => onChange(props.fromText(event.target.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      {note && <p className="hint">{note}</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
