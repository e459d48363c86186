import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';

export const GUESSED_DELIMITERS = [';', ',', '\t'] as const;

export interface CsvRow {
  /** 1-based record number in the file, header included: the row number the spreadsheet shows. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: string;
  headers: string[];
  rows: CsvRow[];
}

/**
 * Papaparse guesses from the first rows' field counts; blank lines (a trailing newline is one) lower its average
 * below two columns and make it give up, so the guess runs without them and the real parse keeps them.
 */
function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text, {
    header: false,
    delimiter: '',
    delimitersToGuess: [...GUESSED_DELIMITERS],
    skipEmptyLines: 'greedy',
    preview: 10,
  });
  return sample.meta.delimiter;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Text to a header row and data rows. French Excel writes ';', others ',' and some tools tabs: papaparse guesses
 * among them. Blank rows are left out but keep counting, so a problem "line 12" is row 12 in the spreadsheet.
 */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, { header: false, delimiter: guessDelimiter(text), skipEmptyLines: false });
  // A quote left open swallows the rest of the file into one cell: importing that would be silently wrong.
  const quoteErrors = result.errors.filter((error) => error.type === 'Quotes');
  if (quoteErrors.length > 0) {
    throw new AppError('IMPORT_INVALID', 'The file has a quotation mark that is never closed', {
      issues: quoteErrors.map((error) => ({ path: [(error.row ?? 0) + 1], message: 'unclosed_quote' })),
    });
  }
  const records = result.data.map((cells, index) => ({ line: index + 1, cells }));
  const nonBlank = records.filter((record) => !isBlank(record.cells));
  const [header, ...rows] = nonBlank;
  if (!header) return { delimiter: result.meta.delimiter, headers: [], rows: [] };
  const headers = header.cells.map((cell) => cell.trim());
  return {
    delimiter: result.meta.delimiter,
    headers,
    rows: rows.map((row) => ({ line: row.line, cells: headers.map((_, column) => row.cells[column] ?? '') })),
  };
}
