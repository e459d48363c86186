import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../shared/contract';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { importWorkersExited, liveImportWorkers } from '../../../electron/services/import-export/import-worker-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';
import { inLetter, lettersSetup, outLetter, saveLetter } from '../letters/letters-data';
import { prisoner } from '../registry/registry-data';

type Checked = Extract<OutputOf<'lettersImport:check'>, { status: 'checked' }>;

/** Every app a test made, locked after it: a lock ends the import workers its checks left open. */
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.lock();
});

/** A vault with two prisoners (Martin Alice 4711 at Seysses, Durand Bob 12 at Haren) and the member Camille. */
async function logApp() {
  const r = await TestApp.create();
  apps.push(r);
  const ids = await lettersSetup(r);
  const camille = await r.call('members:create', { pseudonym: 'Camille' });
  return { r, ...ids, camille: camille.id, dir: tempDir() };
}

function writeLog(dir: string, name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function check(r: TestApp, file: string): Promise<Checked> {
  r.answers.chooseImportFile = async () => file;
  const checked = await r.call('lettersImport:check', {});
  if (checked.status !== 'checked') throw new Error('the import dialog was cancelled');
  return checked;
}

async function letterCount(r: TestApp): Promise<number> {
  return (await r.call('letters:list', {})).total;
}

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

    expect(await r.call('lettersImport:run', { token: checked.token })).toEqual({ imported: 3 });
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
    expect(await r.call('lettersImport:run', { token: checked.token, mapping })).toEqual({ imported: 1 });
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

describe('letter log export', () => {
  it('exports every letter or a period, and the file imports back into a vault with the same prisoners', async () => {
    const { r, dir, alice, bob, camille } = await logApp();
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-01', writerMemberId: camille, summary: '=SOMME(A1)' }));
    await saveLetter(r, inLetter(alice, { sentOn: '2025-03-05', receivedOn: '2025-03-09', pages: 4 }));
    await saveLetter(r, outLetter(bob, { sentOn: '2025-04-02', status: 'withheld', issueReason: 'censored' }));
    await saveLetter(r, outLetter(bob, { sentOn: null, writtenOn: '2025-04-10', status: 'draft', channel: 'email' }));
    await saveLetter(
      r,
      outLetter(alice, { sentOn: '2025-05-01', status: 'returned', issueReason: 'other', issueNote: 'Pli abîmé' }),
    );

    const file = path.join(dir, 'export.csv');
    r.answers.chooseExportFile = async () => file;
    expect(await r.call('lettersExport:run', {})).toEqual({ status: 'written', fileName: 'export.csv', rows: 5 });
    const text = await r.call('lettersExport:run', { destination: 'text' });
    expect(text).toMatchObject({ status: 'text', rows: 5 });
    expect(text.status === 'text' && text.csv).toBe(fs.readFileSync(file, 'utf8'));
    expect(
      await r.call('lettersExport:run', { from: '2025-04-01', to: '2025-04-30', destination: 'text' }),
    ).toMatchObject({ rows: 2 });

    // Another vault with the same people (and the same member), no letters yet.
    const other = await logApp();
    const checked = await check(other.r, file);
    expect(checked.problems).toEqual([]);
    expect(await other.r.call('lettersImport:run', { token: checked.token })).toEqual({ imported: 5 });
    const shape = async (app: TestApp) => {
      const { rows } = await app.call('letters:list', { sort: 'dated', descending: false });
      return Promise.all(
        rows.map(async ({ id }) => {
          const l = await app.call('letters:get', { id });
          return [
            l.prisonerName,
            l.direction,
            l.status,
            l.channel,
            l.writtenOn,
            l.sentOn,
            l.receivedOn,
            l.writerName,
            l.pages,
            l.summary,
            l.issueReason,
            l.issueNote,
            l.addressBlock,
          ];
        }),
      );
    };
    expect(await shape(other.r)).toEqual(await shape(r));
  });

  it('reads a large log page by page: every letter once, in date order, ties included', async () => {
    const { r, alice } = await logApp();
    // Three days for 5,003 letters: pages end in the middle of a day, where only the id tells letters apart.
    await sql`insert into letters (prisoner_id, direction, status, channel, sent_on, dated_on, created_at, updated_at)
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 5003)
      select ${alice}, 'out', 'sent', 'post', date('2024-01-01', '+' || (i % 3) || ' days'),
        date('2024-01-01', '+' || (i % 3) || ' days'), '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
      from n`.execute(r.app.context.vault.db);
    const exported = await r.call('lettersExport:run', { destination: 'text' });
    if (exported.status !== 'text') throw new Error('expected the CSV text');
    expect(exported.rows).toBe(5003);
    const sentOn = exported.csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[7]);
    expect(sentOn.filter((day) => day === '2024-01-02')).toHaveLength(1668);
    expect([...sentOn].sort()).toEqual(sentOn);
  });
});
