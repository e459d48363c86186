import type { CsvProfile } from '../../../shared/money/csv-profile.schemas';
import type { StatementFile } from '../../../shared/money/statement.types';
import { readCamt } from './camt.read';
import { readCoda } from './coda.read';
import { detectProfile, readCsvStatement } from './csv-statement.read';

/** The formats a statement file is recognised as by its first bytes, before any reader is trusted with it. */
export type StatementFormatGuess = 'camt' | 'coda' | 'csv';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * What a file claims to be, from its first bytes: XML (after a byte order mark and blanks) is camt, a CODA header
 * record is CODA, anything else is tried as CSV. The file's name is
 * never trusted: a bank's export is often called .txt or .dat whatever it holds.
 */
export function guessStatementFormat(bytes: Uint8Array): StatementFormatGuess {
  let start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  // UTF-16 byte order marks: only XML comes that way.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'camt';
  while (start < bytes.length && isSpace(bytes[start])) start += 1;
  if (bytes[start] === 0x3c /* < */) return 'camt';
  // A CODA header record starts "00000" then its creation date (DDMMYY): the reader then judges the lengths, so a
  // 127-character line is refused as CODA, in words, rather than tried as CSV.
  const head = String.fromCharCode(...bytes.subarray(start, start + 11));
  if (/^00000\d{6}$/.test(head)) return 'coda';
  return 'csv';
}

/**
 * Reads a statement file whatever its format: camt and CODA say what they are; a CSV is read with the profile given
 * (the treasurer's saved mapping for that bank), else the built-in profile whose header it has, else it is refused
 * with `csv_profile_unknown`. Never throws on what the file holds: every problem comes back in `problems`.
 */
export function readStatementFile(bytes: Uint8Array, profile?: CsvProfile): StatementFile {
  const format = guessStatementFormat(bytes);
  if (format === 'camt') return readCamt(bytes);
  if (format === 'coda') return readCoda(bytes);
  const chosen = profile ?? detectProfile(bytes);
  if (chosen) return readCsvStatement(bytes, chosen);
  return { format: 'csv', statements: [], problems: [{ code: 'csv_profile_unknown', at: null, detail: null }] };
}
