import { z } from 'zod';
import { isoDate } from '../common.schemas';
import { importLimits, importProgressOutput } from './import-export.schemas';

/**
 * The columns a letter log can fill. The prisoner is named by family and given names or by one full-name column, and
 * by the prisoner number when there is one; `date` is the letter's date when the log has only one (sent for a letter
 * out, received for a letter in).
 */
export const letterImportFields = [
  'familyName',
  'givenNames',
  'fullName',
  'prisonerNumber',
  'direction',
  'status',
  'channel',
  'date',
  'writtenOn',
  'sentOn',
  'receivedOn',
  'writer',
  'pages',
  'summary',
  'reason',
  'reasonNote',
] as const;
export type LetterImportField = (typeof letterImportFields)[number];

/** Why a row of the letter log cannot be imported; each has a sentence in `lettersImport.problems`. */
export const letterImportProblems = [
  'prisoner_missing',
  'prisoner_unknown',
  'prisoner_ambiguous',
  'number_unknown',
  'number_other_name',
  'direction_missing',
  'direction_unknown',
  'status_unknown',
  'status_direction',
  'date_missing',
  'date_invalid',
  'received_before_sent',
  'writer_unknown',
  'writer_ambiguous',
  'channel_unknown',
  'pages_invalid',
  'reason_missing',
  'reason_unknown',
  'reason_not_allowed',
  'note_missing',
  'too_long',
  'letter_invalid',
] as const;
export type LetterImportProblemKind = (typeof letterImportProblems)[number];

export const letterImportProblem = z.strictObject({
  /** 1-based line in the spreadsheet (the header is line 1). */
  line: z.number().int().positive(),
  field: z.enum(letterImportFields).nullable(),
  problem: z.enum(letterImportProblems),
  /** The cell as the file has it (cut to importLimits.quotedChars), or null. */
  value: z.string().nullable(),
});
export type LetterImportProblem = z.output<typeof letterImportProblem>;

/** A row that is a letter already in the vault (same prisoner, direction, status and date; see letters-import-match). */
export const letterImportDuplicate = z.strictObject({
  line: z.number().int().positive(),
  /** The prisoner's name as the vault has it. */
  prisoner: z.string(),
  /** The letter's date (received, else sent, else written). */
  datedOn: isoDate,
});
export type LetterImportDuplicate = z.output<typeof letterImportDuplicate>;

/**
 * What to do with rows the vault already has: leave them out, or import them anyway. There is no "update": a letter
 * has no natural key to update by. Left out, a file with such rows is refused: nothing is chosen for the user.
 */
export const letterDuplicateChoices = ['skip', 'import'] as const;
export type LetterDuplicateChoice = (typeof letterDuplicateChoices)[number];

export const letterImportMapping = z.partialRecord(
  z.enum(letterImportFields),
  z
    .number()
    .int()
    .min(0)
    .max(importLimits.columns - 1),
);
export type LetterImportMapping = z.output<typeof letterImportMapping>;

const token = z.string().min(1).max(128);

/**
 * Without a token: the host's dialog chooses the file, which is read and checked. With the token of a file already
 * checked: checked again (with another mapping). Left out, the mapping is guessed from the header.
 */
export const lettersImportCheckInput = z.strictObject({
  token: token.optional(),
  mapping: letterImportMapping.optional(),
});
export const lettersImportCheckOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({
    status: z.literal('checked'),
    token,
    fileName: z.string(),
    /** The header row, each cell cut to importLimits.quotedChars. */
    headers: z.array(z.string()),
    mapping: letterImportMapping,
    rows: z.number().int().nonnegative(),
    /** Rows with no problem; the import writes only when this is every row. */
    ready: z.number().int().nonnegative(),
    problems: z.array(letterImportProblem).max(importLimits.listedProblems),
    problemCount: z.number().int().nonnegative(),
    /** Ready rows that are letters already in the vault: the run needs a choice (skip or import) when there are any. */
    duplicates: z.number().int().nonnegative(),
    duplicateLetters: z.array(letterImportDuplicate).max(importLimits.listedProblems),
    /** Ready rows that repeat an earlier row of the file, not the vault: imported (two letters the same day happen). */
    repeats: z.number().int().nonnegative(),
  }),
]);
export type LettersImportCheck = z.output<typeof lettersImportCheckOutput>;

export const lettersImportRunInput = z.strictObject({
  token,
  mapping: letterImportMapping.optional(),
  duplicates: z.enum(letterDuplicateChoices).optional(),
});
export const lettersImportRunOutput = z.strictObject({
  imported: z.number().int().nonnegative(),
  /** Letters already in the vault, left out (choice `skip`). */
  skipped: z.number().int().nonnegative(),
});
export const lettersImportProgressInput = z.strictObject({ token });
export const lettersImportProgressOutput = importProgressOutput;

/** Every letter, or those dated within a period; `text` answers the CSV itself (the command line's stdout). */
export const lettersExportInput = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    destination: z.enum(['file', 'text']).default('file'),
  })
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
    message: 'The period ends before it starts',
    path: ['to'],
  });
export const lettersExportOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('written'), fileName: z.string(), rows: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('text'), csv: z.string(), rows: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
