import type { CsvProfile } from '../../../shared/money/csv-profile.schemas';
import { detectReference } from '../../../shared/money/payment-references';
import type {
  StatementAmount,
  StatementEntry,
  StatementFile,
  StatementProblem,
} from '../../../shared/money/statement.types';
import { parseCsvAmount } from './csv-amount';
import { parseCsvDate } from './csv-date';
import { csvProblem, type CsvProblemCode } from './csv-problems';
import { CSV_STATEMENT_MAX_BYTES, readProfileTable, type CsvStatementRow, type ProfileColumns } from './csv-profile';

export { detectProfile } from './csv-bank-profiles';

/**
 * The CSV statement reader: a bank's CSV export, read with a profile (built-in or the treasurer's own), to the
 * StatementFile every statement reader returns, format `csv:<profile id>`. A CSV export is one statement of one
 * account and currency, without balances. A file that cannot be read at all (too large, binary, not in the
 * profile's encoding, malformed, header not found) comes back without statements and with the refusing problem; a
 * row that cannot be read is left out with a problem on its line, for the import to refuse or show. Never throws.
 */

type Sink = (code: CsvProblemCode, at: number | null, detail: string | null) => void;

const CURRENCY = /^[A-Z]{3}$/u;

const cellAt = (row: CsvStatementRow, index: number): string => (index < 0 ? '' : (row.cells[index] ?? '').trim());
const orNull = (text: string): string | null => (text === '' ? null : text);

/** Rows of one cell after the last entry: a bank's footnote, when the profile says its bank writes them. */
function withoutTrailingNotes(rows: CsvStatementRow[]): CsvStatementRow[] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1]?.cells.filter((cell) => cell.trim() !== '').length ?? 0) <= 1) end -= 1;
  return rows.slice(0, end);
}

function rowCurrency(row: CsvStatementRow, profile: CsvProfile, columns: ProfileColumns, problem: Sink): string | null {
  if (profile.currency.kind === 'fixed') return profile.currency.code;
  const code = cellAt(row, columns.currency).toUpperCase();
  if (CURRENCY.test(code)) return code;
  problem('bad_currency', row.line, cellAt(row, columns.currency));
  return null;
}

function rowAmount(
  row: CsvStatementRow,
  profile: CsvProfile,
  columns: ProfileColumns,
  currency: string,
  problem: Sink,
): StatementAmount | null {
  const read = (index: number): number | null => {
    const reading = parseCsvAmount(cellAt(row, index), profile, currency);
    if (reading.ok) return reading.minor;
    if (reading.code !== 'missing_amount') problem(reading.code, row.line, `${cellAt(row, index)} ${currency}`);
    return reading.code === 'missing_amount' ? 0 : null;
  };
  let signed: number | null;
  if (profile.amount.kind === 'signed') signed = read(columns.amount);
  else {
    const debit = read(columns.debit);
    const credit = read(columns.credit);
    if (debit === null || credit === null) return null;
    if (debit !== 0 && credit !== 0) {
      problem('two_amounts', row.line, `${cellAt(row, columns.debit)} | ${cellAt(row, columns.credit)}`);
      return null;
    }
    // Banks write debits with or without a minus in the debit column; the column says the side, not the sign.
    signed = debit !== 0 ? -Math.abs(debit) : credit;
  }
  if (signed === null) return null;
  if (signed === 0) {
    problem('missing_amount', row.line, null);
    return null;
  }
  return { minor: Math.abs(signed), currency, side: signed < 0 ? 'debit' : 'credit' };
}

function readEntry(
  row: CsvStatementRow,
  profile: CsvProfile,
  columns: ProfileColumns,
  problem: Sink,
): StatementEntry | null {
  const bookingText = cellAt(row, columns.bookingDate);
  const bookingDate = parseCsvDate(bookingText, profile.dateFormat);
  if (!bookingDate) problem('bad_date', row.line, bookingText);
  const valueText = cellAt(row, columns.valueDate);
  const valueDate = valueText === '' ? null : parseCsvDate(valueText, profile.dateFormat);
  if (valueText !== '' && !valueDate) problem('bad_date', row.line, valueText);
  const currency = rowCurrency(row, profile, columns, problem);
  const amount = currency === null ? null : rowAmount(row, profile, columns, currency, problem);
  if (!bookingDate || (valueText !== '' && !valueDate) || !amount) return null;
  const text = orNull(
    columns.text
      .map((index) => cellAt(row, index))
      .filter((part) => part !== '')
      .join(' '),
  );
  const iban = cellAt(row, columns.counterpartyIban).replace(/\s/gu, '').toUpperCase();
  return {
    bankReference: orNull(cellAt(row, columns.bankReference)),
    endToEndId: null,
    bookingDate,
    valueDate,
    amount,
    booked: true,
    counterpartyName: orNull(cellAt(row, columns.counterpartyName)),
    counterpartyIban: orNull(iban),
    text,
    // The reference column first; payers also type their reference into the free message.
    reference: detectReference(cellAt(row, columns.structuredReference)) ?? detectReference(text),
    details: [],
  };
}

export function readCsvStatement(bytes: Uint8Array, profile: CsvProfile): StatementFile {
  const format = `csv:${profile.id}`;
  const problems: StatementProblem[] = [];
  const refused = (code: CsvProblemCode, detail: string | null): StatementFile => ({
    format,
    statements: [],
    problems: [csvProblem(code, null, detail)],
  });
  if (bytes.byteLength > CSV_STATEMENT_MAX_BYTES)
    return refused('too_large', `${bytes.byteLength} bytes; limit ${CSV_STATEMENT_MAX_BYTES} bytes`);
  if (bytes.includes(0)) return refused('binary_file', `byte ${bytes.indexOf(0)}`);
  const read = readProfileTable(bytes, profile);
  if (!read.ok) {
    const empty =
      new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/u, '')
        .trim() === '';
    return empty ? refused('empty_file', null) : { format, statements: [], problems: read.problems };
  }
  const { columns, width } = read.table;
  const rows = profile.trailingNotes ? withoutTrailingNotes(read.table.rows) : read.table.rows;
  const problem: Sink = (code, at, detail) => problems.push(csvProblem(code, at, detail));
  const entries: StatementEntry[] = [];
  let currency: string | null = null;
  let account: string | null = read.table.preambleAccount;
  for (const row of rows) {
    if (row.cells.length < width) {
      problem('short_row', row.line, `${row.cells.length} of ${width} cells`);
      continue;
    }
    const entry = readEntry(row, profile, columns, problem);
    if (!entry) continue;
    currency ??= entry.amount.currency;
    if (entry.amount.currency !== currency) {
      problem('currency_mismatch', row.line, `${currency} then ${entry.amount.currency}`);
      continue;
    }
    const rowAccount = orNull(cellAt(row, columns.account).replace(/\s/gu, '').toUpperCase());
    account ??= rowAccount;
    if (rowAccount !== null && rowAccount !== account) {
      problem('account_mismatch', row.line, `${account} then ${rowAccount}`);
      continue;
    }
    entries.push(entry);
  }
  if (rows.length === 0) problem('no_entries', null, null);
  const dates = entries.map((entry) => entry.bookingDate).sort();
  return {
    format,
    statements: [
      {
        // A CSV export has no statement number: the period it covers names it.
        id: dates.length > 0 ? `${dates[0]}/${dates[dates.length - 1]}` : format,
        accountIban: account,
        currency: currency ?? (profile.currency.kind === 'fixed' ? profile.currency.code : ''),
        opening: null,
        closing: null,
        entries,
      },
    ],
    problems,
  };
}
