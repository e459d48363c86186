import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLimits, readFileIssue, type ImportFileIssue } from '../../../shared/import-export/import-export.schemas';
import { importWorkersExited, liveImportWorkers } from '../../../electron/services/import-export/import-worker-runner';
import { MAX_IMPORT_BYTES } from '../../../electron/services/import-export/csv-decode';
import {
  writeDelimiterFloodCsv,
  writeHugeCellCsv,
  writeManyRowsCsv,
  writeNulBytesCsv,
  writeTagFloodCsv,
  writeUnbalancedQuoteCsv,
  writeWideCsv,
} from '../../fixtures/csv/generated-csv';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from './import-app';

type Shape = { name: string; write: (file: string) => string; code: string; detail: Partial<ImportFileIssue> | null };

const HOSTILE: Shape[] = [
  {
    name: 'a FIFO nobody writes to',
    write: (file) => (execFileSync('mkfifo', [file]), file),
    code: 'IMPORT_UNREADABLE',
    detail: { problem: 'not_a_file' },
  },
  {
    name: 'a device that never ends',
    write: () => '/dev/zero',
    code: 'IMPORT_UNREADABLE',
    detail: { problem: 'not_a_file' },
  },
  {
    name: 'a file that is not the size it says',
    write: () => '/proc/self/status',
    code: 'IMPORT_UNREADABLE',
    detail: { problem: 'changed_while_reading' },
  },
  {
    name: 'a file over the size limit',
    write: (file) => (fs.writeFileSync(file, ''), fs.truncateSync(file, MAX_IMPORT_BYTES + 1), file),
    code: 'IMPORT_TOO_LARGE',
    detail: { problem: 'too_large', count: MAX_IMPORT_BYTES + 1 },
  },
  {
    name: 'millions of delimiters on one line',
    write: (file) => (writeDelimiterFloodCsv(file), file),
    code: 'IMPORT_TOO_MANY_COLUMNS',
    detail: { problem: 'too_many_columns', line: 3 },
  },
  {
    name: 'one huge cell',
    write: (file) => (writeHugeCellCsv(file), file),
    code: 'IMPORT_INVALID',
    detail: { problem: 'cell_too_long', line: 2 },
  },
  {
    name: 'a quotation mark never closed',
    write: (file) => (writeUnbalancedQuoteCsv(file), file),
    code: 'IMPORT_INVALID',
    detail: { problem: 'unclosed_quote', line: 3 },
  },
  { name: 'NUL bytes', write: (file) => (writeNulBytesCsv(file), file), code: 'IMPORT_ENCODING', detail: null },
  {
    name: `${importLimits.columns + 1} columns`,
    write: (file) => (writeWideCsv(file, importLimits.columns + 1), file),
    code: 'IMPORT_TOO_MANY_COLUMNS',
    detail: { problem: 'too_many_columns', line: 1 },
  },
  {
    name: `${importLimits.rows + 1} rows`,
    write: (file) => (writeManyRowsCsv(file, importLimits.rows + 1), file),
    code: 'IMPORT_TOO_MANY_ROWS',
    detail: { problem: 'too_many_rows', count: importLimits.rows + 1 },
  },
];

describe('hostile files end in a clear error, never a hang or a crash', () => {
  for (const shape of HOSTILE) {
    it(`refuses ${shape.name} with ${shape.code}`, async () => {
      const app = await ImportApp.create();
      app.nextImportFile = shape.write(path.join(tempDir(), 'prisonniers.csv'));
      const error = await app.fail('import:pickFile', {});
      expect(error.code).toBe(shape.code);
      const detail = error.issues?.[0] ? readFileIssue(error.issues[0]) : null;
      if (shape.detail) expect(detail).toMatchObject(shape.detail);
      else expect(detail).toBeNull();
      // The vault is untouched and still works, and no thread is left holding any part of the file.
      expect((await app.counts()).prisoners).toBe(0);
      await importWorkersExited();
      expect(liveImportWorkers()).toBe(0);
    });
  }

  it(`reads a file of exactly ${importLimits.columns} columns and ${importLimits.rows.toLocaleString('en')} rows`, async () => {
    const app = await ImportApp.create();
    const wide = path.join(tempDir(), 'wide.csv');
    writeWideCsv(wide, importLimits.columns);
    expect((await app.pick(wide)).headers).toHaveLength(importLimits.columns);
    const long = path.join(tempDir(), 'long.csv');
    writeManyRowsCsv(long, importLimits.rows);
    expect((await app.pick(long)).rowCount).toBe(importLimits.rows);
    await app.lock();
  });
});

describe('what the screen is sent stays short', () => {
  it(`quotes headers and preview cells to ${importLimits.quotedChars} characters, and still maps from the full header`, async () => {
    const app = await ImportApp.create();
    const file = path.join(tempDir(), 'long-cells.csv');
    const header = `Nom de famille ${'(tel qu’écrit sur le registre d’écrou) '.repeat(10)}`;
    fs.writeFileSync(file, `Nom;${header};Notes\nMartin;Paul;${'Très longue note. '.repeat(1000)}\n`);
    const picked = await app.pick(file);
    for (const text of [...picked.headers, ...picked.preview.flat()])
      expect(text.length).toBeLessThanOrEqual(importLimits.quotedChars);
    expect(picked.headers[1]).toMatch(/^Nom de famille \(tel qu’écrit.*…$/);
    expect(picked.preview[0]?.[2]).toMatch(/^Très longue note\. .*…$/);
    expect(picked.suggestedMapping).toMatchObject({ familyName: 0, notes: 2 });
    await app.lock();
  });
});

describe('problems: the first ones listed, all of them counted', () => {
  const inVaultRows = (count: number) => Array.from({ length: count }, (_, i) => `Dupont${i};Jean;;`);

  it(`lists at most ${importLimits.listedProblems}, blocking ones first, each value quoted to ${importLimits.quotedChars} characters`, async () => {
    const app = await ImportApp.create();
    const header = 'Nom;Prénom;Statut;Notes';
    const known = path.join(tempDir(), 'known.csv');
    fs.writeFileSync(known, [header, ...inVaultRows(250)].join('\n'));
    const first = await app.pick(known);
    expect((await app.call('import:run', { token: first.token, mapping: first.suggestedMapping })).imported).toBe(250);

    // 250 rows already in the vault, then 1,000 rows whose status is a whole paragraph.
    const status = `en cavale depuis ${'très longtemps, '.repeat(20)}`;
    const file = path.join(tempDir(), 'broken.csv');
    const broken = Array.from({ length: 1000 }, (_, i) => `Martin${i};Paul;${status};`);
    fs.writeFileSync(file, [header, ...inVaultRows(250), ...broken].join('\n'));
    const picked = await app.pick(file);
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check).toMatchObject({
      rows: 1250,
      ready: 0,
      problemCount: 1250,
      inVaultCount: 250,
      duplicateRows: 250,
      problemRows: 1250,
    });
    expect(check.problems).toHaveLength(importLimits.listedProblems);
    expect(new Set(check.problems.map((p) => p.problem))).toEqual(new Set(['invalid_status']));
    expect(check.problems[0]).toMatchObject({ line: 252, field: 'status' });
    for (const problem of check.problems) {
      expect(problem.value?.length).toBe(importLimits.quotedChars);
      expect(problem.value).toMatch(/^en cavale depuis très longtemps, .*…$/);
    }

    const refused = await app.fail('import:run', {
      token: picked.token,
      mapping: picked.suggestedMapping,
      duplicates: 'skip',
    });
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(refused.message).toContain('1000 row(s) with a problem');
    expect(refused.issues?.length).toBeLessThanOrEqual(importLimits.listedProblems);
    expect((await app.counts()).prisoners).toBe(250);
    await app.lock();
  });

  it('fills the list with rows already in the vault once the blocking ones are all listed, in line order', async () => {
    const app = await ImportApp.create();
    const header = 'Nom;Prénom;Statut;Notes';
    const known = path.join(tempDir(), 'known.csv');
    fs.writeFileSync(known, [header, ...inVaultRows(250)].join('\n'));
    const first = await app.pick(known);
    await app.call('import:run', { token: first.token, mapping: first.suggestedMapping });
    const file = path.join(tempDir(), 'mixed.csv');
    fs.writeFileSync(file, [header, 'Martin;Paul;en cavale;', ...inVaultRows(250), ';Sans nom;;'].join('\n'));
    const picked = await app.pick(file);
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check).toMatchObject({ problemCount: 252, inVaultCount: 250 });
    expect(check.problems).toHaveLength(importLimits.listedProblems);
    expect(check.problems.map((p) => p.line)).toEqual([...check.problems.map((p) => p.line)].sort((a, b) => a - b));
    expect(check.problems.filter((p) => p.problem !== 'duplicate_in_vault').map((p) => [p.line, p.problem])).toEqual([
      [2, 'invalid_status'],
      [253, 'required'],
    ]);
    await app.lock();
  });
});

describe('tags', () => {
  it(`creates at most ${importLimits.newTags.toLocaleString('en')} new tags: a file naming millions is refused row by row, in little memory`, async () => {
    const app = await ImportApp.create();
    const file = path.join(tempDir(), 'tags.csv');
    writeTagFloodCsv(file);
    const picked = await app.pick(file);
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check).toMatchObject({ rows: 400, ready: 0, newTags: 0 });
    expect(check.problemCount).toBe(400 * 8000 - importLimits.newTags);
    expect(check.problems[0]).toMatchObject({ line: 2, field: 'tags', problem: 'too_many_tags' });
    await app.lock();
  });
});

describe('the sentences that state a limit', () => {
  it('say the figures the import enforces, in French and English', () => {
    const digits = (text: string) => text.replace(/[\s\u202f,.]/g, '');
    for (const messages of [fr, en]) {
      expect(digits(messages.errors.IMPORT_TOO_MANY_ROWS)).toContain(String(importLimits.rows));
      expect(digits(messages.errors.IMPORT_TOO_MANY_COLUMNS)).toContain(String(importLimits.columns));
      expect(digits(messages.errors.IMPORT_TOO_LARGE)).toContain(String(importLimits.bytes / (1024 * 1024)));
      expect(digits(messages.importProblem.too_many_tags)).toContain(String(importLimits.newTags));
    }
  });
});
