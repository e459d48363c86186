import { z } from 'zod';
import { countryCode, id, optionalLine, optionalText, requiredLine, timestamp } from '../common.schemas';
import { mailRules } from './mail-rules.schemas';

export const facilityKinds = [
  'remand',
  'prison',
  'detention_centre',
  'immigration_detention',
  'psychiatric',
  'other',
] as const;
export const facilityKind = z.enum(facilityKinds);
export type FacilityKind = z.infer<typeof facilityKind>;

/** A postal address as its parts; shared/address composes them in each country's order. */
export const postalAddress = z.strictObject({
  country: countryCode,
  street: optionalLine(200),
  extra: optionalLine(200),
  /** PO box, BP, Cedex, Postfach: printed on its own line, in the wording the country uses. */
  poBox: optionalLine(100),
  /**
   * The box's own postcode when it differs from the street's (a German Postfach, a French Cedex): printed on the town
   * line in place of `postcode` when there is a box. Optional, so addresses saved before it existed stay valid.
   */
  poBoxPostcode: optionalLine(20).optional(),
  postcode: optionalLine(20),
  city: requiredLine(120),
  region: optionalLine(120),
});
export type PostalAddress = z.output<typeof postalAddress>;

export const facilityInput = z.strictObject({
  name: requiredLine(200),
  kind: facilityKind,
  address: postalAddress,
  rules: mailRules.prefault({}),
  notes: optionalText(10_000),
});
export type FacilityInput = z.input<typeof facilityInput>;

export const facility = z.strictObject({
  id,
  name: z.string(),
  kind: facilityKind,
  address: postalAddress,
  rules: mailRules,
  notes: z.string().nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Facility = z.output<typeof facility>;

export const facilitySummary = z.strictObject({
  id,
  name: z.string(),
  kind: facilityKind,
  country: z.string(),
  city: z.string(),
  archived: z.boolean(),
  currentPrisoners: z.number().int().nonnegative(),
});
export type FacilitySummary = z.output<typeof facilitySummary>;

export const facilityListInput = z.strictObject({
  country: countryCode.optional(),
  includeArchived: z.boolean().default(false),
});

export const facilityUpdateInput = z.strictObject({ id, facility: facilityInput });
