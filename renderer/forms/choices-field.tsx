import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { SelectOption } from './select-field';

interface ChoicesFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  legend: string;
  options: readonly SelectOption[];
}

/** Several of a fixed list (parcel contents, a member's roles): a group of checkboxes holding an array. */
export function ChoicesField<T extends FieldValues, V>({ control, name, legend, options }: ChoicesFieldProps<T, V>) {
  const { field } = useController({ control, name });
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  const toggle = (value: string, on: boolean) =>
    field.onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox checkbox-inline">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
