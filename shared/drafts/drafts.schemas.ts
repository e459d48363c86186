import { z } from 'zod';
import { id } from '../common.schemas';

/** The forms that can be kept as a draft: each reopens on its own screen after the next unlock. */
export const draftForms = ['prisoner', 'facility', 'stay', 'parcel', 'evening', 'letter', 'letterEdit'] as const;
export type DraftForm = (typeof draftForms)[number];

/** A form's values, as the form holds them (JSON), read back only by the form that wrote them. */
export const draftValues = z
  .string()
  .max(200_000)
  .refine((text) => {
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  }, 'A JSON object');

export const draftInput = z.strictObject({
  form: z.enum(draftForms),
  /** The record the form edits, or the prisoner a stay or a new letter is added to; null for a new record. */
  recordId: id.nullable(),
  values: draftValues,
});
export type DraftInput = z.infer<typeof draftInput>;

export const draft = draftInput.extend({ savedAt: z.iso.datetime() });
export type Draft = z.infer<typeof draft>;

/** What drafts:get answers: the draft kept at the last lock, or null. */
export const keptDraft = z.strictObject({ draft: draft.nullable() });
