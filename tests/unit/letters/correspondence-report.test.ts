import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { correspondenceCountsQuery, notWrittenToQuery } from '../../../db/letters/correspondence-report.queries';
import { letterReportsFr } from '../../../shared/letters/letter-reports.fr';
import { lettersFr } from '../../../shared/letters/letters.fr';
import { addDays, localToday } from '../../../shared/today';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';
import { prisoner } from '../registry/registry-data';
import { inLetter, lettersSetup, outLetter, saveLetter } from './letters-data';

const words = letterReportsFr;
const reasons = lettersFr.letters.reason;

/** The CSV the report wrote, as rows of cells. */
function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

async function reportApp() {
  const dir = tempDir();
  const r = await TestApp.create();
  const { fr, be, alice, bob } = await lettersSetup(r);
  return { r, dir, fr, be, alice, bob };
}

describe('correspondence report', () => {
  it('counts letters out and in per prisoner and facility over the period, with returns and withholdings by reason', async () => {
    const { r, dir, alice, bob } = await reportApp();
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-01' }));
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-03', status: 'returned', issueReason: 'moved' }));
    await saveLetter(r, outLetter(alice, { sentOn: '2025-03-04', status: 'returned', issueReason: 'moved' }));
    await saveLetter(r, inLetter(alice, { receivedOn: '2025-03-10' }));
    // Outside the period, and a draft that never left: neither counts.
    await saveLetter(r, outLetter(alice, { sentOn: '2025-02-28', status: 'withheld', issueReason: 'censored' }));
    await saveLetter(r, outLetter(alice, { sentOn: null, writtenOn: '2025-03-05', status: 'draft' }));
    await saveLetter(r, outLetter(bob, { sentOn: '2025-03-31', status: 'withheld', issueReason: 'censored' }));

    const file = path.join(dir, 'courrier.csv');
    r.answers.chooseExportFile = async () => file;
    const written = await r.call('print:report', {
      list: 'correspondence',
      format: 'csv',
      from: '2025-03-01',
      to: '2025-03-31',
    });
    expect(written).toMatchObject({ status: 'written', fileName: 'courrier.csv' });
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual(Object.values(words.correspondence));
    // Facilities by name (Seysses's « Centre… » before « Prison de Haren »), each closed by its total, then the grand total.
    expect(rows.map((row) => row.slice(0, 7))).toEqual([
      [expect.stringContaining('Seysses'), 'MARTIN Alice', '4711', '3', '1', '2', '0'],
      [expect.stringContaining('Seysses'), words.facilityTotal, '', '3', '1', '2', '0'],
      [expect.stringContaining('Haren'), 'DURAND Bob', '12', '1', '0', '0', '1'],
      [expect.stringContaining('Haren'), words.facilityTotal, '', '1', '0', '0', '1'],
      ['', words.allTotal, '', '4', '1', '2', '1'],
    ]);
    expect(rows[0]?.[7]).toBe(`${lettersFr.letters.status.returned}\u00a0: ${reasons.moved} ×\u00a0${2}`);
    expect(rows[2]?.[7]).toBe(`${lettersFr.letters.status.withheld}\u00a0: ${reasons.censored} ×\u00a0${1}`);
    expect(rows[4]?.[7]).toBe(`${rows[0]?.[7]}\u202f; ${rows[2]?.[7]}`);

    const pdf = await r.call('print:report', {
      list: 'correspondence',
      format: 'pdf',
      from: '2025-03-01',
      to: '2025-03-31',
    });
    if (pdf.status !== 'rendered') throw new Error('expected a PDF');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
      input: Buffer.from(pdf.pdfBase64, 'base64'),
      encoding: 'utf8',
    });
    expect(text).toContain(words.correspondenceTitle);
    expect(text).toContain('Du 2025-03-01 au 2025-03-31');
    expect(text).toMatch(/MARTIN Alice\s+4711\s+3\s+1\s+2\s+0/u);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await TestApp.create();
    const error = await r.fail('print:report', {
      list: 'correspondence',
      format: 'pdf',
      from: '2025-03-31',
      to: '2025-03-01',
    });
    expect(error.code).toBe('VALIDATION');
  });

  it('reads letters along letters_dated in one grouped query, whatever the number of letters', async () => {
    const { r, alice } = await reportApp();
    const db = r.app.context.vault.db;
    await sql`insert into letters (prisoner_id, direction, status, channel, sent_on, dated_on, created_at, updated_at)
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000)
      select ${alice}, 'out', 'sent', 'post', date('2024-01-01', '+' || (i % 700) || ' days'),
        date('2024-01-01', '+' || (i % 700) || ' days'), '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
      from n`.execute(db);
    await sql`analyze`.execute(db);
    const plan = (
      await sql<{
        detail: string;
      }>`explain query plan ${correspondenceCountsQuery('2024-03-01', '2024-06-30')}`.execute(db)
    ).rows.map((row) => row.detail);
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH l USING INDEX letters_dated \(dated_on>\? AND dated_on<\?\)/u),
    );
    // Facilities and stays are looked up by id (a scan of a two-row table is the planner's right); letters never scanned.
    expect(plan.filter((step) => /^SCAN (l|p|ls|os)\b/u.test(step))).toEqual([]);

    const waits = (
      await sql<{ detail: string }>`explain query plan ${notWrittenToQuery('2024-06-30')}`.execute(db)
    ).rows.map((row) => row.detail);
    // One seek per prisoner in the covering index; the letters table itself is never read.
    expect(waits).toContainEqual(expect.stringMatching(/^SEARCH letters_out USING COVERING INDEX letters_went_out/u));
    expect(waits.filter((step) => /letters_out/u.test(step) && !/COVERING INDEX/u.test(step))).toEqual([]);
    const counted = await r.call('print:report', {
      list: 'correspondence',
      format: 'pdf',
      from: '2024-01-01',
      to: '2025-12-31',
    });
    expect(counted).toMatchObject({ status: 'rendered', rows: 3 });
  });
});

describe('"not written to" report', () => {
  it('lists whom the group can write to with no letter out for N days, longest wait first, with the last date', async () => {
    const { r, dir, fr, alice, bob } = await reportApp();
    const today = localToday(new Date());
    await prisoner(r, { familyName: 'Zola', givenNames: 'Émile' }, { facilityId: fr, prisonerNumber: '9' });
    const stopped = await prisoner(r, { familyName: 'Arnaud', givenNames: 'Jo' }, { facilityId: fr });
    await r.call('prisoners:update', {
      id: stopped,
      prisoner: { familyName: 'Arnaud', givenNames: 'Jo', doNotWrite: true, doNotWriteReason: 'Demandé' },
    });
    await prisoner(r, { familyName: 'Sans', givenNames: 'Séjour' });
    await saveLetter(r, outLetter(alice, { sentOn: addDays(today, -100) }));
    // A letter in and a draft do not count as writing to someone.
    await saveLetter(r, inLetter(alice, { receivedOn: addDays(today, -2) }));
    await saveLetter(r, outLetter(alice, { sentOn: null, writtenOn: addDays(today, -1), status: 'draft' }));
    await saveLetter(r, outLetter(bob, { sentOn: addDays(today, -30) }));

    const file = path.join(dir, 'attente.csv');
    r.answers.chooseExportFile = async () => file;
    await r.call('print:report', { list: 'notWrittenTo', format: 'csv', days: 30 });
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual(Object.values(words.notWrittenTo));
    expect(rows).toEqual([
      ['ZOLA Émile', '9', expect.stringContaining('Seysses'), words.never, ''],
      ['MARTIN Alice', '4711', expect.stringContaining('Seysses'), addDays(today, -100), '100\u00a0jours'],
      ['DURAND Bob', '12', expect.stringContaining('Haren'), addDays(today, -30), '30\u00a0jours'],
    ]);
    // Bob's letter 30 days ago is within 31 days: he leaves the list.
    await r.call('print:report', { list: 'notWrittenTo', format: 'csv', days: 31 });
    expect(readCsv(file).map((row) => row[0])).not.toContain('DURAND Bob');

    // Without a number of days, the group's own setting: the same prisoners as the Home tile.
    const pdf = await r.call('print:report', { list: 'notWrittenTo', format: 'pdf' });
    const home = await r.call('dashboard:get', {});
    expect(pdf).toMatchObject({ status: 'rendered', rows: home.noLetter });
    if (pdf.status !== 'rendered') throw new Error('expected a PDF');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
      input: Buffer.from(pdf.pdfBase64, 'base64'),
      encoding: 'utf8',
    });
    expect(text).toContain(words.notWrittenToTitle);
    expect(text).toMatch(/ZOLA Émile\s+9\s+.*jamais/u);
  });
});
