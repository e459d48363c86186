import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DraftForm } from '../../shared/drafts/drafts.schemas';
import { registerDraftReader, sameValues, takeRestoredDraft } from './form-drafts';

/**
 * Makes a form's unsaved values the draft a lock keeps inside the vault, and fills the form from the draft brought
 * back after the next unlock. One line per form: `useFormDraft(form, 'prisoner', id ?? null)`.
 */
export function useFormDraft<T extends FieldValues, Output>(
  // Whatever the form's parsed output type: only the values typed in are read.
  form: UseFormReturn<T, unknown, Output>,
  kind: DraftForm,
  recordId: number | null,
): void {
  useEffect(() => {
    const restored = takeRestoredDraft(kind, recordId);
    // The stored values stay the defaults, so the restored ones still count as unsaved at the next lock.
    if (restored) form.reset(restored as T, { keepDefaultValues: true });
    return registerDraftReader(() => {
      const values = form.getValues();
      if (sameValues(values, form.formState.defaultValues)) return null;
      return { form: kind, recordId, values: JSON.stringify(values) };
    });
  }, [form, kind, recordId]);
}
