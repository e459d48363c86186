import type { Control, FieldValues, Path } from 'react-hook-form';

interface CheckFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
}

export function CheckField<T extends FieldValues, V>({ control, name, label }: CheckFieldProps<T, V>) {
  return (
    <label className="checkbox">
      <input type="checkbox" {...control.register(name)} />
      {label}
    </label>
  );
}
