import { useId } from 'react';
import { get, useFormState, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldShell } from '../../forms/field-shell';

interface MoneyFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  hint?: string;
  /** An amount: typed in the user's language, read by shared/parcels/money-text.ts, never as a float. */
  currency?: string;
  type?: 'text' | 'date';
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
}

/** A field of a money form; its error is the key a reader (money-form.ts) gave, said in the user's language. */
export function MoneyField<T extends FieldValues, V>({
  control,
  name,
  label,
  hint,
  currency,
  type = 'text',
  required,
  autoFocus,
  className,
}: MoneyFieldProps<T, V>) {
  const { t } = useTranslation();
  const id = useId();
  const { errors } = useFormState({ control, name });
  const key = (get(errors, name) as { message?: string } | undefined)?.message;
  const error = key ? String(t(`money.screens.${key}` as 'money.screens.loading', { currency })) : undefined;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type={type}
        autoComplete="off"
        spellCheck={false}
        inputMode={currency ? 'decimal' : undefined}
        className={currency ? 'amount-input' : undefined}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...control.register(name)}
      />
    </FieldShell>
  );
}
