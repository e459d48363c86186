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
