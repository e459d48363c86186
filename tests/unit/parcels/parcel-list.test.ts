import { describe, expect, test } from 'vitest';
import type { ParcelListInput } from '../../../shared/parcels/parcels.schemas';
import { TestApp } from '../../support/test-app';
import { aParcel, parcelWorld } from './parcel-data';

async function world() {
  const r = await TestApp.create();
  const w = await parcelWorld(r);
  const add = async (prisonerId: number, extra: Parameters<typeof aParcel>[1]) => {
    const result = await r.call('parcels:create', aParcel(prisonerId, { acceptWarnings: true, ...extra }));
    if (result.status !== 'saved') throw new Error('not saved');
    return result.parcel.id;
  };
  const ids = {
    a1: await add(w.ayse, { preparedOn: '2026-10-01', weightGrams: 900 }),
    a2: await add(w.ayse, { preparedOn: '2026-10-05', sentOn: '2026-10-06', status: 'sent', weightGrams: 3000 }),
    a3: await add(w.ayse, {
      preparedOn: '2026-09-01',
      sentOn: '2026-09-02',
      status: 'refused',
      issueReason: 'over_weight',
      weightGrams: null,
    }),
    m1: await add(w.marc, { preparedOn: '2026-11-10', weightGrams: 1500 }),
  };
  await r.call('stays:transfer', {
    prisonerId: w.marc,
    facilityId: w.forestId,
    prisonerNumber: null,
    date: '2026-11-20',
  });
  const m2 = await add(w.marc, { preparedOn: '2026-11-21', weightGrams: 200 });
  return { r, w, ids: { ...ids, m2 } };
}

type Key = 'a1' | 'a2' | 'a3' | 'm1' | 'm2';
const idsOf = (list: { rows: { id: number }[] }) => list.rows.map((row) => row.id);

describe('the Colis list', () => {
  test('newest first by default, with the count and the facts a row shows', async () => {
    const { r, ids } = await world();
    const list = await r.call('parcels:list', {});
    expect(list.total).toBe(5);
    expect(idsOf(list)).toEqual([ids.m2, ids.m1, ids.a2, ids.a1, ids.a3]);
    const a2 = list.rows.find((row) => row.id === ids.a2);
    expect(a2).toMatchObject({
      prisonerName: 'Ayşe Yıldız',
      facilityName: 'Centre pénitentiaire de Toulouse-Seysses',
      status: 'sent',
      datedOn: '2026-10-06',
      itemCount: 2,
      needsAction: false,
    });
  });

  const filterCases: [string, (w: Awaited<ReturnType<typeof parcelWorld>>) => ParcelListInput, Key[]][] = [
    ['status', () => ({ statuses: ['sent', 'refused'] }), ['a2', 'a3']],
    ['prisoner', (w) => ({ prisonerId: w.marc }), ['m2', 'm1']],
    ['facility (of the stay it went to)', (w) => ({ facilityId: w.forestId }), ['m2']],
    ['date range', () => ({ from: '2026-10-01', to: '2026-11-10' }), ['m1', 'a2', 'a1']],
    ['needs action', () => ({ needsAction: true }), ['a3']],
  ];
  test.each(filterCases)('filtered by %s, with the filtered count', async (_name, filter, expected) => {
    const { r, w, ids } = await world();
    const list = await r.call('parcels:list', filter(w));
    expect(idsOf(list)).toEqual(expected.map((key) => ids[key]));
    expect(list.total).toBe(expected.length);
  });

  test('sorted by weight (unknown last), by prisoner, by date ascending; paged without overlap', async () => {
    const { r, ids } = await world();
    expect(idsOf(await r.call('parcels:list', { sort: 'weight', direction: 'asc' }))).toEqual([
      ids.m2,
      ids.a1,
      ids.m1,
      ids.a2,
      ids.a3,
    ]);
    const byName = await r.call('parcels:list', { sort: 'prisoner', direction: 'asc' });
    expect(byName.rows.map((row) => row.prisonerName)).toEqual([
      'Marc Lefort',
      'Marc Lefort',
      'Ayşe Yıldız',
      'Ayşe Yıldız',
      'Ayşe Yıldız',
    ]);
    expect(idsOf(await r.call('parcels:list', { direction: 'asc' }))).toEqual([ids.a3, ids.a1, ids.a2, ids.m1, ids.m2]);
    const first = await r.call('parcels:list', { limit: 2 });
    const second = await r.call('parcels:list', { limit: 2, offset: 2 });
    expect(first.total).toBe(5);
    expect([...idsOf(first), ...idsOf(second)]).toEqual([ids.m2, ids.m1, ids.a2, ids.a1]);
  });
});
