import { useEffect, useRef, useState } from 'react';
import type { DraftForm } from '../../shared/drafts/drafts.schemas';
import { registerDraftReader, sameValues, takeRestoredDraft } from './form-drafts';

/**
 * `useFormDraft` for a form held in React state rather than react-hook-form: the values to start with (the draft
 * kept at the last lock when it is this form's, else `pristine`), and a reader that hands a lock the values typed in
 * when they differ from `pristine`. Use it as the form's `useState`.
 */
export function useValuesDraft<T extends object>(kind: DraftForm, recordId: number | null, pristine: () => T) {
  const [initial] = useState(() => {
    const fresh = pristine();
    const kept = takeRestoredDraft(kind, recordId);
    // A draft is read back only by the form that wrote it; its fields over the fresh ones keep any field added since.
    return { fresh, start: kept && typeof kept === 'object' ? ({ ...fresh, ...kept } as T) : fresh };
  });
  const [values, setValues] = useState<T>(initial.start);
  const current = useRef(values);
  useEffect(() => {
    current.current = values;
  }, [values]);
  useEffect(
    () =>
      registerDraftReader(() =>
        sameValues(current.current, initial.fresh)
          ? null
          : { form: kind, recordId, values: JSON.stringify(current.current) },
      ),
    [kind, recordId, initial],
  );
  return [values, setValues] as const;
}
