import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { eveningSetup, row } from './evenings-data';

describe('evenings:logLetters', () => {
  test('saves every row in the grid order, out by post to the open stay, dated the evening', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand', 'Abadie']);
    const member = await r.call('members:create', { pseudonym: 'Hirondelle' });
    const [a, b, c] = ids as [number, number, number];
    const saved = await r.call('evenings:logLetters', {
      eveningId: evening.id,
      rows: [
        row(c, { writerMemberId: member.id, summary: 'Nouvelles du procès' }),
        row(a, { status: 'draft' }),
        row(b, { photos: 1, stamps: 2 }),
      ],
    });
    expect(saved).toMatchObject({ saved: true, warnings: [] });
    const detail = await r.call('evenings:get', { id: evening.id });
    expect(detail.letters).toBe(3);
    expect(detail.letterRows.map((l) => [l.prisonerName, l.status, l.writerName])).toEqual([
      ['Abadie', 'sent', 'Hirondelle'],
      ['Martin', 'draft', null],
      ['Durand', 'sent', null],
    ]);
    if (!saved.saved) return;
    const first = await r.call('letters:get', { id: saved.letterIds[0] ?? 0 });
    const page = await r.call('prisoners:get', { id: c });
    expect(first).toMatchObject({
      direction: 'out',
      channel: 'post',
      sentOn: '2026-12-03',
      writtenOn: '2026-12-03',
      stayId: page.current?.stayId,
      summary: 'Nouvelles du procès',
    });
    // The block letters:create keeps, composed the same way.
    expect(first.addressBlock).toEqual(page.addressBlock);
    const draft = await r.call('letters:get', { id: saved.letterIds[1] ?? 0 });
    expect(draft).toMatchObject({ status: 'draft', sentOn: null, datedOn: '2026-12-03' });
  });

  test('one failing row leaves nothing: a prisoner without an open stay is named by its row', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand']);
    const free = (await r.call('prisoners:create', { prisoner: { familyName: 'Libre' } })).prisoner.id;
    const error = await r.fail('evenings:logLetters', {
      eveningId: evening.id,
      rows: [row(ids[0] ?? 0), row(ids[1] ?? 0), row(free)],
    });
    expect(error.code).toBe('NO_OPEN_STAY');
    expect(error.issues?.[0]?.path).toEqual(['rows', 2, 'prisonerId']);
    expect((await r.call('evenings:get', { id: evening.id })).letters).toBe(0);
    expect((await r.call('letters:list', {})).total).toBe(0);
  });

  test('a writer deleted meanwhile fails the insert and rolls back the rows already written', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand']);
    const member = await r.call('members:create', { pseudonym: 'Hirondelle' });
    await r.call('members:delete', { id: member.id });
    const error = await r.fail('evenings:logLetters', {
      eveningId: evening.id,
      rows: [row(ids[0] ?? 0), row(ids[1] ?? 0, { writerMemberId: member.id })],
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.issues?.[0]?.path).toEqual(['rows', 1, 'prisonerId']);
    expect((await r.call('letters:list', {})).total).toBe(0);
  });

  test('rule warnings come back per row and nothing is saved until they are accepted', async () => {
    const r = await TestApp.create();
    const { ids, evening } = await eveningSetup(r, ['Martin', 'Durand']);
    const rows = [row(ids[0] ?? 0), row(ids[1] ?? 0, { pages: 40 })];
    const warned = await r.call('evenings:logLetters', { eveningId: evening.id, rows });
    expect(warned.saved).toBe(false);
    expect(warned.warnings.map((w) => [w.row, w.warnings.map((x) => x.kind)])).toEqual([[1, ['pages_over']]]);
    expect((await r.call('letters:list', {})).total).toBe(0);
    const saved = await r.call('evenings:logLetters', { eveningId: evening.id, rows, acceptWarnings: true });
    expect(saved.saved).toBe(true);
    expect((await r.call('letters:list', {})).total).toBe(2);
  });

  test('an evening that is gone, or an empty grid, is refused', async () => {
    const r = await TestApp.create();
    const { ids } = await eveningSetup(r, ['Martin']);
    expect((await r.fail('evenings:logLetters', { eveningId: 999, rows: [row(ids[0] ?? 0)] })).code).toBe('NOT_FOUND');
    expect((await r.fail('evenings:logLetters', { eveningId: 1, rows: [] })).code).toBe('VALIDATION');
  });
});
