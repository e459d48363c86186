import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import { fileIssue, importLimits } from '../../../shared/import-export/import-export.schemas';
import { decodeCell, isBlankRecord, readRecord } from './csv-record';

export const GUESSED_DELIMITERS = [';', ',', '\t'] as const;

export interface CsvRow {
  /** 1-based record number in the file, header included: the row number the spreadsheet shows. */
  line: number;
  cells: string[];
}

/** Bytes papaparse looks at to guess the delimiter: its ten-row preview, but never a whole hostile line. */
const GUESS_SAMPLE_BYTES = 64 * 1024;
/** Rows between two progress reports while the file is read. */
const PROGRESS_EVERY = 10_000;

/**
 * Papaparse guesses from the first rows' field counts; blank lines (a trailing newline is one) lower its average
 * below two columns and make it give up, so the guess runs without them.
 */
function guessDelimiter(bytes: Buffer): string {
  const sample = Papa.parse<string[]>(bytes.toString('utf8', 0, Math.min(bytes.length, GUESS_SAMPLE_BYTES)), {
    header: false,
    delimiter: '',
    delimitersToGuess: [...GUESSED_DELIMITERS],
    skipEmptyLines: 'greedy',
    preview: 10,
  });
  return sample.meta.delimiter;
}

/**
 * A spreadsheet read into memory once and checked whole: its header, and where each data row starts. Rows are read
 * again from the file's bytes when they are needed (by the same reader, which already accepted them), so a file
 * costs its bytes and two numbers per row, not an array of strings per row.
 */
export class CsvTable {
  readonly delimiter: string;
  readonly headers: string[];
  readonly #bytes: Buffer;
  readonly #code: number;
  readonly #starts: Uint32Array;
  readonly #lines: Uint32Array;

  constructor(bytes: Buffer, delimiter: string, headers: string[], starts: Uint32Array, lines: Uint32Array) {
    this.#bytes = bytes;
    this.delimiter = delimiter;
    this.#code = delimiter.charCodeAt(0);
    this.headers = headers;
    this.#starts = starts;
    this.#lines = lines;
  }

  get rowCount(): number {
    return this.#starts.length;
  }

  /** Data row `index` (0-based), padded or cut to the header's width. */
  row(index: number): CsvRow {
    const line = this.#lines[index] ?? 0;
    const { cells } = readRecord(this.#bytes, this.#starts[index] ?? 0, this.#code, line);
    return {
      line,
      cells: this.headers.map((_, column) => (cells[column] ? decodeCell(this.#bytes, cells[column]) : '')),
    };
  }

  /** Data rows in file order. */
  *rows(limit = this.rowCount): Generator<CsvRow> {
    for (let index = 0; index < Math.min(limit, this.rowCount); index += 1) yield this.row(index);
  }
}

/**
 * A UTF-8 file (checked, without its BOM) to a header row and data rows. French Excel writes ';', others ',' and
 * some tools tabs: papaparse guesses among them. Blank rows are left out but keep counting, so a problem "line 12"
 * is row 12 in the spreadsheet. Refuses the whole file beyond importLimits: rows, columns, a cell's length, or a
 * broken quote.
 */
export function parseCsv(utf8: Uint8Array, onProgress?: (rows: number) => void): CsvTable {
  const bytes = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
  const delimiter = guessDelimiter(bytes);
  const code = delimiter.charCodeAt(0);
  const starts = new Uint32Array(importLimits.rows);
  const lines = new Uint32Array(importLimits.rows);
  let headers: string[] | null = null;
  let rows = 0;
  let line = 0;
  for (let pos = 0; pos < bytes.length;) {
    line += 1;
    const record = readRecord(bytes, pos, code, line);
    if (!isBlankRecord(bytes, record.cells)) {
      if (!headers) headers = record.cells.map((cell) => decodeCell(bytes, cell).trim());
      else {
        if (rows < importLimits.rows) {
          starts[rows] = pos;
          lines[rows] = line;
        }
        rows += 1;
        if (onProgress && rows % PROGRESS_EVERY === 0) onProgress(rows);
      }
    }
    pos = record.next;
  }
  if (rows > importLimits.rows) {
    throw new AppError(
      'IMPORT_TOO_MANY_ROWS',
      `The file has ${rows} rows; at most ${importLimits.rows} are imported at a time`,
      {
        issues: [fileIssue({ problem: 'too_many_rows', line: null, count: rows })],
      },
    );
  }
  return new CsvTable(bytes, delimiter, headers ?? [], starts.subarray(0, rows), lines.subarray(0, rows));
}
