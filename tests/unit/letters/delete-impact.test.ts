import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { inLetter, lettersSetup, outLetter, saveLetter } from './letters-data';

describe('deleting a prisoner with letters', () => {
  test('the impact counts their letters and parcels, and the deletion needs confirming', async () => {
    const r = await TestApp.create();
    const { alice, fr } = await lettersSetup(r);
    await saveLetter(r, outLetter(alice));
    await saveLetter(r, inLetter(alice));
    const now = new Date().toISOString();
    await r.app.context.vault.db
      .insertInto('parcels')
      .values({
        prisoner_id: alice,
        status: 'prepared',
        prepared_on: '2025-01-01',
        dated_on: '2025-01-01',
        created_at: now,
        updated_at: now,
      })
      .execute();
    expect(await r.call('prisoners:deleteImpact', { id: alice })).toEqual({
      stays: 1,
      prisoners: 0,
      tags: 0,
      letters: 2,
      parcels: 1,
      ledgerEntries: 0,
      funds: 0,
    });
    // A facility's deletion leaves letters and parcels: they keep the block they went to.
    expect(await r.call('facilities:deleteImpact', { id: fr })).toMatchObject({ letters: 0, parcels: 0 });
    expect((await r.fail('prisoners:delete', { id: alice })).code).toBe('CONFIRMATION_REQUIRED');
    await r.call('prisoners:delete', { id: alice, confirmed: true });
    expect((await r.call('letters:list', {})).total).toBe(0);
  });

  test('letters alone are enough to ask for confirmation', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    await saveLetter(r, outLetter(alice, { channel: 'visit' }));
    await r.call('stays:remove', { id: (await r.call('prisoners:get', { id: alice })).stays[0]?.id ?? 0 });
    expect((await r.fail('prisoners:delete', { id: alice })).code).toBe('CONFIRMATION_REQUIRED');
  });
});
