import { z } from 'zod';
import type { Issue } from '../errors';
import { prisonerListInput } from '../registry/prisoners.schemas';

/**
 * What one import accepts. A group's whole registry is a few thousand rows; far beyond these figures a file is the
 * wrong one, or built to exhaust the laptop. The screen states them, the import worker enforces them.
 */
export const importLimits = {
  bytes: 20 * 1024 * 1024,
  rows: 100_000,
  columns: 500,
  /** Four times the longest field (notes): anything longer is a quote left open, not a cell someone typed. */
  cellChars: 100_000,
  /** Tags one file may create: a group has dozens; a file naming more than this is a mistake or an attack. */
  newTags: 1_000,
  /** Problems listed by a check; the rest are counted. */
  listedProblems: 200,
  /** Characters of a cell quoted back in a problem, a header or the preview. */
  quotedChars: 80,
} as const;

/** Why a whole file is refused before any row is checked. */
export const importFileProblems = [
  'too_large',
  'too_many_rows',
  'too_many_columns',
  'cell_too_long',
  'unclosed_quote',
  'misplaced_quote',
  'not_a_file',
  'changed_while_reading',
] as const;
export type ImportFileProblem = (typeof importFileProblems)[number];

/** A refused file's detail, carried as an error issue: where (record number) and how many, when known. */
export interface ImportFileIssue {
  problem: ImportFileProblem;
  line: number | null;
  count: number | null;
}

export function fileIssue({ problem, line, count }: ImportFileIssue): Issue {
  return { path: [line ?? 'file', ...(count === null ? [] : [count])], message: problem };
}

export function readFileIssue(issue: Issue): ImportFileIssue | null {
  const problem = importFileProblems.find((known) => known === issue.message);
  if (!problem) return null;
  const [where, count] = issue.path;
  return { problem, line: typeof where === 'number' ? where : null, count: typeof count === 'number' ? count : null };
}

/** The columns a spreadsheet row can fill. A row is a prisoner with their current facility (matched or created). */
export const importFields = [
  'familyName',
  'givenNames',
  'knownAs',
  'pronouns',
  'dateOfBirth',
  'status',
  'languages',
  'notes',
  'prisonerNumber',
  'stayFrom',
  'facilityName',
  'facilityStreet',
  'facilityPostcode',
  'facilityCity',
  'facilityCountry',
  'tags',
] as const;
export type ImportField = (typeof importFields)[number];
export const requiredImportFields = ['familyName'] as const satisfies readonly ImportField[];

/** Column index in the file for each field, or absent when the field is not imported. */
export const importMapping = z.partialRecord(
  z.enum(importFields),
  z
    .number()
    .int()
    .min(0)
    .max(importLimits.columns - 1),
);
export type ImportMapping = z.output<typeof importMapping>;

/** What an unmapped column seems to hold, from a sample of its cells: a field the user may have forgotten to map. */
export const columnLooks = ['date', 'number', 'prison'] as const;
export type ColumnLook = (typeof columnLooks)[number];

/** Columns left out of `mapping` whose cells look like a date, a number or a prison: worth a warning. */
export function unmappedLookalikes(
  looks: readonly (ColumnLook | null)[],
  mapping: ImportMapping,
): { column: number; look: ColumnLook }[] {
  const mapped = new Set(Object.values(mapping));
  return looks.flatMap((look, column) => (look !== null && !mapped.has(column) ? [{ column, look }] : []));
}

export const importPickOutput = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('chosen'),
    /** Opaque: the file's path and its parsed rows stay in the main process. */
    token: z.string(),
    fileName: z.string(),
    delimiter: z.string(),
    headers: z.array(z.string()),
    preview: z.array(z.array(z.string())),
    rowCount: z.number().int().nonnegative(),
    /**
     * The mapping last used for a file with the same headers, or one guessed from the headers (French, English,
     * Spanish and German names), for the user to correct.
     */
    suggestedMapping: importMapping,
    /** True when suggestedMapping is the one remembered for these headers. */
    rememberedMapping: z.boolean(),
    /** Per column, what its cells look like (null: nothing in particular). */
    columnLooks: z.array(z.enum(columnLooks).nullable()),
  }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const importRowProblems = [
  'required',
  'too_long',
  'invalid_date',
  'invalid_status',
  'invalid_country',
  'invalid_language',
  'facility_incomplete',
  'duplicate_in_file',
  'duplicate_in_vault',
  'too_many_tags',
  'stay_without_date',
  'stay_not_after_current',
] as const;
export type ImportRowProblem = (typeof importRowProblems)[number];

export const importProblem = z.strictObject({
  /** 1-based line of the data row (the header is line 1, so the first data row is line 2). */
  line: z.number().int().positive(),
  field: z.enum(importFields).nullable(),
  problem: z.enum(importRowProblems),
  value: z.string().nullable(),
});
export type ImportProblem = z.output<typeof importProblem>;

/**
 * What to do with a row already in the vault (same name and number): `refuse` counts it as a problem, `skip` leaves
 * it out, `update` writes the file's cells over that person's (and adds its tags), `import` adds a second person.
 */
export const duplicateChoices = ['refuse', 'skip', 'update', 'import'] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];
const duplicateChoice = z.enum(duplicateChoices).default('refuse');

export const importCheckInput = z.strictObject({
  token: z.string().min(1).max(128),
  mapping: importMapping,
  duplicates: duplicateChoice,
});
export const importCheckOutput = z.strictObject({
  rows: z.number().int().nonnegative(),
  /** Rows the import would write (new people, and those updated or added again as the duplicate choice says). */
  ready: z.number().int().nonnegative(),
  /** Rows with a problem that stops them (a duplicate only when the choice is `refuse`): all or nothing, or set aside. */
  problemRows: z.number().int().nonnegative(),
  /** Rows whose only problem is that the vault already has them: what the duplicate choice is about. */
  duplicateRows: z.number().int().nonnegative(),
  newFacilities: z.number().int().nonnegative(),
  newTags: z.number().int().nonnegative(),
  /** The first problems (at most importLimits.listedProblems, those that block first), by line. */
  problems: z.array(importProblem).max(importLimits.listedProblems),
  /** Every problem found, listed or not. */
  problemCount: z.number().int().nonnegative(),
  /** Of those, rows already in the vault: skipped rather than refused when the user asks. */
  inVaultCount: z.number().int().nonnegative(),
});

export const importRunInput = z.strictObject({
  token: z.string().min(1).max(128),
  mapping: importMapping,
  duplicates: duplicateChoice,
  /** False: all or nothing (any problem refuses the file). True: import the good rows, set the others aside. */
  setAside: z.boolean().default(false),
});
export const importRunOutput = z.strictObject({
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Rows not imported because of a problem; import:saveSetAside writes them to a CSV to fix. */
  setAside: z.number().int().nonnegative(),
  facilitiesCreated: z.number().int().nonnegative(),
  tagsCreated: z.number().int().nonnegative(),
});
export const importProgressInput = z.strictObject({ token: z.string().min(1).max(128) });
export const importProgressOutput = z.strictObject({
  state: z.enum(['idle', 'running', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const importSaveSetAsideInput = z.strictObject({ token: z.string().min(1).max(128) });

export const exportInput = z.discriminatedUnion('list', [
  z.strictObject({
    list: z.literal('prisoners'),
    filters: prisonerListInput.omit({ offset: true, limit: true }).prefault({}),
  }),
  z.strictObject({ list: z.literal('facilities'), includeArchived: z.boolean().default(false) }),
]);
export const exportOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('written'), fileName: z.string(), rows: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
