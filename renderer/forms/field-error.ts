import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';

/**
 * What a field holds, which says how to word its error: zod's issue codes (and its English messages) are never shown;
 * the code and the kind of field pick a sentence in the user's language.
 */
export type FieldKind =
  | 'text'
  | 'required'
  | 'date'
  | 'endDate'
  | 'number'
  | 'country'
  | 'languages'
  | 'iban'
  | 'referencePattern'
  | 'endReason'
  | 'doNotWriteReason'
  | 'facility';

export interface NumberRange {
  min: number;
  max: number;
}

/** The first error under a field: arrays (languages) and groups report their first broken part. */
export function firstFieldError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('type' in error && typeof (error as FieldError).type === 'string') return error as FieldError;
  for (const value of Object.values(error)) {
    const found = firstFieldError(value);
    if (found) return found;
  }
  return undefined;
}

export function fieldErrorMessage(t: TFunction, error: FieldError, kind: FieldKind, range?: NumberRange): string {
  const code = error.type;
  if (kind === 'number') {
    if (code === 'invalid_type') return t('form.errors.notANumber');
    if (range) return t('form.errors.numberRange', { min: range.min, max: range.max });
    return t('form.errors.invalid');
  }
  if (kind === 'facility') return t('form.errors.chooseFacility');
  if (code === 'too_small' || code === 'invalid_type') return t('form.errors.required');
  if (code === 'too_big') return t('form.errors.tooLong');
  switch (kind) {
    case 'date':
      return t('form.errors.invalidDate');
    case 'endDate':
      return code === 'custom' ? t('form.errors.endBeforeStart') : t('form.errors.invalidDate');
    case 'country':
      return t('form.errors.invalidCountry');
    case 'languages':
      return t('form.errors.invalidLanguages');
    case 'iban':
      return t('form.errors.invalidIban');
    case 'referencePattern':
      return t('form.errors.unknownPlaceholder');
    case 'endReason':
      return t('form.errors.endReasonNeeded');
    case 'doNotWriteReason':
      return t('form.errors.reasonOnlyWithDoNotWrite');
    default:
      return t('form.errors.invalid');
  }
}
