import { z } from 'zod';
import { id, isoDate, optionalText } from '../common.schemas';
import { letterIssueReasons, letterStatuses } from './letter-values';
import { letterListInput } from './letters.schemas';

/** The most letters one bulk call names by id: a selection beyond that is made with the filters instead. */
export const MAX_BULK_LETTERS = 10_000;

/** What the list shows, without its page and order: a bulk action or an export by filter takes these. */
export const letterFilterInput = letterListInput.omit({ offset: true, limit: true, sort: true, descending: true });
export type LetterFilterInput = z.output<typeof letterFilterInput>;

/** The ticked letters, or every letter the filters give ("select all N"). */
export const letterTarget = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('ids'), letterIds: z.array(id).min(1).max(MAX_BULK_LETTERS) }),
  z.strictObject({ by: z.literal('filters'), filters: letterFilterInput.prefault({}) }),
]);
export type LetterTarget = z.output<typeof letterTarget>;
/** The target as the window writes it (the filters' defaults left out). */
export type LetterTargetIn = z.input<typeof letterTarget>;

export const bulkMarkSentInput = z.strictObject({ target: letterTarget, sentOn: isoDate });

export const bulkMarkReturnedInput = z
  .strictObject({
    target: letterTarget,
    reason: z.enum(letterIssueReasons),
    note: optionalText(1000),
  })
  .refine((input) => input.reason !== 'other' || input.note !== null, {
    message: 'The reason "other" needs its text',
    path: ['note'],
  });

/** How many letters changed and, by their status, how many were left as they were (the action made no sense). */
export const bulkOutput = z.strictObject({
  changed: z.number().int().nonnegative(),
  skipped: z.array(z.strictObject({ status: z.enum(letterStatuses), count: z.number().int().positive() })),
});
export type BulkOutput = z.output<typeof bulkOutput>;

export const letterExportInput = z.strictObject({ target: letterTarget });

/** Moves a prisoner's drafts from an ended stay to the open one, each with the block composed for it today. */
export const readdressInput = z.strictObject({ prisonerId: id, fromStayId: id });
export const readdressOutput = z.strictObject({
  readdressed: z.number().int().nonnegative(),
  toStayId: id,
  facilityName: z.string(),
});
