import { z } from 'zod';
import { id, isoDate, optionalLine } from '../common.schemas';
import { postalAddress } from './facilities.schemas';

export const stayStartReasons = ['arrest', 'transfer', 'other'] as const;
export const stayEndReasons = ['transfer', 'release', 'deportation', 'death', 'other'] as const;

const stayFields = {
  facilityId: id,
  /** The number is valid for this stay only: prisons renumber on transfer. */
  prisonerNumber: optionalLine(60),
  /**
   * The unit (módulo) of a Spanish prison, printed after the name. Optional, so callers that predate it (the import)
   * still build stays; absent means none.
   */
  module: optionalLine(60).optional(),
  from: isoDate,
  to: isoDate.nullish().transform((v) => v ?? null),
  startReason: z.enum(stayStartReasons),
  endReason: z
    .enum(stayEndReasons)
    .nullish()
    .transform((v) => v ?? null),
};

/** Stays are half-open [from, to): a transfer on day D ends one stay and starts the next on D. */
const endNotBeforeStart = (stay: { from: string; to: string | null }) => stay.to === null || stay.to >= stay.from;
const endReasonWithEnd = (stay: { to: string | null; endReason: string | null }) =>
  (stay.to === null) === (stay.endReason === null);

export const stayInput = z
  .strictObject(stayFields)
  .refine(endNotBeforeStart, { message: 'The end is before the start', path: ['to'] })
  .refine(endReasonWithEnd, { message: 'An ended stay needs an end reason, an open one none', path: ['endReason'] });
export type StayInput = z.input<typeof stayInput>;

export const stayCreateInput = z.strictObject({ prisonerId: id, stay: stayInput });
export const stayUpdateInput = z.strictObject({ id, stay: stayInput });

export const transferInput = z.strictObject({
  prisonerId: id,
  facilityId: id,
  prisonerNumber: optionalLine(60),
  /** The módulo in the new prison (Spanish prisons only): the old one stays with the old stay. */
  module: optionalLine(60).optional(),
  date: isoDate,
});

export const closeStayInput = z.strictObject({
  prisonerId: id,
  date: isoDate,
  endReason: z.enum(['release', 'deportation', 'death', 'other']),
});

export const stay = z.strictObject({
  id,
  prisonerId: id,
  facilityId: id,
  facilityName: z.string(),
  facilityCountry: z.string(),
  facilityCity: z.string(),
  prisonerNumber: z.string().nullable(),
  module: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  startReason: z.enum(stayStartReasons),
  endReason: z.enum(stayEndReasons).nullable(),
});
export type Stay = z.output<typeof stay>;

/** Derived from the open stay, never typed twice. */
export const currentAddress = z.strictObject({
  stayId: id,
  facilityId: id,
  facilityName: z.string(),
  prisonerNumber: z.string().nullable(),
  module: z.string().nullable(),
  address: postalAddress,
});
export type CurrentAddress = z.output<typeof currentAddress>;
