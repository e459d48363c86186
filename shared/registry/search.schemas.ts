import { z } from 'zod';
import { id } from '../common.schemas';
import { prisonerStatus } from './prisoners.schemas';

export const searchInput = z.strictObject({
  text: z.string().max(200),
  limit: z.number().int().min(1).max(100).default(20),
  includeArchived: z.boolean().default(false),
});

export const searchHit = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('prisoner'),
    id,
    title: z.string(),
    prisonerNumber: z.string().nullable(),
    facilityName: z.string().nullable(),
    status: prisonerStatus,
  }),
  z.strictObject({ kind: z.literal('facility'), id, title: z.string(), city: z.string(), country: z.string() }),
]);
export type SearchHit = z.output<typeof searchHit>;
export const searchOutput = z.strictObject({ hits: z.array(searchHit) });
