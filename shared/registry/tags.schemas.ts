import { z } from 'zod';
import { id, optionalText, requiredLine } from '../common.schemas';

/** Campaigns and tags group prisoners (a trial, a movement, a country); one table, many to many. */
export const tagInput = z.strictObject({ name: requiredLine(80), description: optionalText(2000) });
export const tagUpdateInput = z.strictObject({ id, tag: tagInput });
export const tag = z.strictObject({
  id,
  name: z.string(),
  description: z.string().nullable(),
  prisoners: z.number().int().nonnegative(),
});
export type Tag = z.output<typeof tag>;
export const tagRef = z.strictObject({ id, name: z.string() });
export type TagRef = z.output<typeof tagRef>;
export const setTagsInput = z.strictObject({ prisonerId: id, tagIds: z.array(id).max(500) });

/** The most prisoners one bulk action takes: a whole filtered list of the largest groups, as the print selection. */
export const BULK_LIMIT = 10_000;
export const bulkTagActions = ['add', 'remove'] as const;
/** One tag put on, or taken off, many prisoners at once, in one transaction. */
export const bulkTagInput = z.strictObject({
  prisonerIds: z.array(id).min(1).max(BULK_LIMIT),
  tagId: id,
  action: z.enum(bulkTagActions),
});
/** The prisoners whose tags changed (sorted): the opposite action on them undoes it. */
export const bulkTagOutput = z.strictObject({ changed: z.array(id) });
