import { useTranslation } from 'react-i18next';
import { get, useFormState, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorMessage, firstFieldError, type FieldKind, type NumberRange } from './field-error';

/** The error to show under one field, in the user's language, or undefined. */
export function useFieldError<T extends FieldValues, V>(
  control: Control<T, unknown, V>,
  name: Path<T>,
  kind: FieldKind,
  range?: NumberRange,
): string | undefined {
  const { t } = useTranslation();
  const { errors } = useFormState({ control, name });
  const error = firstFieldError(get(errors, name));
  return error ? fieldErrorMessage(t, error, kind, range) : undefined;
}
