import { z } from 'zod';

/**
 * How one bank writes its CSV statement export: the treasurer's saved mapping, or one of the built-in profiles. CSV
 * statements have no standard, so every choice a bank makes is a field here; columns are named by their header text,
 * which survives a bank adding or moving a column where a position would not.
 */

export const csvEncodings = ['utf-8', 'windows-1252', 'iso-8859-1'] as const;
export const csvDelimiters = [';', ',', '\t'] as const;
/** d and m take one or two digits, dd and mm exactly two; yy is a year of this century (26 is 2026). */
export const csvDateFormats = [
  'dd/mm/yyyy',
  'dd.mm.yyyy',
  'dd-mm-yyyy',
  'yyyy-mm-dd',
  'd/m/yyyy',
  'd.m.yyyy',
  'dd/mm/yy',
  'dd.mm.yy',
  'd.m.yy',
  'd/m/yy',
  'yyyymmdd',
] as const;
export const csvDecimalSeparators = [',', '.'] as const;
/**
 * space: U+0020, U+00A0 and U+202F (French spreadsheets write the no-break ones); apostrophe: ' and U+2019 (Swiss);
 * point: 12.345,67; comma: 12,345.67.
 */
export const csvThousandsSeparators = ['none', 'space', 'apostrophe', 'point', 'comma'] as const;

const columnName = z.string().trim().min(1).max(80);
const optionalColumn = columnName.nullable();

export const csvPreamble = z.discriminatedUnion('kind', [
  /** A fixed number of lines before the header row. */
  z.object({ kind: z.literal('lines'), count: z.number().int().min(0).max(100) }),
  /** Lines are skipped until a row holds all these cells (compared without case or surrounding spaces). */
  z.object({ kind: z.literal('header'), contains: z.array(columnName).min(1).max(20) }),
]);

export const csvAmountColumns = z.discriminatedUnion('kind', [
  /** One column, negative for money out. */
  z.object({ kind: z.literal('signed'), column: columnName }),
  /** Money out in one column (written with or without a minus), money in in the other; one of them per row. */
  z.object({ kind: z.literal('debit_credit'), debit: columnName, credit: columnName }),
]);

export const csvCurrency = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), code: z.string().regex(/^[A-Z]{3}$/u) }),
  z.object({ kind: z.literal('column'), column: columnName }),
]);

export const csvProfile = z
  .object({
    /** Lower-case letters, digits and dashes: it becomes the file format `csv:<id>`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/u),
    /** The bank and export as the treasurer knows it ("KBC — CSV export"). */
    name: z.string().trim().min(1).max(80),
    encoding: z.enum(csvEncodings),
    delimiter: z.enum(csvDelimiters),
    preamble: csvPreamble,
    dateFormat: z.enum(csvDateFormats),
    decimal: z.enum(csvDecimalSeparators),
    thousands: z.enum(csvThousandsSeparators),
    amount: csvAmountColumns,
    currency: csvCurrency,
    columns: z.object({
      /** The statement's own account, on every row (KBC's first column). */
      account: optionalColumn,
      bookingDate: columnName,
      valueDate: optionalColumn,
      counterpartyName: optionalColumn,
      counterpartyIban: optionalColumn,
      /** Joined with a space in this order: banks split the payer's message over several columns. */
      text: z.array(columnName).max(5),
      structuredReference: optionalColumn,
      bankReference: optionalColumn,
    }),
    /** The label of the preamble line that names the account (PostFinance's "Konto:"), when the bank writes one. */
    preambleAccount: columnName.nullable(),
    /** Rows of a single cell after the last entry are the bank's footnotes (PostFinance's disclaimer), not entries. */
    trailingNotes: z.boolean(),
  })
  .refine(
    (profile) =>
      !(
        (profile.decimal === ',' && profile.thousands === 'comma') ||
        (profile.decimal === '.' && profile.thousands === 'point')
      ),
    { message: 'The thousands separator cannot be the decimal separator', path: ['thousands'] },
  );

export type CsvProfile = z.output<typeof csvProfile>;
export type CsvDateFormat = (typeof csvDateFormats)[number];
export type CsvThousandsSeparator = (typeof csvThousandsSeparators)[number];
