import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { fileIssue, importLimits } from '../../../shared/import-export/import-export.schemas';

export const MAX_IMPORT_BYTES = importLimits.bytes;

const MIB = 1024 * 1024;

function tooLarge(bytes: number | null): AppError {
  return new AppError('IMPORT_TOO_LARGE', `The file is larger than ${MAX_IMPORT_BYTES / MIB} MB`, {
    issues: [fileIssue({ problem: 'too_large', line: null, count: bytes })],
  });
}

function unreadable(problem: 'not_a_file' | 'changed_while_reading', message: string): AppError {
  return new AppError('IMPORT_UNREADABLE', message, { issues: [fileIssue({ problem, line: null, count: null })] });
}

/**
 * The file's bytes, checked to be UTF-8 text and without its BOM. They stay bytes: as a JavaScript string, text
 * with a single letter beyond Latin-1 takes two bytes per character. Old Excel saves "CSV" in Latin-1 (or UTF-16 for "Unicode text"); decoding those as UTF-8 would
 * silently turn "Gülşen" into "G�l�en" on envelopes, so they are refused with a way out instead.
 */
export function checkCsvBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(bytes.byteLength);
  // A NUL byte means a binary file or UTF-16 without its BOM: valid UTF-8 bytes, but not text a person typed.
  if (bytes.includes(0) || !isUtf8(bytes))
    throw new AppError('IMPORT_ENCODING', 'The file is not UTF-8 text: save it again as "CSV UTF-8"');
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Reads the file the user chose, never more than the size limit. Only a regular file: a FIFO would block the read
 * until someone writes to it, and a device (/dev/zero) never ends. Opened without blocking, so even a FIFO's open
 * returns at once; checked on the open descriptor, so a path swapped in between cannot slip past. A file that grows
 * or shrinks while it is read (a spreadsheet still saving, or a writer feeding it) is refused rather than cut.
 */
export function readCsvBytes(file: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new AppError('NOT_FOUND', 'The file could not be read', { cause: error });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw unreadable('not_a_file', 'This is not a regular file');
    if (stat.size > MAX_IMPORT_BYTES) throw tooLarge(stat.size);
    // One byte more than the limit: reading it means the file grew past the limit while being read.
    const bytes = new Uint8Array(Math.min(stat.size, MAX_IMPORT_BYTES) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === bytes.length) break;
    }
    if (length > MAX_IMPORT_BYTES) throw tooLarge(null);
    if (length !== stat.size || fs.fstatSync(fd).size !== stat.size) {
      throw unreadable('changed_while_reading', 'The file changed while it was read');
    }
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', 'The file could not be read', { cause: error });
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the file the user chose and checks it is UTF-8 text. */
export function readCsvFile(file: string): Uint8Array {
  return checkCsvBytes(readCsvBytes(file));
}
