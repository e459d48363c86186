import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { importLimits, readFileIssue } from '../../../shared/import-export/import-export.schemas';
import { checkCsvBytes, MAX_IMPORT_BYTES, readCsvFile } from '../../../electron/services/import-export/csv-decode';
import { parseCsv } from '../../../electron/services/import-export/csv-parse';
import { tempDir } from '../../support/temp-dir';
import { fixture } from './import-app';

const utf8 = (text: string) => new TextEncoder().encode(text);

function failureOf(work: () => unknown): AppError | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
}
const codeOf = (work: () => unknown) => failureOf(work)?.code;
/** The file-level detail an error carries: what, on which line, how many. */
const detailOf = (work: () => unknown) => {
  const issue = failureOf(work)?.issues?.[0];
  return issue ? readFileIssue(issue) : null;
};
const parse = (text: string) => parseCsv(utf8(text));
const rowsOf = (text: string) => [...parse(text).rows()];
const textOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('reading the chosen file', () => {
  it('strips a UTF-8 BOM and keeps every other character', () => {
    expect(textOf(checkCsvBytes(utf8('\uFEFFNom;Prénom\nYılmaz;Gülşen\n')))).toBe('Nom;Prénom\nYılmaz;Gülşen\n');
    expect(textOf(checkCsvBytes(utf8('Nom\nŁukasz\n')))).toBe('Nom\nŁukasz\n');
  });

  it('refuses Latin-1, UTF-16 and binary files with IMPORT_ENCODING', () => {
    expect(codeOf(() => readCsvFile(fixture('latin1.csv')))).toBe('IMPORT_ENCODING');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Nom\n', 'utf16le')]);
    expect(codeOf(() => checkCsvBytes(utf16))).toBe('IMPORT_ENCODING');
    expect(codeOf(() => checkCsvBytes(new Uint8Array([0x4e, 0x00, 0x6f, 0x00])))).toBe('IMPORT_ENCODING');
  });

  it('refuses a file over the size limit with IMPORT_TOO_LARGE and its size, before reading it', () => {
    const file = path.join(tempDir(), 'huge.csv');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_IMPORT_BYTES + 1);
    expect(codeOf(() => readCsvFile(file))).toBe('IMPORT_TOO_LARGE');
    expect(detailOf(() => readCsvFile(file))).toEqual({
      problem: 'too_large',
      line: null,
      count: MAX_IMPORT_BYTES + 1,
    });
  });

  it('answers NOT_FOUND for a file that is gone', () => {
    expect(codeOf(() => readCsvFile(path.join(tempDir(), 'gone.csv')))).toBe('NOT_FOUND');
  });

  it('refuses at once what is not a regular file: a FIFO nobody writes to, a device that never ends, a folder', () => {
    const fifo = path.join(tempDir(), 'prisonniers.csv');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero', tempDir()]) {
      expect(
        codeOf(() => readCsvFile(file)),
        file,
      ).toBe('IMPORT_UNREADABLE');
      expect(detailOf(() => readCsvFile(file))?.problem, file).toBe('not_a_file');
    }
  });

  it('refuses a file whose content is not the size it said (it grew while read) instead of cutting it', () => {
    // /proc files say they are empty and then give text: what a file still being written looks like to a reader.
    expect(codeOf(() => readCsvFile('/proc/self/status'))).toBe('IMPORT_UNREADABLE');
    expect(detailOf(() => readCsvFile('/proc/self/status'))?.problem).toBe('changed_while_reading');
  });
});

describe('parseCsv', () => {
  it('guesses ";", "," and tab, even with quoted delimiters, quoted newlines and a trailing newline', () => {
    const table = parse('Nom;Prénom\n"Dupont; fils";"Jean\nMarie"\n');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Nom', 'Prénom']);
    expect([...table.rows()]).toEqual([{ line: 2, cells: ['Dupont; fils', 'Jean\nMarie'] }]);
    expect(rowsOf('Nom,Prénom\r\n"Dupont, fils",Jean\r\n')[0]?.cells).toEqual(['Dupont, fils', 'Jean']);
    expect(rowsOf('Nom\tPrénom\nDupont\t"Jean ""Jeannot"""\n')[0]?.cells).toEqual(['Dupont', 'Jean "Jeannot"']);
  });

  it('reads quotes as spreadsheets write them: spaces after a closing quote, a quote inside an unquoted cell, old Mac line ends', () => {
    expect(rowsOf('Nom;Prénom\n"Dupont"  ;Jean\n')[0]?.cells).toEqual(['Dupont', 'Jean']);
    expect(rowsOf('Nom;Prénom\nO"Brien;Seán\n')[0]?.cells).toEqual(['O"Brien', 'Seán']);
    expect(rowsOf('Nom;Prénom\rDupont;Jean\rMartin;Paul').map((row) => [row.line, ...row.cells])).toEqual([
      [2, 'Dupont', 'Jean'],
      [3, 'Martin', 'Paul'],
    ]);
  });

  it('skips blank rows but keeps counting them, so a line number is the spreadsheet’s row', () => {
    // A row of no-break and ideographic spaces is as blank as an empty one.
    const table = parse('\nNom;Prénom\n\nDupont;Jean\n\u00a0;\u3000\nMartin;Paul\n');
    expect(table.headers).toEqual(['Nom', 'Prénom']);
    expect(table.rowCount).toBe(2);
    expect([...table.rows()].map((row) => [row.line, row.cells[0]])).toEqual([
      [4, 'Dupont'],
      [6, 'Martin'],
    ]);
  });

  it('pads short rows and drops cells beyond the headers', () => {
    expect(rowsOf('A;B;C\nx\ny;z;w;extra\n').map((row) => row.cells)).toEqual([
      ['x', '', ''],
      ['y', 'z', 'w'],
    ]);
  });

  it('reads a one-column file', () => {
    expect(rowsOf('Nom\nDupont\nMartin\n').map((row) => row.cells)).toEqual([['Dupont'], ['Martin']]);
  });

  it('refuses a quotation mark that is never closed, naming its line', () => {
    const error = failureOf(() => parse('Nom;Prénom\nDupont;Jean\n"Martin;Paul\nPetit;Anne\n'));
    expect(error?.code).toBe('IMPORT_INVALID');
    expect(error?.issues).toEqual([{ path: [3], message: 'unclosed_quote' }]);
  });

  it('refuses text after a closing quotation mark, naming its line', () => {
    expect(detailOf(() => parse('Nom;Prénom\nDupont;Jean\n"Martin" fils;Paul\n'))).toEqual({
      problem: 'misplaced_quote',
      line: 3,
      count: null,
    });
  });

  it('gives no headers and no rows for an empty file', () => {
    expect(parse('')).toMatchObject({ headers: [], rowCount: 0 });
  });
});

describe('parseCsv limits', () => {
  it(`reads ${importLimits.columns} columns and refuses one more with IMPORT_TOO_MANY_COLUMNS, naming the line`, () => {
    const header = (columns: number) => Array.from({ length: columns }, (_, i) => `C${i}`).join(';');
    expect(parse(`${header(importLimits.columns)}\nx\n`).headers).toHaveLength(importLimits.columns);
    expect(codeOf(() => parse(`${header(importLimits.columns + 1)}\nx\n`))).toBe('IMPORT_TOO_MANY_COLUMNS');
    expect(detailOf(() => parse(`Nom;Prénom\nDupont;Jean\n${header(importLimits.columns + 1)}\n`))).toEqual({
      problem: 'too_many_columns',
      line: 3,
      count: null,
    });
  });

  it(`reads ${importLimits.rows.toLocaleString('en')} rows and refuses more with IMPORT_TOO_MANY_ROWS, counting them all`, () => {
    const text = (rows: number) => `Nom\n${'Dupont\n\n'.repeat(rows)}`;
    expect(parse(text(importLimits.rows)).rowCount).toBe(importLimits.rows);
    expect(codeOf(() => parse(text(importLimits.rows + 1)))).toBe('IMPORT_TOO_MANY_ROWS');
    // Blank lines are not rows: the count is the one the user can check in the spreadsheet.
    expect(detailOf(() => parse(text(importLimits.rows + 2345)))).toEqual({
      problem: 'too_many_rows',
      line: null,
      count: importLimits.rows + 2345,
    });
  });

  it('refuses a line of millions of delimiters at its first extra cell', () => {
    expect(detailOf(() => parse(`Nom;Prénom\nDupont;Jean\n${';'.repeat(20_000_000)}\n`))).toEqual({
      problem: 'too_many_columns',
      line: 3,
      count: null,
    });
  });

  it(`refuses a cell longer than ${importLimits.cellChars.toLocaleString('en')} characters, quoted or not, naming its line`, () => {
    const long = 'a'.repeat(importLimits.cellChars + 1);
    expect(rowsOf(`Nom;Notes\nDupont;${'a'.repeat(importLimits.cellChars)}\n`)[0]?.cells[1]).toHaveLength(
      importLimits.cellChars,
    );
    expect(detailOf(() => parse(`Nom;Notes\nDupont;${long}\n`))).toEqual({
      problem: 'cell_too_long',
      line: 2,
      count: null,
    });
    expect(detailOf(() => parse(`Nom;Notes\nDupont;Jean\nMartin;"${long}"\n`))).toEqual({
      problem: 'cell_too_long',
      line: 3,
      count: null,
    });
    // Characters, not bytes: "é" takes two.
    expect(rowsOf(`Nom;Notes\nDupont;${'é'.repeat(importLimits.cellChars)}\n`)[0]?.cells[1]).toHaveLength(
      importLimits.cellChars,
    );
    expect(detailOf(() => parse(`Nom;Notes\nDupont;${'é'.repeat(importLimits.cellChars + 1)}\n`))?.problem).toBe(
      'cell_too_long',
    );
  });
});
