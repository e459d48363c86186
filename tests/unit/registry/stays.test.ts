import { describe, expect, test } from 'vitest';
import { facility, forest, muret, prisoner, tegel } from './registry-data';
import { TestApp } from '../../support/test-app';

async function setup() {
  const r = await TestApp.create();
  const fr = await facility(r, muret);
  const be = await facility(r, forest);
  const de = await facility(r, tegel);
  return { r, fr, be, de };
}

/** A prisoner with one closed stay [2020-01-01, 2021-01-01) and one open stay from 2022-01-01. */
async function withHistory(r: TestApp, fr: number, be: number) {
  const id = await prisoner(r, { familyName: 'Yıldız', givenNames: 'Gülşen' });
  await r.call('stays:add', {
    prisonerId: id,
    stay: {
      facilityId: fr,
      prisonerNumber: '100',
      from: '2020-01-01',
      to: '2021-01-01',
      startReason: 'arrest',
      endReason: 'release',
    },
  });
  await r.call('stays:add', {
    prisonerId: id,
    stay: { facilityId: be, prisonerNumber: '200', from: '2022-01-01', startReason: 'arrest' },
  });
  return id;
}

describe('stays', () => {
  test.each([
    ['inside the closed stay', { from: '2020-03-01', to: '2020-04-01' }],
    ['covering the closed stay', { from: '2019-06-01', to: '2021-06-01' }],
    ['starting before and ending inside', { from: '2019-06-01', to: '2020-06-01' }],
    ['starting inside and ending after', { from: '2020-06-01', to: '2021-06-01' }],
    ['identical', { from: '2020-01-01', to: '2021-01-01' }],
    ['inside the open stay', { from: '2023-01-01', to: '2023-02-01' }],
    ['a second open stay later', { from: '2024-01-01', to: null }],
    ['a second open stay earlier', { from: '2021-06-01', to: null }],
  ])('a stay %s is refused with STAY_OVERLAP', async (_name, interval) => {
    const { r, fr, be, de } = await setup();
    const id = await withHistory(r, fr, be);
    const error = await r.fail('stays:add', {
      prisonerId: id,
      stay: {
        facilityId: de,
        from: interval.from,
        to: interval.to,
        startReason: 'other',
        endReason: interval.to ? 'other' : null,
      },
    });
    expect(error.code).toBe('STAY_OVERLAP');
    expect((await r.call('prisoners:get', { id })).stays).toHaveLength(2);
  });

  test('stays that touch (one ends the day the next starts) and stays in a gap are accepted', async () => {
    const { r, fr, be, de } = await setup();
    const id = await withHistory(r, fr, be);
    const detail = await r.call('stays:add', {
      prisonerId: id,
      stay: { facilityId: de, from: '2021-01-01', to: '2022-01-01', startReason: 'transfer', endReason: 'transfer' },
    });
    expect(detail.stays.map((s) => s.from)).toEqual(['2022-01-01', '2021-01-01', '2020-01-01']);
  });

  test('moving a stay onto another is refused too, and leaves it as it was', async () => {
    const { r, fr, be } = await setup();
    const id = await withHistory(r, fr, be);
    const closed = (await r.call('prisoners:get', { id })).stays.find((s) => s.to !== null);
    const error = await r.fail('stays:update', {
      id: closed?.id ?? 0,
      stay: {
        facilityId: fr,
        prisonerNumber: '100',
        from: '2020-01-01',
        to: '2022-06-01',
        startReason: 'arrest',
        endReason: 'release',
      },
    });
    expect(error.code).toBe('STAY_OVERLAP');
    expect((await r.call('prisoners:get', { id })).stays.find((s) => s.id === closed?.id)?.to).toBe('2021-01-01');
  });

  test('the schema trigger refuses an overlap even when a query skips the check', async () => {
    const { r, fr, be } = await setup();
    const id = await withHistory(r, fr, be);
    const raw = r.app.context.vault.db
      .insertInto('stays')
      .values({
        prisoner_id: id,
        facility_id: fr,
        from_date: '2020-05-01',
        to_date: '2020-06-01',
        start_reason: 'other',
        end_reason: 'other',
      })
      .execute();
    await expect(raw).rejects.toThrow('STAY_OVERLAP');
  });

  test('an end before the start is refused by the schema and by the vault', async () => {
    const { r, fr, be } = await setup();
    const id = await withHistory(r, fr, be);
    const error = await r.fail('stays:add', {
      prisonerId: id,
      stay: { facilityId: fr, from: '2018-05-01', to: '2018-04-01', startReason: 'other', endReason: 'other' },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.path).toEqual(['stay', 'to']);
    const raw = r.app.context.vault.db
      .insertInto('stays')
      .values({
        prisoner_id: id,
        facility_id: fr,
        from_date: '2018-05-01',
        to_date: '2018-04-01',
        start_reason: 'other',
        end_reason: 'other',
      })
      .execute();
    await expect(raw).rejects.toThrow(/CHECK constraint/);
  });

  test('a stay in a facility that does not exist is NOT_FOUND', async () => {
    const { r, fr, be } = await setup();
    const id = await withHistory(r, fr, be);
    const error = await r.fail('stays:add', {
      prisonerId: id,
      stay: { facilityId: 9999, from: '2010-01-01', to: '2010-02-01', startReason: 'other', endReason: 'other' },
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).not.toMatch(/constraint|sql/i);
  });

  test('removing a stay takes its number out of the search index', async () => {
    const { r, fr, be } = await setup();
    const id = await withHistory(r, fr, be);
    expect((await r.call('search:query', { text: '100' })).hits.map((h) => h.id)).toEqual([id]);
    const closed = (await r.call('prisoners:get', { id })).stays.find((s) => s.prisonerNumber === '100');
    await r.call('stays:remove', { id: closed?.id ?? 0 });
    expect((await r.call('search:query', { text: '100' })).hits).toEqual([]);
  });
});

describe('transfers', () => {
  test('a transfer closes the open stay and opens the next on the same day; the address block follows', async () => {
    const { r, fr, de } = await setup();
    const id = await prisoner(
      r,
      { familyName: 'Dupont', givenNames: 'Hélène' },
      { facilityId: fr, prisonerNumber: '12345', from: '2024-01-10' },
    );
    const before = await r.call('prisoners:get', { id });
    expect(before.current?.facilityId).toBe(fr);
    expect(before.addressBlock).toEqual(
      [
        'DUPONT Hélène',
        'écrou n° 12345',
        'Centre pénitentiaire de Toulouse-Seysses',
        'Route de Seysses',
        'BP 85',
        '31603 MURET CEDEX',
      ].concat(['FRANCE']),
    );

    const after = await r.call('stays:transfer', {
      prisonerId: id,
      facilityId: de,
      prisonerNumber: '777/24',
      date: '2025-03-02',
    });
    expect(after.stays.map((s) => [s.facilityId, s.from, s.to, s.startReason, s.endReason])).toEqual([
      [de, '2025-03-02', null, 'transfer', null],
      [fr, '2024-01-10', '2025-03-02', 'arrest', 'transfer'],
    ]);
    expect(after.current).toMatchObject({
      facilityId: de,
      prisonerNumber: '777/24',
      address: { country: 'DE', city: 'Berlin' },
    });
    expect(after.addressBlock).toEqual([
      'Hélène Dupont',
      'Buchnummer 777/24',
      'Justizvollzugsanstalt Tegel',
      'Seidelstraße 39',
      '13507 Berlin',
      'ALLEMAGNE',
    ]);
    // The list shows the derived current stay too.
    const list = await r.call('prisoners:list', {});
    expect(list.rows[0]).toMatchObject({ id, facilityId: de, prisonerNumber: '777/24', country: 'DE', city: 'Berlin' });
  });

  test("the page's address block leaves out the country line when the prison is in the group's country", async () => {
    const { r, de } = await setup();
    const id = await prisoner(
      r,
      { familyName: 'Schneider', givenNames: 'Jürgen' },
      { facilityId: de, prisonerNumber: '4711', from: '2024-01-10' },
    );
    expect((await r.call('prisoners:get', { id })).addressBlock?.at(-1)).toBe('ALLEMAGNE');
    await r.call('settings:set', { groupCountry: 'DE' });
    expect((await r.call('prisoners:get', { id })).addressBlock?.at(-1)).toBe('13507 Berlin');
    await r.call('settings:set', { groupCountry: 'FR' });
    expect((await r.call('prisoners:get', { id })).addressBlock?.at(-1)).toBe('ALLEMAGNE');
  });

  test('a transfer that fails half-way leaves the old stay open (one transaction)', async () => {
    const { r, fr } = await setup();
    const id = await prisoner(
      r,
      { familyName: 'Wałęsa', givenNames: 'Jan' },
      { facilityId: fr, prisonerNumber: '1', from: '2024-01-10' },
    );
    // The old stay is closed first, then the new one fails on the unknown facility.
    const error = await r.fail('stays:transfer', { prisonerId: id, facilityId: 424242, date: '2025-01-01' });
    expect(error.code).toBe('NOT_FOUND');
    const detail = await r.call('prisoners:get', { id });
    expect(detail.stays).toHaveLength(1);
    expect(detail.stays[0]).toMatchObject({ facilityId: fr, to: null, endReason: null });
    expect(detail.current?.facilityId).toBe(fr);
  });

  test('a transfer dated before the open stay began is a VALIDATION error on the date', async () => {
    const { r, fr, de } = await setup();
    const id = await prisoner(r, { familyName: 'Kaya' }, { facilityId: fr, from: '2024-01-10' });
    const error = await r.fail('stays:transfer', { prisonerId: id, facilityId: de, date: '2024-01-09' });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path)).toEqual([['date']]);
    expect((await r.call('prisoners:get', { id })).stays).toHaveLength(1);
  });

  test('a transfer without an open stay is NO_OPEN_STAY', async () => {
    const { r, de } = await setup();
    const id = await prisoner(r, { familyName: 'Kaya' });
    expect((await r.fail('stays:transfer', { prisonerId: id, facilityId: de, date: '2024-01-09' })).code).toBe(
      'NO_OPEN_STAY',
    );
  });

  test.each([
    ['release', 'released'],
    ['deportation', 'released'],
    ['death', 'deceased'],
    ['other', 'sentenced'],
  ] as const)(
    'closing custody for %s sets the status %s and removes the current address',
    async (endReason, status) => {
      const { r, fr } = await setup();
      const created = await r.call('prisoners:create', {
        prisoner: { familyName: 'Çelik', status: 'sentenced' },
        stay: { facilityId: fr, from: '2024-01-10', startReason: 'arrest' },
      });
      const detail = await r.call('stays:close', { prisonerId: created.prisoner.id, date: '2025-05-05', endReason });
      expect(detail.prisoner.status).toBe(status);
      expect(detail.current).toBeNull();
      expect(detail.addressBlock).toBeNull();
      expect(detail.stays[0]).toMatchObject({ to: '2025-05-05', endReason });
    },
  );
});
