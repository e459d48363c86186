import { z } from 'zod';
import { id, isoDate, languageCode, optionalLine, optionalText } from '../common.schemas';
import { letterDirections, letterStatuses } from '../letters/letter-values';
import { ruleWarning } from '../letters/letter-rules.schemas';

const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => (value ?? null) as z.output<T> | null);
/** Bounded as the vault's CHECKs bound a letter's counts. */
const count = nullable(z.number().int().min(0).max(1000));

/** A writing evening: a date and, if the group wants, where. */
export const eveningInput = z.strictObject({
  heldOn: isoDate,
  place: optionalLine(200),
  notes: optionalText(2000),
});
export type EveningInput = z.output<typeof eveningInput>;
export type EveningInputIn = z.input<typeof eveningInput>;
export const eveningUpdateInput = z.strictObject({ id, evening: eveningInput });

export const eveningRow = z.strictObject({
  id,
  heldOn: z.string(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  /** The letters logged for it. */
  letters: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EveningRow = z.output<typeof eveningRow>;
export const eveningList = z.strictObject({ rows: z.array(eveningRow) });

/** One letter of the evening, in the order it was logged. */
export const eveningLetter = z.strictObject({
  id,
  prisonerId: id,
  prisonerName: z.string(),
  status: z.enum(letterStatuses),
  writerMemberId: id.nullable(),
  writerName: z.string().nullable(),
  facilityName: z.string().nullable(),
  pages: z.number().int().nullable(),
  photos: z.number().int().nullable(),
  stamps: z.number().int().nullable(),
  language: z.string().nullable(),
  summary: z.string().nullable(),
});
export type EveningLetter = z.output<typeof eveningLetter>;
export const eveningDetail = eveningRow.extend({ letterRows: z.array(eveningLetter) });
export type EveningDetail = z.output<typeof eveningDetail>;

/** The four ways to choose who the evening writes to. */
export const candidateWays = ['tag', 'noLetter', 'birthday', 'name'] as const;
export type CandidateWay = (typeof candidateWays)[number];
/** `today` is the local date unless a test fixes it. */
export const candidatesInput = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('tag'), tagId: id }),
  z.strictObject({ by: z.literal('noLetter'), days: z.number().int().min(1).max(3650), today: isoDate.optional() }),
  z.strictObject({ by: z.literal('birthday'), days: z.number().int().min(1).max(365), today: isoDate.optional() }),
  z.strictObject({ by: z.literal('name'), query: z.string().trim().min(1).max(100) }),
]);
export type CandidatesInput = z.output<typeof candidatesInput>;
export type CandidatesInputIn = z.input<typeof candidatesInput>;

export const lastLetter = z.strictObject({
  datedOn: z.string(),
  direction: z.enum(letterDirections),
  status: z.enum(letterStatuses),
});
export const candidate = z.strictObject({
  prisonerId: id,
  name: z.string(),
  /** Where they are now; null without an open stay (a letter by post cannot be logged for them). */
  facilityName: z.string().nullable(),
  doNotWrite: z.boolean(),
  lastLetter: lastLetter.nullable(),
});
export type Candidate = z.output<typeof candidate>;
export const CANDIDATES_LIMIT = 500;
export const candidateList = z.strictObject({ rows: z.array(candidate), truncated: z.boolean() });
export type CandidateList = z.output<typeof candidateList>;

/** The statuses a letter has on the evening it is written. */
export const eveningLetterStatuses = ['draft', 'sent'] as const;
/** One row of the evening's grid: a letter out by post to the prisoner's open stay, dated the evening's day. */
export const eveningLetterInput = z.strictObject({
  prisonerId: id,
  /** A member; null: the group. */
  writerMemberId: nullable(id),
  status: z.enum(eveningLetterStatuses).default('sent'),
  language: nullable(languageCode),
  pages: count,
  photos: count,
  stamps: count,
  summary: optionalText(2000),
});
export type EveningLetterInput = z.output<typeof eveningLetterInput>;
export type EveningLetterInputIn = z.input<typeof eveningLetterInput>;
export const MAX_EVENING_ROWS = 200;
export const logLettersInput = z.strictObject({
  eveningId: id,
  rows: z.array(eveningLetterInput).min(1).max(MAX_EVENING_ROWS),
  acceptWarnings: z.boolean().default(false),
});
export type LogLettersInputIn = z.input<typeof logLettersInput>;

/** A row's warnings, by its place in the grid (0-based). */
export const rowWarnings = z.strictObject({ row: z.number().int().nonnegative(), warnings: z.array(ruleWarning) });
export type RowWarnings = z.output<typeof rowWarnings>;
export const logLettersOutput = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), letterIds: z.array(id), warnings: z.array(rowWarnings) }),
  z.strictObject({ saved: z.literal(false), warnings: z.array(rowWarnings) }),
]);
export type LogLettersOutput = z.output<typeof logLettersOutput>;
