import { AppError } from '../../../shared/errors';
import { fileIssue, importLimits, type ImportFileProblem } from '../../../shared/import-export/import-export.schemas';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** Where one cell lies in the file's bytes; `escaped` when it holds "" for a quotation mark. */
export interface CellSpan {
  start: number;
  end: number;
  escaped: boolean;
}

export interface CsvRecord {
  cells: CellSpan[];
  /** Offset of the next record. */
  next: number;
}

function refuse(problem: ImportFileProblem, line: number, message: string): AppError {
  const code = problem === 'too_many_columns' ? 'IMPORT_TOO_MANY_COLUMNS' : 'IMPORT_INVALID';
  return new AppError(code, `Line ${line}: ${message}`, { issues: [fileIssue({ problem, line, count: null })] });
}

/** Characters (code points) in a span of UTF-8: every byte but continuation bytes starts one. */
function charCount(bytes: Buffer, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += 1) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) count += 1;
  return count;
}

function checkLength(bytes: Buffer, start: number, end: number, line: number): void {
  // Bytes are at least characters: count only when the bytes alone exceed the limit.
  if (end - start > importLimits.cellChars && charCount(bytes, start, end) > importLimits.cellChars) {
    throw refuse('cell_too_long', line, 'a cell is too long');
  }
}

/**
 * One record from `start` of a UTF-8 file, the way spreadsheets write CSV (RFC 4180): a cell that starts with a
 * quote runs to the matching quote, with "" for a quote inside, and may hold delimiters and line breaks; \r\n, \n
 * and \r end a record. It reads bytes (every byte it looks for is ASCII, which never occurs inside a multi-byte
 * character) and checks the limits as it goes, so a line of a million delimiters stops at the 501st cell instead of
 * building a million-cell array. This reader, not a library, because none bounds the cells of a record.
 */
export function readRecord(bytes: Buffer, start: number, delimiter: number, line: number): CsvRecord {
  const cells: CellSpan[] = [];
  const end = bytes.length;
  let pos = start;
  for (;;) {
    if (cells.length === importLimits.columns)
      throw refuse('too_many_columns', line, `more than ${importLimits.columns} columns`);
    if (bytes[pos] === QUOTE) {
      let search = pos + 1;
      let escaped = false;
      let close: number;
      for (;;) {
        close = bytes.indexOf(QUOTE, search);
        if (close === -1) throw refuse('unclosed_quote', line, 'a quotation mark is never closed');
        if (bytes[close + 1] !== QUOTE) break;
        escaped = true;
        search = close + 2;
      }
      checkLength(bytes, pos + 1, close, line);
      cells.push({ start: pos + 1, end: close, escaped });
      pos = close + 1;
      // Spaces between a closing quote and the delimiter are tolerated, as spreadsheets and papaparse do.
      while (pos < end && (bytes[pos] === SPACE || (bytes[pos] === TAB && delimiter !== TAB))) pos += 1;
      const after = bytes[pos];
      if (pos < end && after !== delimiter && after !== CR && after !== LF)
        throw refuse('misplaced_quote', line, 'text follows a closing quotation mark');
    } else {
      let stop = pos;
      while (stop < end) {
        const c = bytes[stop];
        if (c === delimiter || c === CR || c === LF) break;
        stop += 1;
      }
      checkLength(bytes, pos, stop, line);
      cells.push({ start: pos, end: stop, escaped: false });
      pos = stop;
    }
    if (pos >= end) return { cells, next: end };
    if (bytes[pos] === delimiter) {
      pos += 1;
      continue;
    }
    // CR or LF: the end of the record.
    return { cells, next: bytes[pos] === CR && bytes[pos + 1] === LF ? pos + 2 : pos + 1 };
  }
}

export function decodeCell(bytes: Buffer, cell: CellSpan): string {
  const text = bytes.toString('utf8', cell.start, cell.end);
  return cell.escaped ? text.replaceAll('""', '"') : text;
}

const isAsciiSpace = (c: number) => c === SPACE || (c >= TAB && c <= CR);

/** Whether every cell is empty or white space (String.prototype.trim's), decoding only what ASCII cannot settle. */
export function isBlankRecord(bytes: Buffer, cells: readonly CellSpan[]): boolean {
  return cells.every((cell) => {
    let ascii = true;
    for (let i = cell.start; i < cell.end; i += 1) {
      const c = bytes[i] ?? 0;
      if (c >= 0x80) ascii = false;
      else if (!isAsciiSpace(c)) return false;
    }
    return ascii || decodeCell(bytes, cell).trim() === '';
  });
}
