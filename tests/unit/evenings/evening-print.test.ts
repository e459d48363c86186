import { describe, expect, test } from 'vitest';
import { selectRecipients } from '../../../db/printing/print-selection.queries';
import { TestApp } from '../../support/test-app';
import { facility, tegel } from '../registry/registry-data';
import { eveningSetup, row } from './evenings-data';

describe('printing a writing evening', () => {
  test('one recipient per letter, in the order of the rows, at the block each letter went to', async () => {
    const r = await TestApp.create();
    await r.call('settings:set', { groupCountry: 'FR' });
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand', 'Abadie']);
    const [martin, durand, abadie] = ids as [number, number, number];
    // Another evening's letter and a letter of no evening are not printed.
    const other = await r.call('evenings:create', { heldOn: '2026-11-01' });
    await r.call('evenings:logLetters', { eveningId: other.id, rows: [row(martin)] });
    const saved = await r.call('evenings:logLetters', {
      eveningId: evening.id,
      rows: [row(durand), row(abadie), row(martin), row(durand, { status: 'draft' })],
    });
    if (!saved.saved) throw new Error('not saved');
    const blockBefore = (await r.call('letters:get', { id: saved.letterIds[0] ?? 0 })).addressBlock;
    // Durand moves to Berlin after the evening: the letter still prints where it was addressed.
    const berlin = await facility(r, tegel);
    await r.call('stays:transfer', { prisonerId: durand, facilityId: berlin, date: '2026-12-04' });

    const db = r.app.context.vault.db;
    const selection = await selectRecipients(
      db,
      {
        tagIds: [],
        statuses: [],
        includeDoNotWrite: false,
        includeReleased: false,
        includeDeceased: false,
        eveningId: evening.id,
      },
      'FR',
      'fr',
    );
    expect(selection.recipients.map((x) => x.name)).toEqual(['Durand', 'Abadie', 'Martin', 'Durand']);
    expect(selection.recipients[0]?.lines).toEqual(blockBefore);
    expect(selection.recipients[0]?.facilityName).toBe('Centre pénitentiaire de Toulouse-Seysses');

    const plan = await r.call('print:plan', {
      selection: { eveningId: evening.id },
      job: { kind: 'envelopes', format: 'DL' },
    });
    expect(plan.recipients).toBe(4);
    expect(plan.excluded).toEqual([]);
  });

  test('a prisoner asked not to be written to since is left out, named, unless included', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand']);
    await r.call('evenings:logLetters', { eveningId: evening.id, rows: [row(ids[0] ?? 0), row(ids[1] ?? 0)] });
    await r.call('prisoners:update', {
      id: ids[1] ?? 0,
      prisoner: { familyName: 'Durand', doNotWrite: true, doNotWriteReason: 'asked' },
    });
    const job = { kind: 'labels', sheetId: 'L7160' } as const;
    const plan = await r.call('print:plan', { selection: { eveningId: evening.id }, job });
    expect(plan.recipients).toBe(1);
    expect(plan.excluded).toEqual([{ prisonerId: ids[1], name: 'Durand', reason: 'do_not_write' }]);
    const all = await r.call('print:plan', { selection: { eveningId: evening.id, includeDoNotWrite: true }, job });
    expect(all.recipients).toBe(2);
  });
});
