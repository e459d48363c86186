import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { decodeCsv, MAX_IMPORT_BYTES, readCsvFile } from '../../../electron/services/import/csv-decode';
import { parseCsv } from '../../../electron/services/import/csv-parse';
import { tempDir } from '../../support/temp-dir';
import { fixture } from './import-app';

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('decodeCsv', () => {
  it('strips a UTF-8 BOM and keeps every other character', () => {
    expect(decodeCsv(utf8('\uFEFFNom;Prénom\nYılmaz;Gülşen\n'))).toBe('Nom;Prénom\nYılmaz;Gülşen\n');
    expect(decodeCsv(utf8('Nom\nŁukasz\n'))).toBe('Nom\nŁukasz\n');
  });

  it('refuses Latin-1, UTF-16 and binary files with IMPORT_ENCODING', () => {
    expect(codeOf(() => readCsvFile(fixture('latin1.csv')))).toBe('IMPORT_ENCODING');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Nom\n', 'utf16le')]);
    expect(codeOf(() => decodeCsv(utf16))).toBe('IMPORT_ENCODING');
    expect(codeOf(() => decodeCsv(new Uint8Array([0x4e, 0x00, 0x6f, 0x00])))).toBe('IMPORT_ENCODING');
  });

  it('refuses a file over the size limit before reading it', () => {
    const file = path.join(tempDir(), 'huge.csv');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_IMPORT_BYTES + 1);
    expect(codeOf(() => readCsvFile(file))).toBe('VALIDATION');
  });

  it('answers NOT_FOUND for a file that is gone', () => {
    expect(codeOf(() => readCsvFile(path.join(tempDir(), 'gone.csv')))).toBe('NOT_FOUND');
  });
});

describe('parseCsv', () => {
  it('guesses ";", "," and tab, even with quoted delimiters, quoted newlines and a trailing newline', () => {
    expect(parseCsv('Nom;Prénom\n"Dupont; fils";"Jean\nMarie"\n')).toEqual({
      delimiter: ';',
      headers: ['Nom', 'Prénom'],
      rows: [{ line: 2, cells: ['Dupont; fils', 'Jean\nMarie'] }],
    });
    expect(parseCsv('Nom,Prénom\r\n"Dupont, fils",Jean\r\n').rows[0]?.cells).toEqual(['Dupont, fils', 'Jean']);
    expect(parseCsv('Nom\tPrénom\nDupont\t"Jean ""Jeannot"""\n').rows[0]?.cells).toEqual(['Dupont', 'Jean "Jeannot"']);
  });

  it('skips blank rows but keeps counting them, so a line number is the spreadsheet’s row', () => {
    const parsed = parseCsv('\nNom;Prénom\n\nDupont;Jean\n;\nMartin;Paul\n');
    expect(parsed.headers).toEqual(['Nom', 'Prénom']);
    expect(parsed.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [4, 'Dupont'],
      [6, 'Martin'],
    ]);
  });

  it('pads short rows and drops cells beyond the headers', () => {
    expect(parseCsv('A;B;C\nx\ny;z;w;extra\n').rows.map((row) => row.cells)).toEqual([
      ['x', '', ''],
      ['y', 'z', 'w'],
    ]);
  });

  it('reads a one-column file', () => {
    expect(parseCsv('Nom\nDupont\nMartin\n').rows.map((row) => row.cells)).toEqual([['Dupont'], ['Martin']]);
  });

  it('refuses a quotation mark that is never closed, naming its line', () => {
    let error: unknown;
    try {
      parseCsv('Nom;Prénom\nDupont;Jean\n"Martin;Paul\nPetit;Anne\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('IMPORT_INVALID');
    expect((error as AppError).issues).toEqual([{ path: [3], message: 'unclosed_quote' }]);
  });

  it('gives no headers and no rows for an empty file', () => {
    expect(parseCsv('')).toMatchObject({ headers: [], rows: [] });
  });
});
