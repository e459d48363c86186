import { isUtf8 } from 'node:buffer';
import { AppError } from '../../../shared/errors';
import { importLimits } from '../../../shared/import-export/import-export.schemas';
import type { CsvProfile } from '../../../shared/money/csv-profile.schemas';
import type { StatementProblem } from '../../../shared/money/statement.types';
import { decodeCell, isBlankRecord, readRecord } from '../import-export/csv-record';
import { csvProblem } from './csv-problems';

/**
 * A profile applied to a file's bytes: decoded in the profile's encoding, its preamble skipped, its header row found
 * and the columns the profile reads located in it. Records are cut by the registry import's RFC 4180 reader, which
 * bounds columns and cell length as it goes; it reads UTF-8, so a Windows-1252 file is decoded and re-encoded first.
 */

/** The registry import's limit: a year of a busy account's statement lines is well under 1 MB. */
export const CSV_STATEMENT_MAX_BYTES = importLimits.bytes;
/** The header is looked for in the first rows only: Belfius's preamble, the longest known, is about 12 lines. */
const HEADER_SEARCH_ROWS = 50;

export interface CsvStatementRow {
  /** 1-based line of the record in the file (a quoted line break makes a record span two lines; its first counts). */
  line: number;
  cells: string[];
}

/** Where each column the profile reads sits in the header; -1 for a column the profile does not use. */
export interface ProfileColumns {
  account: number;
  bookingDate: number;
  valueDate: number;
  counterpartyName: number;
  counterpartyIban: number;
  text: number[];
  structuredReference: number;
  bankReference: number;
  amount: number;
  debit: number;
  credit: number;
  currency: number;
}

export interface ProfileTable {
  /** The account the preamble names on the profile's account line (PostFinance's "Konto:"), without spaces. */
  preambleAccount: string | null;
  columns: ProfileColumns;
  /** The highest column index read: a row with fewer cells is short. */
  width: number;
  rows: CsvStatementRow[];
}

type Refusal = { ok: false; problems: StatementProblem[] };
const refuse = (...problems: StatementProblem[]): Refusal => ({ ok: false, problems });

export const normaliseHeader = (cell: string): string =>
  cell
    .replace(/^\uFEFF/u, '')
    .trim()
    .toLowerCase();

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const hasUtf8Bom = (bytes: Uint8Array): boolean => UTF8_BOM.every((byte, i) => bytes[i] === byte);

/**
 * The file as UTF-8 bytes without a BOM. A UTF-8 BOM wins over the profile's encoding, as it does in XML: bytes that
 * announce UTF-8 read as Windows-1252 would open every export with "ï»¿". ISO-8859-1 is decoded as Windows-1252, as
 * the WHATWG Encoding standard (and every browser) does: the two differ only in 0x80-0x9F, where Latin-1 has unused
 * control codes and banks' "Latin-1" exports actually carry € and typographic quotes.
 */
export function decodeToUtf8(
  bytes: Uint8Array,
  encoding: CsvProfile['encoding'],
  strict: boolean,
): { ok: true; utf8: Buffer } | Refusal {
  if (hasUtf8Bom(bytes) || encoding === 'utf-8') {
    const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
    if (strict && !isUtf8(body)) return refuse(csvProblem('bad_encoding', null, 'utf-8'));
    const utf8 = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return { ok: true, utf8: isUtf8(body) ? utf8 : Buffer.from(utf8.toString('utf8'), 'utf8') };
  }
  return { ok: true, utf8: Buffer.from(new TextDecoder('windows-1252').decode(bytes), 'utf8') };
}

/** Yields the non-blank records with their line numbers; stops with the refusing problem at a malformed record. */
function* records(
  utf8: Buffer,
  delimiter: string,
): Generator<CsvStatementRow | { malformed: StatementProblem }, void, undefined> {
  const code = delimiter.charCodeAt(0);
  let line = 1;
  for (let pos = 0; pos < utf8.length;) {
    let record;
    try {
      record = readRecord(utf8, pos, code, line);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      yield { malformed: csvProblem('malformed_csv', line, error.message) };
      return;
    }
    if (!isBlankRecord(utf8, record.cells)) yield { line, cells: record.cells.map((cell) => decodeCell(utf8, cell)) };
    // Line breaks inside quoted cells count too, so `line` stays the line a text editor shows.
    for (let i = pos; i < record.next; i += 1) {
      const byte = utf8[i];
      if (byte === 0x0a || (byte === 0x0d && utf8[i + 1] !== 0x0a)) line += 1;
    }
    pos = record.next;
  }
}

/** The header names a profile needs, each once, in the order the problems list them. */
function neededNames(profile: CsvProfile): string[] {
  const { columns, amount, currency } = profile;
  const names = [
    columns.bookingDate,
    ...(amount.kind === 'signed' ? [amount.column] : [amount.debit, amount.credit]),
    ...(currency.kind === 'column' ? [currency.column] : []),
    columns.account,
    columns.valueDate,
    columns.counterpartyName,
    columns.counterpartyIban,
    ...columns.text,
    columns.structuredReference,
    columns.bankReference,
  ];
  return [...new Set(names.filter((name): name is string => name !== null))];
}

function isHeader(row: CsvStatementRow, names: readonly string[]): boolean {
  const cells = new Set(row.cells.map(normaliseHeader));
  return names.every((name) => cells.has(normaliseHeader(name)));
}

function locate(header: string[], profile: CsvProfile): ProfileColumns {
  const cells = header.map(normaliseHeader);
  const at = (name: string | null): number => (name === null ? -1 : cells.indexOf(normaliseHeader(name)));
  const { columns, amount, currency } = profile;
  return {
    account: at(columns.account),
    bookingDate: at(columns.bookingDate),
    valueDate: at(columns.valueDate),
    counterpartyName: at(columns.counterpartyName),
    counterpartyIban: at(columns.counterpartyIban),
    text: columns.text.map(at),
    structuredReference: at(columns.structuredReference),
    bankReference: at(columns.bankReference),
    amount: amount.kind === 'signed' ? at(amount.column) : -1,
    debit: amount.kind === 'debit_credit' ? at(amount.debit) : -1,
    credit: amount.kind === 'debit_credit' ? at(amount.credit) : -1,
    currency: currency.kind === 'column' ? at(currency.column) : -1,
  };
}

type HeaderSearch = {
  found: CsvStatementRow;
  preamble: CsvStatementRow[];
  rest: Generator<CsvStatementRow | { malformed: StatementProblem }>;
};

/** The header row as the preamble rule finds it, with the records after it still to read. */
function findHeader(utf8: Buffer, profile: CsvProfile): HeaderSearch | StatementProblem {
  const rest = records(utf8, profile.delimiter);
  const { preamble } = profile;
  const wanted = preamble.kind === 'header' ? preamble.contains : null;
  const skipped = preamble.kind === 'lines' ? preamble.count : 0;
  const before: CsvStatementRow[] = [];
  // Stepped by hand: leaving a for...of would close the generator, and the rows after the header are still to read.
  for (let next = rest.next(); !next.done; next = rest.next()) {
    const row = next.value;
    if ('malformed' in row) return row.malformed;
    if (wanted ? isHeader(row, wanted) : row.line > skipped) return { found: row, preamble: before, rest };
    before.push(row);
    if (before.length >= HEADER_SEARCH_ROWS + skipped) break;
  }
  return csvProblem('header_not_found', null, (wanted ?? neededNames(profile)).join(' | '));
}

/** The cell after the account line's label; spreadsheets' ="CH93..." (a formula that keeps the text) is unwrapped. */
function accountIn(preamble: CsvStatementRow[], profile: CsvProfile): string | null {
  if (profile.preambleAccount === null) return null;
  const label = normaliseHeader(profile.preambleAccount);
  const row = preamble.find((candidate) => normaliseHeader(candidate.cells[0] ?? '') === label);
  const value = (row?.cells[1] ?? '').trim().replace(/^="(.*)"$/u, '$1');
  const account = value.replace(/\s/gu, '').toUpperCase();
  return account === '' ? null : account;
}

/** Whether the first rows of a file carry this profile's header with every column it reads: detection. */
export function profileMatches(head: Uint8Array, profile: CsvProfile): boolean {
  const decoded = decodeToUtf8(head, profile.encoding, false);
  if (!decoded.ok) return false;
  const search = findHeader(decoded.utf8, profile);
  return 'found' in search && isHeader(search.found, neededNames(profile));
}

export function readProfileTable(bytes: Uint8Array, profile: CsvProfile): { ok: true; table: ProfileTable } | Refusal {
  const decoded = decodeToUtf8(bytes, profile.encoding, true);
  if (!decoded.ok) return decoded;
  const search = findHeader(decoded.utf8, profile);
  if (!('found' in search)) return refuse(search);
  const missing = neededNames(profile).filter((name) => !isHeader(search.found, [name]));
  if (missing.length > 0)
    return refuse(...missing.map((name) => csvProblem('missing_column', search.found.line, name)));
  const columns = locate(search.found.cells, profile);
  const width = Math.max(...Object.values(columns).flat()) + 1;
  const rows: CsvStatementRow[] = [];
  for (const row of search.rest) {
    if ('malformed' in row) return refuse(row.malformed);
    if (rows.length === importLimits.rows)
      return refuse(csvProblem('too_many_rows', row.line, String(importLimits.rows)));
    rows.push(row);
  }
  return { ok: true, table: { preambleAccount: accountIn(search.preamble, profile), columns, width, rows } };
}
