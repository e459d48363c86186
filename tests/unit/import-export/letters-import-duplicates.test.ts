import { describe, expect, it } from 'vitest';
import { importLimits } from '../../../shared/import-export/import-export.schemas';
import { loadLettersLookup } from '../../../electron/services/import-export/letters-import-lookup';
import { inLetter, outLetter, saveLetter } from '../letters/letters-data';
import { check, letterCount, logApp, writeLog } from './letters-log-app';

const LOG = [
  'Nom;Prénom;Sens;Date;Résumé',
  'Martin;Alice;envoyée;2025-03-05;Nouvelles du procès',
  'Martin;Alice;reçue;2025-03-20;',
  'Durand;Bob;envoyée;2025-04-01;Cartes postales',
].join('\n');

describe('letter log import: letters already in the vault', () => {
  it('the same log twice: the second check names every row, and nothing is chosen for the user', async () => {
    const { r, dir } = await logApp();
    const file = writeLog(dir, 'courrier.csv', LOG);
    const first = await check(r, file);
    expect(first).toMatchObject({ duplicates: 0, duplicateLetters: [], repeats: 0 });
    await r.call('lettersImport:run', { token: first.token });

    const again = await check(r, file);
    expect(again).toMatchObject({ rows: 3, ready: 3, problemCount: 0, duplicates: 3, repeats: 0 });
    expect(again.duplicateLetters).toEqual([
      { line: 2, prisoner: 'Martin Alice', datedOn: '2025-03-05' },
      { line: 3, prisoner: 'Martin Alice', datedOn: '2025-03-20' },
      { line: 4, prisoner: 'Durand Bob', datedOn: '2025-04-01' },
    ]);
    const refused = await r.fail('lettersImport:run', { token: again.token });
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(refused.message).toContain('already in the vault');
    expect(await letterCount(r)).toBe(3);

    // Refused for want of a choice, the same token runs once the choice is made.
    expect(await r.call('lettersImport:run', { token: again.token, duplicates: 'skip' })).toEqual({
      imported: 0,
      skipped: 3,
    });
    expect(await letterCount(r)).toBe(3);
  });

  it('import anyway doubles every letter', async () => {
    const { r, dir } = await logApp();
    const file = writeLog(dir, 'courrier.csv', LOG);
    await r.call('lettersImport:run', { token: (await check(r, file)).token });
    const again = await check(r, file);
    expect(await r.call('lettersImport:run', { token: again.token, duplicates: 'import' })).toEqual({
      imported: 3,
      skipped: 0,
    });
    expect(await letterCount(r)).toBe(6);
  });

  it('skip imports the new rows of a log that grew since the last import', async () => {
    const { r, dir } = await logApp();
    await r.call('lettersImport:run', { token: (await check(r, writeLog(dir, 'a.csv', LOG))).token });
    const grown = `${LOG}\nDurand;Bob;reçue;2025-04-15;Merci`;
    const checked = await check(r, writeLog(dir, 'b.csv', grown));
    expect(checked).toMatchObject({ duplicates: 3, repeats: 0 });
    expect(await r.call('lettersImport:run', { token: checked.token, duplicates: 'skip' })).toEqual({
      imported: 1,
      skipped: 3,
    });
    expect(await letterCount(r)).toBe(4);
  });

  it('a match is prisoner, direction, status and date, and the summary only when both have one', async () => {
    const { r, dir, alice } = await logApp();
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-05', summary: 'Nouvelles du procès' }));
    await saveLetter(r, inLetter(alice, { receivedOn: '2025-03-20', summary: null }));
    const log = [
      'Nom;Prénom;Sens;État;Date;Résumé;Motif',
      // Folded as the import folds words: case, accents and punctuation do not tell summaries apart.
      'Martin;Alice;envoyée;;2025-03-05;NOUVELLES du proces !;',
      'Martin;Alice;envoyée;;2025-03-05;;',
      'Martin;Alice;envoyée;;2025-03-05;Autre chose;',
      'Martin;Alice;envoyée;revenue;2025-03-05;;npai',
      'Martin;Alice;envoyée;;2025-03-06;Nouvelles du procès;',
      'Durand;Bob;envoyée;;2025-03-05;Nouvelles du procès;',
      // The vault's letter in has no summary: any summary in the log is the same letter.
      'Martin;Alice;reçue;;2025-03-20;Photos de la cour;',
      'Martin;Alice;envoyée;;2025-03-20;;',
    ].join('\n');
    const checked = await check(r, writeLog(dir, 'match.csv', log));
    expect(checked.problems).toEqual([]);
    expect(checked.duplicateLetters.map((d) => d.line)).toEqual([2, 3, 8]);
    expect(checked).toMatchObject({ duplicates: 3, repeats: 0 });
  });

  it('rows repeated inside the file are counted and imported, unless the first copy is in the vault', async () => {
    const { r, dir, alice } = await logApp();
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-05', summary: 'Colis annoncé' }));
    const log = [
      'Nom;Prénom;Sens;Date;Résumé',
      'Durand;Bob;envoyée;2025-04-01;Cartes postales',
      'Durand;Bob;envoyée;2025-04-01;cartes postales',
      'Durand;Bob;envoyée;2025-04-01;',
      // The vault's letter of that day, twice: the copy is the vault's letter too, not a repeat to import.
      'Martin;Alice;envoyée;2025-03-05;',
      'Martin;Alice;envoyée;2025-03-05;',
    ].join('\n');
    const checked = await check(r, writeLog(dir, 'repeats.csv', log));
    // Line 3 repeats line 2 (folded alike); line 4 has no summary where they have one: another letter that day.
    expect(checked).toMatchObject({ ready: 5, duplicates: 2, repeats: 1 });
    expect(checked.duplicateLetters.map((d) => d.line)).toEqual([5, 6]);
    expect(await r.call('lettersImport:run', { token: checked.token, duplicates: 'skip' })).toEqual({
      imported: 3,
      skipped: 2,
    });
    expect(await letterCount(r)).toBe(4);
  });

  it('a file whose only repeats are its own imports without any choice', async () => {
    const { r, dir } = await logApp();
    const log = ['Nom;Prénom;Sens;Date', 'Durand;Bob;envoyée;2025-04-01', 'Durand;Bob;envoyée;2025-04-01'].join('\n');
    const checked = await check(r, writeLog(dir, 'twice.csv', log));
    expect(checked).toMatchObject({ duplicates: 0, repeats: 1 });
    expect(await r.call('lettersImport:run', { token: checked.token })).toEqual({ imported: 2, skipped: 0 });
  });

  it('the run checks again: a letter logged between the check and the run is a duplicate', async () => {
    const { r, dir, bob } = await logApp();
    const checked = await check(r, writeLog(dir, 'courrier.csv', LOG));
    expect(checked.duplicates).toBe(0);
    await saveLetter(r, outLetter(bob, { sentOn: '2025-04-01', summary: null }));
    const refused = await r.fail('lettersImport:run', { token: checked.token });
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(await letterCount(r)).toBe(1);
    expect(await r.call('lettersImport:run', { token: checked.token, duplicates: 'skip' })).toEqual({
      imported: 2,
      skipped: 1,
    });
    expect(await letterCount(r)).toBe(3);
  });

  it('lists the first duplicates and counts them all', async () => {
    const { r, dir } = await logApp();
    const rows = Array.from({ length: importLimits.listedProblems + 5 }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      return `Martin;Alice;envoyée;${day}`;
    });
    const file = writeLog(dir, 'long.csv', ['Nom;Prénom;Sens;Date', ...rows].join('\n'));
    await r.call('lettersImport:run', { token: (await check(r, file)).token });
    const again = await check(r, file);
    expect(again.duplicates).toBe(rows.length);
    expect(again.duplicateLetters).toHaveLength(importLimits.listedProblems);
  });

  it('the worker gets one short line per letter: never a summary, whatever its length', async () => {
    const { r, alice, bob } = await logApp();
    const long = 'Une lettre longue sur la cantine et le parloir du jeudi. '.repeat(30);
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-05', summary: long }));
    await saveLetter(r, inLetter(bob, { receivedOn: '2025-03-09', summary: 'Merci pour les timbres' }));
    await saveLetter(r, outLetter(bob, { sentOn: '2025-03-10', summary: null }));
    const { letters } = await loadLettersLookup(r.app.context.vault.db, new AbortController().signal);
    const lines = letters.split('\n');
    expect(lines).toHaveLength(3);
    expect(letters).not.toMatch(/cantine|timbres/iu);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(48);
    expect(lines).toContain(`${bob} out sent 2025-03-10 -`);
  });
});
