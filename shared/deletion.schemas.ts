import { z } from 'zod';
import { id } from './common.schemas';

/** Archiving hides a row from the lists without deleting it, and can be undone; the same input for every kind of row. */
export const archiveInput = z.strictObject({ id, archived: z.boolean() });

/** Deleting something with history needs `confirmed: true`; without it the handler answers CONFIRMATION_REQUIRED. */
export const deleteInput = z.strictObject({ id, confirmed: z.boolean().default(false) });

const count = z.number().int().nonnegative();

/**
 * What deleting a row takes with it, counted by kind of row (`{ stays: 3, tags: 1 }`), shown before the user confirms
 * (`*:deleteImpact`). Each domain names the kinds its deletions can take.
 */
export function deleteImpactOf<const K extends string>(kinds: readonly K[]) {
  return z.strictObject(Object.fromEntries(kinds.map((kind) => [kind, count])) as Record<K, typeof count>);
}
