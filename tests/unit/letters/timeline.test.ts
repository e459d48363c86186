import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { facility, tegel } from '../registry/registry-data';
import { inLetter, lettersSetup, outLetter, saveLetter } from './letters-data';

describe("a prisoner's timeline", () => {
  test('stays, letters and parcels together, newest first, a stay below the letters of its first day', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const de = await facility(r, tegel);
    const sent = await saveLetter(r, outLetter(alice, { sentOn: '2024-06-01' }));
    await r.call('stays:transfer', { prisonerId: alice, facilityId: de, prisonerNumber: '7', date: '2025-01-01' });
    const sameDay = await saveLetter(r, inLetter(alice, { receivedOn: '2025-01-01', stayId: null }));
    // The parcels' own channels are not part of this domain yet: a row written as they will write it.
    const parcel = await r.app.context.vault.db
      .insertInto('parcels')
      .values({
        prisoner_id: alice,
        status: 'prepared',
        prepared_on: '2025-02-01',
        dated_on: '2025-02-01',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const page = await r.call('timeline:get', { prisonerId: alice });
    expect(page.items.map((item) => [item.kind, item.date])).toEqual([
      ['parcel', '2025-02-01'],
      ['letter', '2025-01-01'],
      ['stay', '2025-01-01'],
      ['letter', '2024-06-01'],
      ['stay', '2024-01-10'],
    ]);
    expect(page.items[0]?.id).toBe(parcel.id);
    expect(page.items[1]?.id).toBe(sameDay.id);
    expect(page.items[3]?.id).toBe(sent.id);
    expect(page.next).toBeNull();
  });

  test('pages follow each other with the cursor, without a gap or a repeat, ties on a day included', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const made: number[] = [];
    for (let i = 0; i < 12; i++) {
      // Three letters a day over four days: the pages cut inside a day.
      const day = `2025-03-0${1 + Math.floor(i / 3)}`;
      made.push((await saveLetter(r, outLetter(alice, { sentOn: day }))).id);
    }
    const seen: string[] = [];
    let before = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof r.call<'timeline:get'>>> = await r.call('timeline:get', {
        prisonerId: alice,
        before,
        limit: 5,
      });
      seen.push(...page.items.map((item) => `${item.kind}:${item.id}`));
      before = page.next;
      pages++;
    } while (before !== null && pages < 10);
    expect(pages).toBe(3);
    const stay = (await r.call('prisoners:get', { id: alice })).stays[0]?.id;
    expect(seen).toEqual([...made.reverse().map((id) => `letter:${id}`), `stay:${stay}`]);
  });

  test('at most 50 at a time', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    expect((await r.fail('timeline:get', { prisonerId: alice, limit: 51 })).code).toBe('VALIDATION');
  });
});
