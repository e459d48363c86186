import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app';
import { inLetter, outLetter, saveLetter } from '../letters/letters-data';
import { check, logApp } from './letters-log-app';

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
    expect(await other.r.call('lettersImport:run', { token: checked.token })).toEqual({ imported: 5, skipped: 0 });
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
