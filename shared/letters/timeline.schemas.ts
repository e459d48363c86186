import { z } from 'zod';
import { id, isoDate } from '../common.schemas';
import { parcelStatuses } from '../parcels/parcel-values';
import { stayEndReasons, stayStartReasons } from '../registry/stays.schemas';
import { letterChannels, letterDirections, letterStatuses } from './letter-values';

/** Within one day: parcels above letters above the stay that began that day (a stay is the oldest event of its day). */
export const timelineKinds = ['stay', 'letter', 'parcel'] as const;

/** Where a page of the timeline ended: the next page starts strictly below it (date, kind's rank, id). */
export const timelineCursor = z.strictObject({ date: isoDate, kind: z.enum(timelineKinds), id });
export type TimelineCursor = z.output<typeof timelineCursor>;

export const timelineInput = z.strictObject({
  prisonerId: id,
  before: timelineCursor.nullish().transform((v) => v ?? null),
  limit: z.number().int().min(1).max(50).default(50),
});
export type TimelineInput = z.output<typeof timelineInput>;

export const timelineItem = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('stay'),
    id,
    date: z.string(),
    to: z.string().nullable(),
    facilityName: z.string(),
    prisonerNumber: z.string().nullable(),
    startReason: z.enum(stayStartReasons),
    endReason: z.enum(stayEndReasons).nullable(),
  }),
  z.strictObject({
    kind: z.literal('letter'),
    id,
    date: z.string(),
    direction: z.enum(letterDirections),
    status: z.enum(letterStatuses),
    channel: z.enum(letterChannels),
    writerName: z.string().nullable(),
    pages: z.number().int().nullable(),
    summary: z.string().nullable(),
    needsAction: z.boolean(),
    mayNotHaveArrived: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('parcel'), id, date: z.string(), status: z.enum(parcelStatuses) }),
]);
export type TimelineItem = z.output<typeof timelineItem>;

export const timeline = z.strictObject({ items: z.array(timelineItem), next: timelineCursor.nullable() });
export type Timeline = z.output<typeof timeline>;
