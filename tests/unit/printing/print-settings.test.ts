import { describe, expect, it } from 'vitest';
import { TestApp } from '../../support/test-app';

const sender = { name: 'Collectif', address: { country: 'fr', poBox: 'BP 1', postcode: '31000', city: 'Toulouse' } };

describe('printing settings and member addresses in the vault', () => {
  it('keeps the group country, return address and per-paper offsets (merged one paper at a time)', async () => {
    const r = await TestApp.create();
    const fresh = await r.call('settings:get', {});
    expect(fresh).toMatchObject({ groupCountry: null, groupSender: null, calibrations: {} });

    await r.call('settings:set', {
      groupCountry: 'be',
      groupSender: sender,
      calibrations: { A4: { xMm: 1.5, yMm: -0.5 } },
    });
    const saved = await r.call('settings:set', { calibrations: { DL: { xMm: 0, yMm: 2 } } });
    expect(saved.groupCountry).toBe('BE');
    expect(saved.groupSender?.address).toMatchObject({ country: 'FR', street: null, city: 'Toulouse' });
    expect(saved.calibrations).toEqual({ A4: { xMm: 1.5, yMm: -0.5 }, DL: { xMm: 0, yMm: 2 } });
    expect((await r.call('settings:set', { groupSender: null })).groupSender).toBeNull();
    expect((await r.fail('settings:set', { calibrations: { A4: { xMm: 30, yMm: 0 } } })).code).toBe('VALIDATION');

    await r.call('vault:lock', {});
    expect(await r.call('settings:get', {})).toMatchObject({ groupCountry: null, groupSender: null, calibrations: {} });
    expect((await r.fail('settings:set', { groupCountry: 'FR' })).code).toBe('VAULT_LOCKED');
  });

  it('gives a member an optional return address, used as the envelope sender', async () => {
    const r = await TestApp.create();
    const without = await r.call('members:create', { pseudonym: 'Hirondelle' });
    expect(without.postal).toBeNull();
    const member = await r.call('members:update', {
      id: without.id,
      member: { pseudonym: 'Hirondelle', postal: sender },
    });
    expect(member.postal?.name).toBe('Collectif');
    expect((await r.call('members:list', {}))[0]?.postal?.address.poBox).toBe('BP 1');

    const plan = await r.call('print:plan', {
      job: { kind: 'envelopes', format: 'C6', sender: { kind: 'member', memberId: member.id } },
    });
    expect(plan.sender).toEqual(['Collectif', 'BP 1', '31000 TOULOUSE', 'FRANCE']);
    const removed = await r.call('members:update', {
      id: member.id,
      member: { pseudonym: 'Hirondelle', postal: null },
    });
    expect(removed.postal).toBeNull();
    expect(
      (
        await r.fail('print:plan', {
          job: { kind: 'envelopes', format: 'C6', sender: { kind: 'member', memberId: member.id } },
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});
