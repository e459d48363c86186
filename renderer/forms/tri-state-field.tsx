import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

interface TriStateFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
}

const toChoice = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : 'unknown');
const fromChoice = (choice: string) => (choice === 'yes' ? true : choice === 'no' ? false : null);

/** Yes / no / not known: a rule nobody has checked yet is "not known", never silently "no". */
export function TriStateField<T extends FieldValues, V>({ control, name, label }: TriStateFieldProps<T, V>) {
  const { t } = useTranslation();
  const id = useId();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController({ control, name });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={ref}
        name={fieldName}
        value={toChoice(value)}
        onBlur={onBlur}
        onChange={(event) => onChange(fromChoice(event.target.value))}
      >
        <option value="unknown">{t('form.unknown')}</option>
        <option value="yes">{t('form.yes')}</option>
        <option value="no">{t('form.no')}</option>
      </select>
    </div>
  );
}
