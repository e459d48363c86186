import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { eveningSetup, row } from './evenings-data';

describe('evenings: create, list, update, delete', () => {
  test('an evening has a date and an optional place; the list is newest first with its count of letters', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand']);
    expect(evening).toMatchObject({ heldOn: '2026-12-03', place: 'Local de la CNT', notes: null, letters: 0 });
    const older = await r.call('evenings:create', { heldOn: '2026-11-05', place: '  ' });
    expect(older.place).toBeNull();
    await r.call('evenings:logLetters', { eveningId: evening.id, rows: [row(ids[0] ?? 0), row(ids[1] ?? 0)] });
    const list = await r.call('evenings:list', {});
    expect(list.rows.map((e) => [e.id, e.letters])).toEqual([
      [evening.id, 2],
      [older.id, 0],
    ]);
    const updated = await r.call('evenings:update', {
      id: older.id,
      evening: { heldOn: '2026-11-06', place: 'Bibliothèque', notes: 'Apporter des timbres' },
    });
    expect(updated).toMatchObject({ heldOn: '2026-11-06', place: 'Bibliothèque', notes: 'Apporter des timbres' });
  });

  test('deleting an evening keeps its letters, no longer tied to it', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin']);
    const saved = await r.call('evenings:logLetters', { eveningId: evening.id, rows: [row(ids[0] ?? 0)] });
    await r.call('evenings:delete', { id: evening.id });
    expect((await r.fail('evenings:get', { id: evening.id })).code).toBe('NOT_FOUND');
    expect((await r.fail('evenings:delete', { id: evening.id })).code).toBe('NOT_FOUND');
    expect((await r.fail('evenings:update', { id: evening.id, evening: { heldOn: '2026-12-03' } })).code).toBe(
      'NOT_FOUND',
    );
    if (!saved.saved) throw new Error('not saved');
    const letter = await r.call('letters:get', { id: saved.letterIds[0] ?? 0 });
    expect(letter.prisonerId).toBe(ids[0]);
  });

  test('a date that is not a real day is refused', async () => {
    const r = await TestApp.create();
    expect((await r.fail('evenings:create', { heldOn: '2026-02-30' })).code).toBe('VALIDATION');
  });
});
