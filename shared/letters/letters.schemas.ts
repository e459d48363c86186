import { z } from 'zod';
import { id, isoDate, languageCode, optionalText } from '../common.schemas';
import {
  letterChannels,
  letterDirections,
  letterIssueReasons,
  letterIssueStatuses,
  letterStatuses,
  outLetterStatuses,
} from './letter-values';
import { ruleWarning } from './letter-rules.schemas';

const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => (value ?? null) as z.output<T> | null);
/** Bounded as the vault's CHECKs bound them. */
const count = nullable(z.number().int().min(0).max(1000));

const isIssue = (status: string) => (letterIssueStatuses as readonly string[]).includes(status);

/**
 * A letter as the form writes it. By post and out, `stayId` null means the prisoner's open stay; the address block is
 * composed by the vault, never sent by the caller.
 */
export const letterInput = z
  .strictObject({
    prisonerId: id,
    direction: z.enum(letterDirections),
    status: z.enum(letterStatuses),
    channel: z.enum(letterChannels).default('post'),
    stayId: nullable(id),
    /** A member; null: the group. */
    writerMemberId: nullable(id),
    writtenOn: nullable(isoDate),
    sentOn: nullable(isoDate),
    receivedOn: nullable(isoDate),
    language: nullable(languageCode),
    pages: count,
    photos: count,
    stamps: count,
    summary: optionalText(2000),
    replyToId: nullable(id),
    issueReason: nullable(z.enum(letterIssueReasons)),
    issueNote: optionalText(1000),
    actionTaken: optionalText(1000),
    tagIds: z.array(id).max(50).default([]),
  })
  .refine((l) => (l.direction === 'in') === (l.status === 'received'), {
    message: 'A letter in is received; a letter out is a draft, sent, acknowledged, returned, withheld or lost',
    path: ['status'],
  })
  .refine((l) => l.direction === 'in' || (outLetterStatuses as readonly string[]).includes(l.status), {
    message: 'Not a status of a letter out',
    path: ['status'],
  })
  .refine((l) => l.writtenOn !== null || l.sentOn !== null || l.receivedOn !== null, {
    message: 'A letter needs at least one date',
    path: ['writtenOn'],
  })
  .refine((l) => l.receivedOn === null || l.sentOn === null || l.receivedOn >= l.sentOn, {
    message: 'A letter cannot be received before it was sent',
    path: ['receivedOn'],
  })
  .refine((l) => isIssue(l.status) === (l.issueReason !== null), {
    message: 'Returned and withheld letters need a reason, and only they have one',
    path: ['issueReason'],
  })
  .refine((l) => l.issueReason !== 'other' || l.issueNote !== null, {
    message: 'The reason "other" needs its text',
    path: ['issueNote'],
  });
export type LetterInput = z.output<typeof letterInput>;
export type LetterInputIn = z.input<typeof letterInput>;

/** With warnings and `acceptWarnings` false nothing is saved: the warnings come back to be shown. */
export const letterCreateInput = z.strictObject({ letter: letterInput, acceptWarnings: z.boolean().default(false) });
export const letterUpdateInput = z.strictObject({
  id,
  letter: letterInput,
  acceptWarnings: z.boolean().default(false),
});
export const markHandledInput = z.strictObject({ id, actionTaken: optionalText(1000) });

export const letterDetail = z.strictObject({
  id,
  prisonerId: id,
  prisonerName: z.string(),
  direction: z.enum(letterDirections),
  status: z.enum(letterStatuses),
  channel: z.enum(letterChannels),
  stayId: id.nullable(),
  facilityName: z.string().nullable(),
  /** The lines it went to, as composed that day: a transfer never rewrites them. */
  addressBlock: z.array(z.string()).nullable(),
  writerMemberId: id.nullable(),
  writerName: z.string().nullable(),
  writtenOn: z.string().nullable(),
  sentOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  datedOn: z.string(),
  language: z.string().nullable(),
  pages: z.number().int().nullable(),
  photos: z.number().int().nullable(),
  stamps: z.number().int().nullable(),
  summary: z.string().nullable(),
  replyToId: id.nullable(),
  issueReason: z.enum(letterIssueReasons).nullable(),
  issueNote: z.string().nullable(),
  actionTaken: z.string().nullable(),
  handledAt: z.string().nullable(),
  needsAction: z.boolean(),
  /** Sent by post to a stay that had already ended that day: the prisoner had been moved. */
  mayNotHaveArrived: z.boolean(),
  tagIds: z.array(id),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LetterDetail = z.output<typeof letterDetail>;

export const letterSaveOutput = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), letter: letterDetail, warnings: z.array(ruleWarning) }),
  z.strictObject({ saved: z.literal(false), warnings: z.array(ruleWarning) }),
]);
export type LetterSaveOutput = z.output<typeof letterSaveOutput>;

export const letterSorts = ['dated', 'prisoner', 'status'] as const;

export const letterListInput = z.strictObject({
  direction: nullable(z.enum(letterDirections)),
  status: z.array(z.enum(letterStatuses)).max(letterStatuses.length).default([]),
  /** A member, or 0 for "the group". */
  writerMemberId: nullable(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
  prisonerId: nullable(id),
  tagId: nullable(id),
  facilityId: nullable(id),
  from: nullable(isoDate),
  to: nullable(isoDate),
  /** Started (created) before that day began, as the dashboard's "drafts older than 7 days" counts them. */
  createdBefore: nullable(isoDate),
  needsAction: z.boolean().default(false),
  sort: z.enum(letterSorts).default('dated'),
  descending: z.boolean().default(true),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type LetterListInput = z.output<typeof letterListInput>;

export const letterRow = z.strictObject({
  id,
  prisonerId: id,
  prisonerName: z.string(),
  direction: z.enum(letterDirections),
  status: z.enum(letterStatuses),
  channel: z.enum(letterChannels),
  datedOn: z.string(),
  writerName: z.string().nullable(),
  facilityName: z.string().nullable(),
  pages: z.number().int().nullable(),
  needsAction: z.boolean(),
  mayNotHaveArrived: z.boolean(),
});
export type LetterRow = z.output<typeof letterRow>;
export const letterList = z.strictObject({ rows: z.array(letterRow), total: z.number().int().nonnegative() });
