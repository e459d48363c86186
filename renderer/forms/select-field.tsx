import { useId } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import type { FieldKind } from './field-error';
import { describedBy, FieldShell } from './field-shell';
import { useFieldError } from './use-field-error';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  options: readonly SelectOption[];
  hint?: string;
  kind?: FieldKind;
  /** Shown first with the value "": chosen, it stores null. */
  emptyLabel?: string;
  className?: string;
}

/** A drop-down bound to react-hook-form; an optional first entry stands for "none" (null). */
export function SelectField<T extends FieldValues, V>({
  control,
  name,
  label,
  options,
  hint,
  kind = 'text',
  emptyLabel,
  className,
}: SelectFieldProps<T, V>) {
  const id = useId();
  const error = useFieldError(control, name, kind);
  const registration = control.register(name, { setValueAs: (raw: unknown) => (raw === '' ? null : raw) });
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
