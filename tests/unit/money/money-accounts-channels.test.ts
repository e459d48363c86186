import { describe, expect, it } from 'vitest';
import { isValidReference } from '../../../shared/money/payment-references';
import { moneyApp } from './channel-data';

describe('accounts channels', () => {
  it('lists accounts with their balance at a date, who recorded them, and whether entries use them', async () => {
    const { r, by, accounts, funds, category, memberId } = await moneyApp();
    await r.call('transactions:create', {
      accountId: accounts.bank,
      bookedOn: '2025-03-01',
      amountMinor: 2_500,
      splits: [{ categoryId: category['donation']!, fundId: funds.general, amountMinor: 2_500 }],
      ...by,
    });
    const { accounts: list } = await r.call('accounts:list', {});
    const bank = list.find((a) => a.id === accounts.bank);
    expect(bank).toMatchObject({
      balanceMinor: 122_500,
      hasEntries: true,
      createdByMemberId: memberId,
      createdByName: 'Trésorière',
      updatedByName: 'Trésorière',
    });
    expect(list.find((a) => a.id === accounts.cash)).toMatchObject({ hasEntries: false, balanceMinor: 5_000 });
    const before = await r.call('accounts:list', { asOf: '2025-02-28' });
    expect(before.accounts.find((a) => a.id === accounts.bank)?.balanceMinor).toBe(120_000);
    const beforeOpening = await r.call('accounts:list', { asOf: '2024-12-31' });
    expect(beforeOpening.accounts.map((a) => a.balanceMinor)).toEqual([0, 0, 0]);
  });

  it('updates every field, but keeps the currency of an account with entries', async () => {
    const { r, accounts, funds, category } = await moneyApp();
    const fields = {
      kind: 'cash' as const,
      name: 'Caisse des fêtes',
      currency: 'CHF',
      openingMinor: 7_000,
      openingOn: '2025-02-01',
      importNames: 'initial' as const,
    };
    await r.call('accounts:update', { id: accounts.cash, ...fields });
    const updated = (await r.call('accounts:list', {})).accounts.find((a) => a.id === accounts.cash);
    expect(updated).toMatchObject({ ...fields, createdByName: 'Trésorière', updatedByMemberId: null });
    await r.call('transactions:create', {
      accountId: accounts.cash,
      bookedOn: '2025-03-01',
      amountMinor: -300,
      splits: [{ categoryId: category['postage']!, fundId: funds.general, amountMinor: -300 }],
    });
    const error = await r.fail('accounts:update', { id: accounts.cash, ...fields, currency: 'EUR' });
    expect(error.code).toBe('LEDGER_CURRENCY_MISMATCH');
    expect((await r.fail('accounts:update', { id: 999, ...fields })).code).toBe('NOT_FOUND');
  });

  it('refuses a second account of the same name, and archives without losing anything', async () => {
    const { r, accounts } = await moneyApp();
    const again = await r.fail('accounts:create', {
      kind: 'cash',
      name: 'Caisse',
      currency: 'EUR',
      openingOn: '2025-01-01',
    });
    expect(again.code).toBe('DUPLICATE');
    await r.call('accounts:archive', { id: accounts.cash, archived: true });
    const list = (await r.call('accounts:list', {})).accounts;
    expect(list.at(-1)).toMatchObject({ id: accounts.cash, archived: true, balanceMinor: 5_000 });
  });

  it('names the member gone rather than recording nobody', async () => {
    const { r } = await moneyApp();
    const error = await r.fail('accounts:create', {
      kind: 'cash',
      name: 'Boîte',
      currency: 'EUR',
      openingOn: '2025-01-01',
      byMemberId: 4242,
    });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('keeps a member who recorded ledger rows: deleting them says so', async () => {
    const { r, memberId } = await moneyApp();
    expect((await r.fail('members:delete', { id: memberId })).code).toBe('LEDGER_IN_USE');
  });
});

describe('funds channels', () => {
  it('lists funds with a balance per currency, never converted, and the prisoner they are for', async () => {
    const { r, by, accounts, funds, category } = await moneyApp();
    const { prisoner } = await r.call('prisoners:create', { prisoner: { familyName: 'Martin', givenNames: 'Alice' } });
    const hers = (
      await r.call('funds:create', { name: 'Pour Alice', kind: 'restricted', prisonerId: prisoner.id, ...by })
    ).id;
    const donation = (accountId: number, amount: number, fundId: number) =>
      r.call('transactions:create', {
        accountId,
        bookedOn: '2025-04-01',
        amountMinor: amount,
        splits: [{ categoryId: category['donation']!, fundId, amountMinor: amount }],
      });
    await donation(accounts.bank, 4_000, hers);
    await donation(accounts.swiss, 1_500, hers);
    await donation(accounts.cash, 700, funds.general);
    const { funds: list } = await r.call('funds:list', {});
    expect(list.find((f) => f.id === hers)).toMatchObject({
      prisonerId: prisoner.id,
      prisonerName: 'Alice Martin',
      balances: [
        { currency: 'CHF', balanceMinor: 1_500 },
        { currency: 'EUR', balanceMinor: 4_000 },
      ],
    });
    expect(list.find((f) => f.id === funds.legal)?.balances).toEqual([]);
    expect((await r.call('funds:list', { asOf: '2025-03-31' })).funds.every((f) => f.balances.length === 0)).toBe(true);
    // The prisoner's deletion would take ledger rows: the impact says it, the deletion refuses.
    expect(await r.call('prisoners:deleteImpact', { id: prisoner.id })).toMatchObject({ ledgerEntries: 0, funds: 1 });
    expect((await r.fail('prisoners:delete', { id: prisoner.id, confirmed: true })).code).toBe('LEDGER_IN_USE');
  });

  it('takes a typed structured reference only when valid and unused', async () => {
    const { r, funds } = await moneyApp();
    const fields = { name: 'Frais de justice', kind: 'restricted' as const };
    await r.call('funds:update', { id: funds.legal, ...fields, reference: '+++090/9337/55493+++' });
    const legal = (await r.call('funds:list', {})).funds.find((f) => f.id === funds.legal);
    expect(legal?.reference).toEqual({ kind: 'be', value: '090933755493', formatted: '+++090/9337/55493+++' });
    expect((await r.fail('funds:update', { id: funds.legal, ...fields, reference: '+++090/9337/55494+++' })).code).toBe(
      'VALIDATION',
    );
    const taken = await r.fail('funds:create', { name: 'Autre', kind: 'general', reference: '090 9337 55493' });
    expect(taken.code).toBe('LEDGER_REFERENCE_IN_USE');
    await r.call('funds:update', { id: funds.legal, ...fields, reference: 'rf18 5390 0754 7034' });
    expect((await r.call('funds:list', {})).funds.find((f) => f.id === funds.legal)?.reference?.formatted).toBe(
      'RF18 5390 0754 7034',
    );
  });

  it('makes fresh references of each scheme, unique, stored on the fund', async () => {
    const { r, funds } = await moneyApp();
    const seen = new Set<string>();
    for (const scheme of ['be', 'rf', 'qrr'] as const) {
      const { reference } = await r.call('funds:newReference', { fundId: funds.general, scheme });
      expect(reference.kind).toBe(scheme);
      expect(isValidReference(reference)).toBe(true);
      expect(seen.has(reference.value)).toBe(false);
      seen.add(reference.value);
      const stored = (await r.call('funds:list', {})).funds.find((f) => f.id === funds.general)?.reference;
      expect(stored).toEqual(reference);
    }
    expect((await r.fail('funds:newReference', { fundId: 999, scheme: 'be' })).code).toBe('NOT_FOUND');
  });

  it('makes a QR reference only for a CHF account with a QR-IBAN, and says why otherwise', async () => {
    const { r, funds, accounts } = await moneyApp();
    const euro = await r.fail('funds:newReference', { fundId: funds.legal, scheme: 'qrr', accountId: accounts.bank });
    expect(euro.code).toBe('LEDGER_QR_IBAN_REQUIRED');
    await r.call('accounts:archive', { id: accounts.swiss, archived: true });
    expect((await r.fail('funds:newReference', { fundId: funds.legal, scheme: 'qrr' })).code).toBe(
      'LEDGER_QR_IBAN_REQUIRED',
    );
    const named = await r.call('funds:newReference', { fundId: funds.legal, scheme: 'qrr', accountId: accounts.swiss });
    expect(named.reference.value).toHaveLength(27);
  });
});

describe('categories channels', () => {
  it('lists the built-in categories by key and the group’s own by name; archives either', async () => {
    const { r, by } = await moneyApp();
    const own = (await r.call('categories:create', { name: 'Autocollants', direction: 'income', ...by })).id;
    const { categories } = await r.call('categories:list', {});
    expect(categories.find((c) => c.builtinKey === 'donation')).toMatchObject({ direction: 'income', archived: false });
    expect(categories.find((c) => c.id === own)).toMatchObject({ builtinKey: null, name: 'Autocollants' });
    await r.call('categories:archive', { id: own, archived: true });
    expect((await r.call('categories:list', {})).categories.find((c) => c.id === own)?.archived).toBe(true);
    expect((await r.fail('categories:create', { name: 'Autocollants', direction: 'expense' })).code).toBe('DUPLICATE');
  });
});
