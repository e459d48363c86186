import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { facility, tegel } from '../registry/registry-data';
import { lettersSetup, outLetter, saveLetter } from './letters-data';

const draftOf = (prisonerId: number) =>
  outLetter(prisonerId, { status: 'draft', sentOn: null, writtenOn: '2025-03-20' });

describe('letters: a transfer, the drafts left behind and the letters that may not have arrived', () => {
  test('the transfer answers with the drafts on the old stay; re-addressing moves them with the new block', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const first = await saveLetter(r, draftOf(alice));
    const second = await saveLetter(r, draftOf(alice));
    // Sent letters and drafts by hand are not re-addressed.
    const sent = await saveLetter(r, outLetter(alice));
    await saveLetter(r, draftOf(alice));
    const visit = await saveLetter(r, { ...draftOf(alice), channel: 'visit', stayId: null });
    const oldStay = first.stayId ?? 0;
    const de = await facility(r, tegel);
    const moved = await r.call('stays:transfer', {
      prisonerId: alice,
      facilityId: de,
      prisonerNumber: '99',
      date: '2025-04-01',
    });
    expect(moved.draftsOnEndedStays).toEqual([{ stayId: oldStay, facilityName: expect.any(String), count: 3 }]);
    const done = await r.call('letters:readdressDrafts', { prisonerId: alice, fromStayId: oldStay });
    expect(done).toEqual({
      readdressed: 3,
      toStayId: moved.current?.stayId,
      facilityName: moved.current?.facilityName,
    });
    for (const id of [first.id, second.id]) {
      const letter = await r.call('letters:get', { id });
      expect(letter.stayId).toBe(moved.current?.stayId);
      expect(letter.addressBlock).toEqual(moved.addressBlock);
    }
    expect((await r.call('letters:get', { id: sent.id })).stayId).toBe(oldStay);
    expect((await r.call('letters:get', { id: visit.id })).stayId).toBeNull();
    expect((await r.call('prisoners:get', { id: alice })).draftsOnEndedStays).toEqual([]);
  });

  test("another prisoner's stay, an unknown stay, the open stay and no open stay are refused in words", async () => {
    const r = await TestApp.create();
    const { alice, bob } = await lettersSetup(r);
    const bobsStay = (await r.call('prisoners:get', { id: bob })).current?.stayId ?? 0;
    const alicesStay = (await r.call('prisoners:get', { id: alice })).current?.stayId ?? 0;
    const fail = (prisonerId: number, fromStayId: number) =>
      r.fail('letters:readdressDrafts', { prisonerId, fromStayId });
    expect((await fail(alice, bobsStay)).code).toBe('STAY_OF_ANOTHER_PRISONER');
    expect((await fail(alice, 999_999)).code).toBe('NOT_FOUND');
    expect((await fail(999_999, alicesStay)).code).toBe('NOT_FOUND');
    expect((await fail(alice, alicesStay)).code).toBe('VALIDATION');
    await saveLetter(r, draftOf(alice));
    await r.call('stays:close', { prisonerId: alice, date: '2025-04-01', endReason: 'release' });
    const released = await r.call('prisoners:get', { id: alice });
    expect(released.draftsOnEndedStays).toMatchObject([{ stayId: alicesStay, count: 1 }]);
    expect((await fail(alice, alicesStay)).code).toBe('NO_OPEN_STAY');
  });

  test('a letter posted to the old prison on or after the transfer day may not have arrived', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const before = await saveLetter(r, outLetter(alice, { sentOn: '2025-03-31' }));
    const sameDay = await saveLetter(r, outLetter(alice, { sentOn: '2025-04-01' }));
    const acknowledged = await saveLetter(r, outLetter(alice, { sentOn: '2025-04-02', status: 'acknowledged' }));
    expect(sameDay.mayNotHaveArrived).toBe(false);
    const de = await facility(r, tegel);
    await r.call('stays:transfer', { prisonerId: alice, facilityId: de, prisonerNumber: '99', date: '2025-04-01' });
    const flag = async (id: number) => (await r.call('letters:get', { id })).mayNotHaveArrived;
    expect(await flag(before.id)).toBe(false);
    expect(await flag(sameDay.id)).toBe(true);
    expect(await flag(acknowledged.id)).toBe(false);
    const rows = (await r.call('letters:list', { prisonerId: alice })).rows;
    expect(rows.filter((row) => row.mayNotHaveArrived).map((row) => row.id)).toEqual([sameDay.id]);
    const timeline = await r.call('timeline:get', { prisonerId: alice });
    const flagged = timeline.items.filter((item) => item.kind === 'letter' && item.mayNotHaveArrived);
    expect(flagged.map((item) => item.id)).toEqual([sameDay.id]);
    // A new letter after the transfer goes to the new prison: no flag.
    expect((await saveLetter(r, outLetter(alice, { sentOn: '2025-04-03' }))).mayNotHaveArrived).toBe(false);
  });

  test('the list filters drafts started before a day, as the dashboard counts them', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const old = await saveLetter(r, draftOf(alice));
    await saveLetter(r, draftOf(alice));
    await r.app.context.vault.db
      .updateTable('letters')
      .set({ created_at: '2025-01-01T10:00:00.000Z' })
      .where('id', '=', old.id)
      .execute();
    const listed = await r.call('letters:list', { status: ['draft'], createdBefore: '2025-01-02' });
    expect(listed.rows.map((row) => row.id)).toEqual([old.id]);
    expect((await r.call('letters:list', { status: ['draft'], createdBefore: '2025-01-01' })).total).toBe(0);
  });
});
