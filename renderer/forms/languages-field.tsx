import { useId, useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { describedBy, FieldShell } from './field-shell';
import { useFieldError } from './use-field-error';

interface LanguagesFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  hint: string;
}

const parse = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Language codes typed as a list ("fr, tr"); the text stays as typed while the form holds the parsed list. */
export function LanguagesField<T extends FieldValues, V>({ control, name, label, hint }: LanguagesFieldProps<T, V>) {
  const id = useId();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController({ control, name });
  const [text, setText] = useState(() => (Array.isArray(value) ? (value as string[]).join(', ') : ''));
  const error = useFieldError(control, name, 'languages');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        ref={ref}
        name={fieldName}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onBlur={onBlur}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parse(event.target.value));
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}
