import type { StatementProblem } from '../../../shared/money/statement.types';

/**
 * Every problem the CSV statement reader reports, for the import to put in words; codes shared with the camt reader
 * mean the same there. `detail` carries the data that makes a problem concrete (a cell as written, a column name, a
 * size), never a sentence. The refusing ones come with no statement at all.
 */
export const CSV_REFUSING_PROBLEMS = [
  /** Larger than CSV_STATEMENT_MAX_BYTES: refused before a byte is decoded. */
  'too_large',
  'empty_file',
  /** A NUL byte: a spreadsheet saved as .xlsx, a PDF, or UTF-16 text, not a CSV export. */
  'binary_file',
  /** Bytes that are not UTF-8 under a UTF-8 profile (the file is probably Windows-1252: choose another profile). */
  'bad_encoding',
  /** A quote never closed, text after a closing quote, too many columns or a cell too long (detail: the line). */
  'malformed_csv',
  'too_many_rows',
  /** No row holds the profile's header names (detail: the names looked for). */
  'header_not_found',
  /** The header row lacks a column the profile reads (detail: its name). */
  'missing_column',
] as const;

export const CSV_PROBLEM_CODES = [
  ...CSV_REFUSING_PROBLEMS,
  /** The header was found but no entry follows it. */
  'no_entries',
  /** A row with fewer cells than the columns the profile reads: the row is left out. */
  'short_row',
  'bad_date',
  /** Not a number in the profile's notation, or an ambiguous one (12.5 where the point groups thousands). */
  'bad_amount',
  /** More decimals than the currency has (12,3456 EUR): the cent it means is unknown. */
  'amount_too_precise',
  /** Empty or zero amount, or empty debit and credit columns. */
  'missing_amount',
  /** Both the debit and the credit column hold an amount: which side is unknown. */
  'two_amounts',
  'bad_currency',
  /** A row in another currency than the first row's: a statement has one currency. */
  'currency_mismatch',
  /** A row of another account than the first row's (an export of several accounts): a statement has one account. */
  'account_mismatch',
] as const;

export type CsvProblemCode = (typeof CSV_PROBLEM_CODES)[number];

export function csvProblem(code: CsvProblemCode, at: number | null, detail: string | null): StatementProblem {
  return { code, at, detail };
}
