import type { Draft, DraftForm, DraftInput } from '../../shared/drafts/drafts.schemas';

/**
 * The forms on screen that could be kept as a draft, and the draft brought back after an unlock. Module state, not
 * React state: a lock reads it from outside any component (the idle timer, main's request), and the page reloads on
 * every lock, which empties it.
 */
type DraftReader = () => DraftInput | null;
const readers: DraftReader[] = [];
let restored: Draft | null = null;

/** A form registers how to read its unsaved values (null when it has none); the newest form open wins. */
export function registerDraftReader(read: DraftReader): () => void {
  readers.push(read);
  return () => {
    const at = readers.lastIndexOf(read);
    if (at >= 0) readers.splice(at, 1);
  };
}

/** The unsaved values of the form in front, or null when no form holds any. */
export function currentDraft(): DraftInput | null {
  for (let i = readers.length - 1; i >= 0; i -= 1) {
    const draft = readers[i]?.();
    if (draft) return draft;
  }
  return null;
}

export function offerRestoredDraft(draft: Draft): void {
  restored = draft;
}

/** Whether the draft brought back after the unlock belongs to this form (a dialog opens itself for it). */
export function hasRestoredDraft(form: DraftForm, recordId: number | null): boolean {
  return restored !== null && restored.form === form && restored.recordId === recordId;
}

/** The restored values for this form, once: the next form of the same kind starts empty. */
export function takeRestoredDraft(form: DraftForm, recordId: number | null): unknown {
  if (!restored || !hasRestoredDraft(form, recordId)) return null;
  const values: unknown = JSON.parse(restored.values);
  restored = null;
  return values;
}

/** Values compared as a person sees them: an empty text, null, an empty list and a missing field are all "nothing". */
export function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}

function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalized);
  if (value === null || value === '') return undefined;
  if (typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => [key, normalized(inner)] as const)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
