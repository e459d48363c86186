import { z } from 'zod';
import { id, isoDate, optionalLine, optionalText, requiredLine, timestamp } from '../common.schemas';
import { parcelContents, parcelIssueReasons, parcelIssueStatuses, parcelStatuses } from './parcel-values';

/** An amount in integer minor units (cents) of an ISO 4217 currency: both or neither, so it is one value or null. */
export const money = z.strictObject({
  minor: z.number().int().min(0).max(100_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code'),
});
export type Money = z.output<typeof money>;

export const parcelStatus = z.enum(parcelStatuses);
export const parcelIssueReason = z.enum(parcelIssueReasons);
export const parcelCategory = z.enum(parcelContents);

export const parcelItemInput = z.strictObject({
  category: parcelCategory,
  description: requiredLine(200),
  quantity: z.number().int().min(1).max(1000),
  value: money.nullable().default(null),
});
export type ParcelItem = z.output<typeof parcelItemInput>;

const isIssue = (status: string) => (parcelIssueStatuses as readonly string[]).includes(status);

const parcelFieldsObject = z.strictObject({
  prisonerId: id,
  /** A stay of that prisoner; left out, the stay they are in now. */
  stayId: id.nullish().transform((v) => v ?? null),
  items: z.array(parcelItemInput).max(200).default([]),
  weightGrams: z.number().int().min(0).max(100_000).nullable().default(null),
  postage: money.nullable().default(null),
  carrier: optionalLine(100),
  trackingNumber: optionalLine(100),
  preparedOn: isoDate,
  sentOn: isoDate.nullable().default(null),
  deliveredOn: isoDate.nullable().default(null),
  status: parcelStatus.default('prepared'),
  issueReason: parcelIssueReason.nullable().default(null),
  issueNote: optionalText(1000),
  actionTaken: optionalText(1000),
  notes: optionalText(4000),
  /** Save even though the facility's rules warn (or are not known): false answers the warnings and saves nothing. */
  acceptWarnings: z.boolean().default(false),
});

type Fields = Omit<z.output<typeof parcelFieldsObject>, 'prisonerId'>;

/** The same rules as the table's CHECKs, said on the field they concern. */
function checkFields(value: Fields, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (value.sentOn !== null && value.sentOn < value.preparedOn) issue('sentOn', 'Sent before it was prepared');
  if (value.deliveredOn !== null && value.deliveredOn < (value.sentOn ?? value.preparedOn))
    issue('deliveredOn', 'Delivered before it was sent');
  if (value.deliveredOn !== null && value.sentOn === null) issue('sentOn', 'A delivered parcel was sent first');
  if (isIssue(value.status) && value.issueReason === null) issue('issueReason', 'Say why');
  if (!isIssue(value.status) && value.issueReason !== null)
    issue('issueReason', 'Only a parcel with a problem has one');
  if (value.issueReason === 'other' && value.issueNote === null) issue('issueNote', 'Say what happened');
  if (value.status !== 'prepared' && value.sentOn === null) issue('sentOn', 'When was it sent?');
  if (value.status === 'delivered' && value.deliveredOn === null) issue('deliveredOn', 'When was it delivered?');
}

export const parcelCreateInput = parcelFieldsObject.superRefine(checkFields);
export type ParcelCreateInput = z.input<typeof parcelCreateInput>;
export type ParcelFields = z.output<typeof parcelCreateInput>;
/** A parcel stays with the person it was for: an update names the parcel, not the person. */
export const parcelUpdateInput = parcelFieldsObject.omit({ prisonerId: true }).extend({ id }).superRefine(checkFields);
export type ParcelUpdateFields = Omit<z.output<typeof parcelUpdateInput>, 'id'>;

/** What the facility's rules say about a parcel, one kind per problem (translated in `parcels.warnings`). */
export const parcelWarningKinds = [
  'no_stay',
  'parcels_not_allowed',
  'parcels_unknown',
  'over_weight',
  'max_weight_unknown',
  'weight_missing',
  'content_not_allowed',
  'contents_unknown',
] as const;
export const parcelWarning = z.strictObject({
  kind: z.enum(parcelWarningKinds),
  facilityName: z.string().nullable(),
  weightGrams: z.number().int().nullable(),
  maxGrams: z.number().int().nullable(),
  categories: z.array(parcelCategory),
});
export type ParcelWarning = z.output<typeof parcelWarning>;

export const parcelDetail = z.strictObject({
  id,
  prisonerId: id,
  prisonerName: z.string(),
  stayId: id.nullable(),
  facilityName: z.string().nullable(),
  /** The address exactly as it was composed the day the parcel was recorded: a transfer never rewrites it. */
  addressBlock: z.array(z.string()).nullable(),
  status: parcelStatus,
  items: z.array(parcelItemInput),
  weightGrams: z.number().int().nullable(),
  postage: money.nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  preparedOn: z.string(),
  sentOn: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  datedOn: z.string(),
  issueReason: parcelIssueReason.nullable(),
  issueNote: z.string().nullable(),
  actionTaken: z.string().nullable(),
  handledAt: timestamp.nullable(),
  needsAction: z.boolean(),
  notes: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ParcelDetail = z.output<typeof parcelDetail>;

export const parcelSaveOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), parcel: parcelDetail, warnings: z.array(parcelWarning) }),
  /** Nothing was saved: the warnings, for a "save anyway". */
  z.strictObject({ status: z.literal('warnings'), warnings: z.array(parcelWarning).min(1) }),
]);
export type ParcelSaveOutput = z.output<typeof parcelSaveOutput>;

export const parcelSortKeys = ['date', 'prisoner', 'status', 'weight'] as const;
export type ParcelSortKey = (typeof parcelSortKeys)[number];

export const parcelListInput = z.strictObject({
  statuses: z.array(parcelStatus).max(parcelStatuses.length).default([]),
  prisonerId: id.optional(),
  facilityId: id.optional(),
  /** On or after, on or before: the parcel's date (delivered, else sent, else prepared). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Refused, returned or lost, and not dealt with yet. */
  needsAction: z.boolean().default(false),
  sort: z.enum(parcelSortKeys).default('date'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type ParcelListInput = z.input<typeof parcelListInput>;

export const parcelRow = z.strictObject({
  id,
  prisonerId: id,
  prisonerName: z.string(),
  facilityName: z.string().nullable(),
  status: parcelStatus,
  datedOn: z.string(),
  weightGrams: z.number().int().nullable(),
  itemCount: z.number().int().nonnegative(),
  trackingNumber: z.string().nullable(),
  needsAction: z.boolean(),
});
export type ParcelRow = z.output<typeof parcelRow>;
export const parcelList = z.strictObject({ rows: z.array(parcelRow), total: z.number().int().nonnegative() });

export const markHandledInput = z.strictObject({
  id,
  /** False puts the parcel back among those that need action. */
  handled: z.boolean().default(true),
  actionTaken: optionalText(1000),
});
