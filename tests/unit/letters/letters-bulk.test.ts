import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_BULK_LETTERS } from '../../../shared/letters/letter-bulk.schemas';
import { TestApp } from '../../support/test-app';
import { tempDir } from '../../support/temp-dir';
import { inLetter, lettersSetup, outLetter, saveLetter } from './letters-data';

const ids = (...letterIds: number[]) => ({ by: 'ids' as const, letterIds });

describe('letters: bulk actions', () => {
  test('mark sent changes only the drafts, in one call, and says what it left and why', async () => {
    const r = await TestApp.create();
    const { alice, bob } = await lettersSetup(r);
    const draft = (prisonerId: number) =>
      saveLetter(r, outLetter(prisonerId, { status: 'draft', sentOn: null, writtenOn: '2025-02-20' }));
    const a = await draft(alice);
    const b = await draft(bob);
    const sent = await saveLetter(r, outLetter(alice));
    const received = await saveLetter(r, inLetter(alice));
    const result = await r.call('letters:bulkMarkSent', {
      target: ids(a.id, b.id, sent.id, received.id),
      sentOn: '2025-03-05',
    });
    expect(result).toEqual({
      changed: 2,
      skipped: [
        { status: 'sent', count: 1 },
        { status: 'received', count: 1 },
      ],
    });
    expect(await r.call('letters:get', { id: a.id })).toMatchObject({
      status: 'sent',
      sentOn: '2025-03-05',
      writtenOn: '2025-02-20',
      datedOn: '2025-03-05',
    });
    expect((await r.call('letters:get', { id: sent.id })).sentOn).toBe('2025-03-01');
  });

  test('mark sent by the filters reaches every letter they give, loaded or not', async () => {
    const r = await TestApp.create();
    const { alice, bob } = await lettersSetup(r);
    for (let i = 0; i < 3; i += 1)
      await saveLetter(r, outLetter(alice, { status: 'draft', sentOn: null, writtenOn: '2025-02-20' }));
    const bobs = await saveLetter(r, outLetter(bob, { status: 'draft', sentOn: null, writtenOn: '2025-02-20' }));
    const result = await r.call('letters:bulkMarkSent', {
      target: { by: 'filters', filters: { prisonerId: alice, status: ['draft'] } },
      sentOn: '2025-03-05',
    });
    expect(result).toEqual({ changed: 3, skipped: [] });
    expect((await r.call('letters:get', { id: bobs.id })).status).toBe('draft');
  });

  test('mark returned takes sent and lost letters, with the reason, and they then need action', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const sent = await saveLetter(r, outLetter(alice));
    const lost = await saveLetter(r, outLetter(alice, { status: 'lost' }));
    const draft = await saveLetter(r, outLetter(alice, { status: 'draft', sentOn: null, writtenOn: '2025-02-20' }));
    const result = await r.call('letters:bulkMarkReturned', {
      target: ids(sent.id, lost.id, draft.id),
      reason: 'other',
      note: 'Enveloppe abîmée',
    });
    expect(result).toEqual({ changed: 2, skipped: [{ status: 'draft', count: 1 }] });
    expect(await r.call('letters:get', { id: lost.id })).toMatchObject({
      status: 'returned',
      issueReason: 'other',
      issueNote: 'Enveloppe abîmée',
      needsAction: true,
    });
    expect((await r.call('dashboard:get', {})).letterIssues).toBe(2);
    expect((await r.call('letters:list', { needsAction: true })).total).toBe(2);
  });

  test('an unknown id refuses the whole call and writes nothing', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const draft = await saveLetter(r, outLetter(alice, { status: 'draft', sentOn: null, writtenOn: '2025-02-20' }));
    const error = await r.fail('letters:bulkMarkSent', {
      target: ids(draft.id, draft.id + 1000),
      sentOn: '2025-03-05',
    });
    expect(error.code).toBe('NOT_FOUND');
    expect((await r.call('letters:get', { id: draft.id })).status).toBe('draft');
  });

  test('bad input is refused in words: too many ids, none, a reason "other" without its text', async () => {
    const r = await TestApp.create();
    const tooMany = Array.from({ length: MAX_BULK_LETTERS + 1 }, (_, i) => i + 1);
    expect((await r.fail('letters:bulkMarkSent', { target: ids(...tooMany), sentOn: '2025-03-05' })).code).toBe(
      'VALIDATION',
    );
    expect((await r.fail('letters:bulkMarkSent', { target: ids(), sentOn: '2025-03-05' })).code).toBe('VALIDATION');
    const error = await r.fail('letters:bulkMarkReturned', { target: ids(1), reason: 'other' });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((issue) => issue.path.join('.'))).toContain('note');
  });

  test('10,000 ids in one call are read as one parameter', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const draft = await saveLetter(r, outLetter(alice, { status: 'draft', sentOn: null, writtenOn: '2025-02-20' }));
    const many = Array.from({ length: MAX_BULK_LETTERS }, () => draft.id);
    expect(await r.call('letters:bulkMarkSent', { target: ids(...many), sentOn: '2025-03-05' })).toEqual({
      changed: 1,
      skipped: [],
    });
  });

  test('the CSV export writes the chosen letters in the language of the app, after the save dialog', async () => {
    const dir = tempDir('parloir-letters-csv-');
    let proposed = '';
    const r = await TestApp.create({
      dialogs: {
        chooseExportFile: async (name) => {
          proposed = name;
          return path.join(dir, 'courrier.csv');
        },
      },
    });
    const { alice } = await lettersSetup(r);
    const returned = await saveLetter(r, outLetter(alice, { status: 'returned', issueReason: 'moved' }));
    await saveLetter(r, inLetter(alice));
    const written = await r.call('letters:exportCsv', { target: ids(returned.id) });
    expect(written).toEqual({ status: 'written', fileName: 'courrier.csv', rows: 1 });
    expect(proposed).toMatch(/^parloir-courrier-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs.readFileSync(path.join(dir, 'courrier.csv'), 'utf8').replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Date;Personne;Sens;État;Moyen;Écrite par;Prison;Pages;Motif;Précision du motif;Ce qui a été fait;Résumé',
    );
    expect(lines[1]).toContain('2025-03-01;Martin Alice;Envoyée;Revenue;Courrier postal;Le groupe;');
    expect(lines[1]).toContain('La personne a été transférée');
    const all = await r.call('letters:exportCsv', { target: { by: 'filters', filters: { prisonerId: alice } } });
    expect(all).toMatchObject({ rows: 2 });
  });

  test('a cancelled save dialog writes nothing', async () => {
    const r = await TestApp.create();
    await lettersSetup(r);
    expect(await r.call('letters:exportCsv', { target: { by: 'filters', filters: {} } })).toEqual({
      status: 'cancelled',
    });
  });
});
