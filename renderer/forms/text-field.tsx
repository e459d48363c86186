import { useId } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import type { FieldKind, NumberRange } from './field-error';
import { describedBy, FieldShell } from './field-shell';
import { useFieldError } from './use-field-error';

interface TextFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  hint?: string;
  kind?: FieldKind;
  type?: 'text' | 'date' | 'number' | 'textarea';
  range?: NumberRange;
  /** An empty box means "no value" (null) rather than an empty text the schema would refuse. */
  emptyAsNull?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
  inputClassName?: string;
}

function toValue(type: TextFieldProps<FieldValues, unknown>['type'], emptyAsNull: boolean) {
  return (raw: unknown) => {
    if (typeof raw !== 'string') return raw;
    if (type === 'number') return raw.trim() === '' ? null : Number(raw);
    if (type === 'date' || emptyAsNull) return raw.trim() === '' ? null : raw;
    return raw;
  };
}

/** A text, date, number or multi-line field bound to react-hook-form, with its translated error. */
export function TextField<T extends FieldValues, V>({
  control,
  name,
  label,
  hint,
  kind,
  type = 'text',
  range,
  emptyAsNull = false,
  required,
  autoFocus,
  className,
  inputClassName,
}: TextFieldProps<T, V>) {
  const id = useId();
  const fieldKind: FieldKind = kind ?? (type === 'date' ? 'date' : type === 'number' ? 'number' : 'text');
  const error = useFieldError(control, name, fieldKind, range);
  const registration = control.register(name, { setValueAs: toValue(type, emptyAsNull) });
  const common = {
    id,
    ...registration,
    autoFocus,
    className: inputClassName,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      {type === 'textarea' ? (
        <textarea rows={4} {...common} />
      ) : (
        <input
          type={type}
          autoComplete="off"
          spellCheck={false}
          min={range?.min}
          max={range?.max}
          step={type === 'number' ? 1 : undefined}
          {...common}
        />
      )}
    </FieldShell>
  );
}
