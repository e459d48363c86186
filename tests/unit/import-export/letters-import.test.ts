import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { importWorkersExited, liveImportWorkers } from '../../../electron/services/import-export/import-worker-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { prisoner } from '../registry/registry-data';
import { check, letterCount, logApp, writeLog } from './letters-log-app';

const FR_LOG = [
  'Prisonnier;Numéro d’écrou;Sens;Date;État;Écrite par;Moyen;Pages;Résumé;Motif',
  'MARTIN Alice;4711;envoyée;05/03/2025;;Camille;courrier;3;Nouvelles du procès;',
  'Alice Martin;;reçue;2025-03-20;;;;2;Répond aux nouvelles;',
  'Durand Bob;12;sortant;01/04/2025;Revenue;;;;;transférée',
].join('\r\n');

describe('letter log import', () => {
  it('imports a French log: one full-name column, words for direction and status, day-first dates, a writer', async () => {
    const { r, dir, alice, bob, camille } = await logApp();
    const checked = await check(r, writeLog(dir, 'courrier.csv', FR_LOG));
    expect(checked).toMatchObject({ rows: 3, ready: 3, problemCount: 0, problems: [] });
    expect(checked.mapping).toMatchObject({ fullName: 0, prisonerNumber: 1, direction: 2, date: 3, writer: 5 });

    expect(await r.call('lettersImport:run', { token: checked.token })).toEqual({ imported: 3, skipped: 0 });
    expect(await r.call('lettersImport:progress', { token: checked.token })).toEqual({
      state: 'done',
      done: 3,
      total: 3,
    });
    const { rows } = await r.call('letters:list', { sort: 'dated', descending: false });
    expect(rows.map((l) => [l.prisonerId, l.direction, l.status, l.datedOn, l.writerName])).toEqual([
      [alice, 'out', 'sent', '2025-03-05', 'Camille'],
      [alice, 'in', 'received', '2025-03-20', null],
      [bob, 'out', 'returned', '2025-04-01', null],
    ]);
    const sent = await r.call('letters:get', { id: rows[0]?.id ?? 0 });
    // Sent by post to the stay Alice was in that day, with the block composed as letters:create composes it.
    expect(sent).toMatchObject({ writerMemberId: camille, pages: 3, summary: 'Nouvelles du procès' });
    expect(sent.stayId).not.toBeNull();
    expect(sent.addressBlock?.join('\n')).toContain('4711');
    expect(await r.call('letters:get', { id: rows[2]?.id ?? 0 })).toMatchObject({ issueReason: 'moved' });
    // The same file cannot be imported twice by mistake: its token is spent.
    expect((await r.fail('lettersImport:run', { token: checked.token })).code).toBe('NOT_FOUND');
  });

  it('reads an English log with family and given names in two columns and separate sent and received dates', async () => {
    const { r, dir, alice } = await logApp();
    const log = [
      'Family name,Given names,Prisoner number,Direction,Status,Sent on,Received on,Reason,Reason details',
      'Martin,Alice,4711,in,,2025-05-01,2025-05-06,,',
      'Martin,Alice,4711,out,withheld,2025-05-10,,other,Too many photos',
    ].join('\n');
    const checked = await check(r, writeLog(dir, 'log.csv', log));
    expect(checked.problems).toEqual([]);
    await r.call('lettersImport:run', { token: checked.token });
    const { rows } = await r.call('letters:list', { prisonerId: alice, sort: 'dated', descending: false });
    const letterIn = await r.call('letters:get', { id: rows[0]?.id ?? 0 });
    expect(letterIn).toMatchObject({ direction: 'in', sentOn: '2025-05-01', receivedOn: '2025-05-06' });
    const withheld = await r.call('letters:get', { id: rows[1]?.id ?? 0 });
    expect(withheld).toMatchObject({ status: 'withheld', issueReason: 'other', issueNote: 'Too many photos' });
  });

  it('tells a namesake apart by number, and says which rows name nobody or two people', async () => {
    const { r, dir, fr: seysses } = await logApp();
    await prisoner(r, { familyName: 'Martin', givenNames: 'Alice' }, { facilityId: seysses, prisonerNumber: '9999' });
    const log = [
      'Nom;Prénom;Numéro;Sens;Date',
      'Martin;Alice;4711;envoyée;2025-03-01',
      'Martin;Alice;;envoyée;2025-03-02',
      'Martin;Alice;12;envoyée;2025-03-03',
      'Martin;Alice;555;envoyée;2025-03-04',
      'Inconnue;Zoé;;envoyée;2025-03-05',
      ';;;envoyée;2025-03-06',
    ].join('\n');
    const checked = await check(r, writeLog(dir, 'homonymes.csv', log));
    expect(checked.problems.map((p) => [p.line, p.field, p.problem, p.value])).toEqual([
      [3, 'familyName', 'prisoner_ambiguous', 'Martin Alice'],
      [4, 'prisonerNumber', 'number_other_name', '12'],
      [5, 'prisonerNumber', 'number_unknown', '555'],
      [6, 'familyName', 'prisoner_unknown', 'Inconnue Zoé'],
      [7, null, 'prisoner_missing', null],
    ]);
    expect(checked.ready).toBe(1);
    const refused = await r.fail('lettersImport:run', { token: checked.token });
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(await letterCount(r)).toBe(0);
  });

  it('headers it cannot read: checked again under the same token with the columns the user names', async () => {
    const { r, dir } = await logApp();
    const checked = await check(r, writeLog(dir, 'a.csv', 'A;B;C;D\nMartin;Alice;envoyée;2025-03-01\n'));
    expect(checked.mapping).toEqual({});
    expect(checked.problems.map((p) => p.problem)).toEqual(['prisoner_missing', 'direction_missing', 'date_missing']);
    const mapping = { familyName: 0, givenNames: 1, direction: 2, date: 3 };
    const again = await r.call('lettersImport:check', { token: checked.token, mapping });
    expect(again).toMatchObject({ status: 'checked', token: checked.token, mapping, ready: 1, problemCount: 0 });
    // The run checks again with the same columns (without them, nothing would be ready and nothing written).
    expect((await r.fail('lettersImport:run', { token: checked.token })).code).toBe('IMPORT_INVALID');
    expect(await letterCount(r)).toBe(0);
    expect(await r.call('lettersImport:run', { token: checked.token, mapping })).toEqual({ imported: 1, skipped: 0 });
    expect(await letterCount(r)).toBe(1);
  });

  describe('hostile input: each refused in words, nothing written', () => {
    const rowProblems: [string, string, string][] = [
      ['a date that does not exist', 'Nom;Prénom;Sens;Date\nMartin;Alice;envoyée;2026-02-30', 'date_invalid'],
      ['a day-first date that does not exist', 'Nom;Prénom;Sens;Date\nMartin;Alice;envoyée;31/04/2025', 'date_invalid'],
      ['an unknown prisoner', 'Nom;Prénom;Sens;Date\nPersonne;Inconnue;envoyée;2025-01-01', 'prisoner_unknown'],
      [
        'received before it was sent',
        'Nom;Prénom;Sens;Envoyée le;Reçue le\nMartin;Alice;reçue;2025-03-10;2025-03-01',
        'received_before_sent',
      ],
      // The header says "Date", the cells are names: every row is a problem, not a letter dated anyhow.
      ['a lying header', 'Nom;Prénom;Sens;Date\nMartin;Alice;envoyée;Durand', 'date_invalid'],
      ['an unknown member', 'Nom;Prénom;Date;Écrite par\nMartin;Alice;2025-01-01;Personne', 'writer_unknown'],
      ['a word for nothing', 'Nom;Prénom;Sens;Date\nMartin;Alice;peut-être;2025-01-01', 'direction_unknown'],
      [
        'a returned letter without its reason',
        'Nom;Prénom;État;Date\nMartin;Alice;revenue;2025-01-01',
        'reason_missing',
      ],
      ['pages that are not a number', 'Nom;Prénom;Date;Pages\nMartin;Alice;2025-01-01;=1+1', 'pages_invalid'],
    ];
    it.each(rowProblems)('%s', async (_name, text, problem) => {
      const { r, dir } = await logApp();
      // A good row first: one bad row refuses the whole file.
      const [header, bad] = text.split('\n');
      const good = header?.startsWith('Nom;Prénom;Sens;Date') ? 'Martin;Alice;envoyée;2025-01-02' : null;
      const file = writeLog(dir, 'log.csv', [header, ...(good ? [good] : []), bad].join('\n'));
      const checked = await check(r, file);
      expect(checked.problems.map((p) => p.problem)).toContain(problem);
      for (const p of checked.problems) {
        expect(fr.lettersImport.problems[p.problem]).toBeTruthy();
        expect(en.lettersImport.problems[p.problem]).toBeTruthy();
      }
      expect((await r.fail('lettersImport:run', { token: checked.token })).code).toBe('IMPORT_INVALID');
      expect(await letterCount(r)).toBe(0);
    });

    const fileProblems: [string, (dir: string) => string, string][] = [
      [
        'a malformed CSV (a quote never closed)',
        (dir) => writeLog(dir, 'q.csv', 'Nom;Date\n"Martin;2025-01-01\n'),
        'IMPORT_INVALID',
      ],
      [
        'a 50 MB file',
        (dir) => writeLog(dir, 'big.csv', Buffer.alloc(50 * 1024 * 1024, 'Martin;Alice;envoyée;2025-01-01\n')),
        'IMPORT_TOO_LARGE',
      ],
      [
        'a Windows-1252 file with accents',
        (dir) =>
          writeLog(dir, 'cp1252.csv', Buffer.from('Nom;Prénom;Sens;Date\nLefèvre;Zoé;envoyée;2025-01-01\n', 'latin1')),
        'IMPORT_ENCODING',
      ],
    ];
    it.each(fileProblems)('%s', async (_name, write, code) => {
      const { r, dir } = await logApp();
      r.answers.chooseImportFile = async () => write(dir);
      const error = await r.fail('lettersImport:check', {});
      expect(error.code).toBe(code);
      expect(fr.errors[error.code]).toBeTruthy();
      expect(await letterCount(r)).toBe(0);
    });
  });
});

describe('letter log import under a lock', () => {
  it('a lock while the letters are written wins: the transaction rolls back and the worker is gone', async () => {
    const { r, dir } = await logApp();
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Martin;Alice;envoyée;2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    const checked = await check(r, writeLog(dir, 'long.csv', ['Nom;Prénom;Sens;Date', ...rows].join('\n')));
    expect(checked.problemCount).toBe(0);
    const running = r.result('lettersImport:run', { token: checked.token });
    let progress = await r.call('lettersImport:progress', { token: checked.token });
    while (progress.state === 'idle' || (progress.state === 'running' && progress.done === 0)) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      progress = await r.call('lettersImport:progress', { token: checked.token });
    }
    expect(progress).toMatchObject({ state: 'running', total: 3000 });
    expect(progress.done).toBeLessThan(3000);
    await r.lock();
    const outcome = await running;
    expect(outcome.ok ? 'imported' : outcome.error.code).toBe('VAULT_LOCKED');
    await importWorkersExited();
    expect(liveImportWorkers()).toBe(0);
    await r.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(await letterCount(r)).toBe(0);
  });
});
