import { z } from 'zod';
import {
  countryCode,
  id,
  isoDate,
  languageCode,
  optionalLine,
  optionalText,
  requiredLine,
  timestamp,
} from '../common.schemas';
import { attentionKind } from '../dashboard/dashboard.schemas';
import { currentAddress, stay, stayInput } from './stays.schemas';
import { BULK_LIMIT, tagRef } from './tags.schemas';

export const prisonerStatuses = ['pretrial', 'sentenced', 'released', 'deceased', 'unknown'] as const;
export const prisonerStatus = z.enum(prisonerStatuses);
export type PrisonerStatus = z.infer<typeof prisonerStatus>;

const optionalDate = isoDate.nullish().transform((v) => v ?? null);

export const prisonerInput = z
  .strictObject({
    /** The name as the prison knows it: what goes on the envelope. */
    familyName: requiredLine(120),
    givenNames: optionalLine(160),
    /** The name the group uses. */
    knownAs: optionalLine(120),
    pronouns: optionalLine(40),
    dateOfBirth: optionalDate,
    languages: z.array(languageCode).max(20).default([]),
    status: prisonerStatus.default('unknown'),
    expectedRelease: optionalDate,
    doNotWrite: z.boolean().default(false),
    doNotWriteReason: optionalText(2000),
    notes: optionalText(20_000),
  })
  .refine((p) => p.doNotWrite || p.doNotWriteReason === null, {
    message: 'A reason only goes with "do not write"',
    path: ['doNotWriteReason'],
  });
export type PrisonerInput = z.input<typeof prisonerInput>;

/** A new prisoner may come with the stay where they are now, in the same transaction. */
export const prisonerCreateInput = z.strictObject({
  prisoner: prisonerInput,
  stay: stayInput.optional(),
  tagIds: z.array(id).max(500).default([]),
});
export const prisonerUpdateInput = z.strictObject({ id, prisoner: prisonerInput });

export const prisonerSortKeys = ['name', 'number', 'facility', 'country', 'status', 'release', 'updatedAt'] as const;

export const prisonerListInput = z.strictObject({
  /** Only these prisoners: the rows ticked in the list, for their export. */
  prisonerIds: z.array(id).max(BULK_LIMIT).optional(),
  statuses: z.array(prisonerStatus).max(prisonerStatuses.length).default([]),
  tagIds: z.array(id).max(100).default([]),
  facilityId: id.optional(),
  country: countryCode.optional(),
  includeArchived: z.boolean().default(false),
  /** Only the prisoners one of the dashboard's counts is about (birthdays soon, no letter for a while…). */
  attention: attentionKind.optional(),
  sort: z.enum(prisonerSortKeys).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type PrisonerListInput = z.input<typeof prisonerListInput>;

export const prisonerRow = z.strictObject({
  id,
  familyName: z.string(),
  givenNames: z.string().nullable(),
  knownAs: z.string().nullable(),
  status: prisonerStatus,
  doNotWrite: z.boolean(),
  archived: z.boolean(),
  prisonerNumber: z.string().nullable(),
  facilityId: id.nullable(),
  facilityName: z.string().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  expectedRelease: z.string().nullable(),
  /** Whether the record has notes: the list shows that there are some, never what they say. */
  hasNotes: z.boolean(),
  /** Their tags' names, in name order. */
  tagNames: z.array(z.string()),
});
export type PrisonerRow = z.output<typeof prisonerRow>;
export const prisonerList = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(prisonerRow) });
/** What the list's filters give, as ids only: "select all" takes every filtered prisoner, loaded or not. */
export const prisonerIdsInput = prisonerListInput.omit({ offset: true, limit: true, sort: true, direction: true });
export const prisonerIds = z.array(id);

export const prisoner = z.strictObject({
  id,
  familyName: z.string(),
  givenNames: z.string().nullable(),
  knownAs: z.string().nullable(),
  pronouns: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  languages: z.array(z.string()),
  status: prisonerStatus,
  expectedRelease: z.string().nullable(),
  doNotWrite: z.boolean(),
  doNotWriteReason: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Prisoner = z.output<typeof prisoner>;

export const prisonerDetail = z.strictObject({
  prisoner,
  stays: z.array(stay),
  current: currentAddress.nullable(),
  /** The address block exactly as it will be printed (shared/address), or null without a current stay. */
  addressBlock: z.array(z.string()).nullable(),
  tags: z.array(tagRef),
  /**
   * Letter drafts by post still addressed to a stay that has ended (a transfer, a release): what the page offers to
   * re-address to the open stay (letters:readdressDrafts), one entry per old stay.
   */
  draftsOnEndedStays: z.array(z.strictObject({ stayId: id, facilityName: z.string(), count: z.number().int() })),
});
export type PrisonerDetail = z.output<typeof prisonerDetail>;
