import { describe, expect, it } from 'vitest';
import { moneyApp, type MoneyApp } from './channel-data';

function entry(m: MoneyApp, bookedOn: string, amounts: readonly [string, number, number][], extra = {}) {
  return {
    accountId: m.accounts.bank,
    bookedOn,
    amountMinor: amounts.reduce((sum, [, , amount]) => sum + amount, 0),
    splits: amounts.map(([category, fundId, amountMinor]) => ({
      categoryId: m.category[category]!,
      fundId,
      amountMinor,
    })),
    ...extra,
  };
}

describe('transactions channels', () => {
  it('records an entry with splits and links, and gives it back with who and when', async () => {
    const m = await moneyApp();
    const { prisoner } = await m.r.call('prisoners:create', {
      prisoner: { familyName: 'Martin', givenNames: 'Alice' },
    });
    const { id } = await m.r.call(
      'transactions:create',
      entry(
        m,
        '2025-05-02',
        [
          ['payment_to_prisoner', m.funds.legal, -4_000],
          ['bank_fees', m.funds.general, -50],
        ],
        { counterparty: 'SPIP', text: 'Mandat', status: 'ordered', prisonerId: prisoner.id, ...m.by },
      ),
    );
    const detail = await m.r.call('transactions:get', { id });
    expect(detail).toMatchObject({
      accountName: 'Compte courant',
      amountMinor: -4_050,
      currency: 'EUR',
      status: 'ordered',
      prisonerName: 'Alice Martin',
      locked: false,
      transfer: null,
      createdByName: 'Trésorière',
      updatedByName: 'Trésorière',
      splits: [
        { position: 0, fundId: m.funds.legal, amountMinor: -4_000 },
        { position: 1, fundId: m.funds.general, amountMinor: -50 },
      ],
    });
    await m.r.call('transactions:update', {
      id,
      ...entry(m, '2025-05-03', [['payment_to_prisoner', m.funds.legal, -4_000]], { status: 'confirmed' }),
    });
    const after = await m.r.call('transactions:get', { id });
    expect(after).toMatchObject({ status: 'confirmed', amountMinor: -4_000, createdByName: 'Trésorière' });
    expect(after.updatedByMemberId).toBeNull();
    expect(after.updatedAt >= detail.updatedAt).toBe(true);
  });

  it('refuses splits that do not sum to the amount, before anything is written', async () => {
    const m = await moneyApp();
    const bad = { ...entry(m, '2025-05-02', [['donation', m.funds.general, 1_000]]), amountMinor: 999 };
    expect((await m.r.fail('transactions:create', bad)).code).toBe('VALIDATION');
    expect((await m.r.call('transactions:list', { accountId: m.accounts.bank })).total).toBe(0);
  });

  it('lists an account newest first, filtered, paged, with the total', async () => {
    const m = await moneyApp();
    const days = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10'];
    for (const [n, day] of days.entries())
      await m.r.call(
        'transactions:create',
        entry(m, day, [['donation', n % 2 === 0 ? m.funds.general : m.funds.legal, 1_000 + n]], {
          counterparty: n === 2 ? 'Librairie 100% Rouge' : null,
          text: n === 1 ? 'Concert de soutien' : '',
        }),
      );
    const all = await m.r.call('transactions:list', { accountId: m.accounts.bank, limit: 2 });
    expect(all.total).toBe(4);
    expect(all.rows.map((row) => row.bookedOn)).toEqual(['2025-04-10', '2025-03-10']);
    const next = await m.r.call('transactions:list', { accountId: m.accounts.bank, limit: 2, offset: 2 });
    expect(next.rows.map((row) => row.bookedOn)).toEqual(['2025-02-10', '2025-01-10']);
    const legal = await m.r.call('transactions:list', { accountId: m.accounts.bank, fundId: m.funds.legal });
    expect([legal.total, legal.rows.map((row) => row.amountMinor)]).toEqual([2, [1_003, 1_001]]);
    const words = async (text: string) =>
      (await m.r.call('transactions:list', { accountId: m.accounts.bank, text })).rows.map((row) => row.bookedOn);
    expect(await words('concert')).toEqual(['2025-02-10']);
    expect(await words('100%')).toEqual(['2025-03-10']);
    // A wildcard typed is a character, not a pattern.
    expect(await words('0%R')).toEqual([]);
    expect(await words('_')).toEqual([]);
    const dated = await m.r.call('transactions:list', {
      accountId: m.accounts.bank,
      fromOn: '2025-02-01',
      toOn: '2025-03-31',
    });
    expect(dated.total).toBe(2);
  });

  it('a closed period refuses changes in words, and rows there are flagged locked', async () => {
    const m = await moneyApp();
    const old = (await m.r.call('transactions:create', entry(m, '2025-06-30', [['donation', m.funds.general, 500]])))
      .id;
    const lock = await m.r.call('ledgerLock:set', { lockedThrough: '2025-12-31', byMemberId: m.memberId });
    expect(lock).toMatchObject({ lockedThrough: '2025-12-31', changedByName: 'Trésorière', reopenReason: null });
    expect((await m.r.call('transactions:get', { id: old })).locked).toBe(true);
    expect((await m.r.call('transactions:list', { accountId: m.accounts.bank })).rows[0]?.locked).toBe(true);
    const change = entry(m, '2026-01-02', [['donation', m.funds.general, 600]]);
    expect((await m.r.fail('transactions:update', { id: old, ...change })).code).toBe('LEDGER_LOCKED');
    expect((await m.r.fail('transactions:delete', { id: old })).code).toBe('LEDGER_LOCKED');
    expect(
      (await m.r.fail('transactions:create', entry(m, '2025-12-31', [['donation', m.funds.general, 1]]))).code,
    ).toBe('LEDGER_LOCKED');
    // Moving it back needs a reason, which is kept with who and when.
    expect((await m.r.fail('ledgerLock:set', { lockedThrough: '2025-06-30' })).code).toBe('LEDGER_REOPEN_REASON');
    const back = await m.r.call('ledgerLock:set', { lockedThrough: '2025-06-30', reopenReason: 'Erreur de saisie' });
    expect(back).toMatchObject({ lockedThrough: '2025-06-30', reopenReason: 'Erreur de saisie', changedByName: null });
    expect(await m.r.call('ledgerLock:get', {})).toEqual(back);
  });
});

describe('transfers channels', () => {
  it('moves money between own accounts as one operation, and deletes both halves together', async () => {
    const m = await moneyApp();
    const created = await m.r.call('transfers:create', {
      fromAccountId: m.accounts.bank,
      toAccountId: m.accounts.cash,
      bookedOn: '2025-03-01',
      outMinor: 10_000,
      inMinor: 10_000,
      fundId: m.funds.general,
      ...m.by,
    });
    const out = await m.r.call('transactions:get', { id: created.outId });
    expect(out).toMatchObject({
      amountMinor: -10_000,
      transferGroup: created.transferGroup,
      transfer: { id: created.inId, accountName: 'Caisse', amountMinor: 10_000, currency: 'EUR' },
    });
    const balances = async () => (await m.r.call('accounts:list', {})).accounts.map((a) => [a.name, a.balanceMinor]);
    expect(await balances()).toEqual([
      ['Caisse', 15_000],
      ['Compte courant', 110_000],
      ['PostFinance', 30_000],
    ]);
    // A half is not changed alone.
    const alone = {
      accountId: m.accounts.bank,
      bookedOn: '2025-03-01',
      amountMinor: -1,
      splits: [{ categoryId: null, fundId: m.funds.general, amountMinor: -1 }],
    };
    expect((await m.r.fail('transactions:update', { id: created.outId, ...alone })).code).toBe('VALIDATION');
    await m.r.call('transfers:delete', { transferGroup: created.transferGroup });
    expect((await m.r.fail('transactions:get', { id: created.inId })).code).toBe('NOT_FOUND');
    expect((await m.r.fail('transfers:delete', { transferGroup: created.transferGroup })).code).toBe('NOT_FOUND');
  });

  it('an exchange keeps both amounts; one currency moves the same amount out and in', async () => {
    const m = await moneyApp();
    const exchange = await m.r.call('transfers:create', {
      fromAccountId: m.accounts.bank,
      toAccountId: m.accounts.swiss,
      bookedOn: '2025-03-01',
      outMinor: 10_000,
      inMinor: 9_350,
      fundId: m.funds.general,
    });
    expect((await m.r.call('transactions:get', { id: exchange.inId })).transfer).toMatchObject({
      amountMinor: -10_000,
      currency: 'EUR',
    });
    const uneven = await m.r.fail('transfers:create', {
      fromAccountId: m.accounts.bank,
      toAccountId: m.accounts.cash,
      bookedOn: '2025-03-01',
      outMinor: 100,
      inMinor: 90,
      fundId: m.funds.general,
    });
    expect(uneven.code).toBe('LEDGER_UNBALANCED');
  });
});
