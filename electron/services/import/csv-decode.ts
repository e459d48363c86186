import fs from 'node:fs';
import { AppError } from '../../../shared/errors';

/** A spreadsheet of a few thousand prisoners is well under a megabyte; anything this large is the wrong file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const BOM = '\uFEFF';

function tooLarge(): AppError {
  return new AppError('VALIDATION', `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB`, {
    issues: [{ path: ['file'], message: 'too_large' }],
  });
}

/**
 * Bytes to text, UTF-8 only. Old Excel saves "CSV" in Latin-1 (or UTF-16 for "Unicode text"); decoding those as
 * UTF-8 would silently turn "Gülşen" into "G�l�en" on envelopes, so they are refused with a way out instead.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new AppError('IMPORT_ENCODING', 'The file is not UTF-8 text: save it again as "CSV UTF-8"', { cause: error });
  }
  // A NUL byte means a binary file or UTF-16 without its BOM: valid UTF-8 bytes, but not text a person typed.
  if (text.includes('\0')) throw new AppError('IMPORT_ENCODING', 'The file is not UTF-8 text: save it again as "CSV UTF-8"');
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** Reads and decodes the file the user chose; the size is checked before anything is read. */
export function readCsvFile(file: string): string {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_IMPORT_BYTES) throw tooLarge();
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', 'The file could not be read', { cause: error });
  }
  return decodeCsv(bytes);
}
