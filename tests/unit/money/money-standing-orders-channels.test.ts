import { describe, expect, it } from 'vitest';
import { moneyApp, type MoneyApp } from './channel-data';

/** A monthly order of 20 EUR from the 5th, into the general fund, from a donor. */
async function monthlyOrder(m: MoneyApp, fromOn = '2025-01-05') {
  const donor = (
    await m.r.call('donors:create', { pseudonymOrName: 'Amie du groupe', thanks: 'Par courriel', ...m.by })
  ).id;
  const order = (
    await m.r.call('standingOrders:create', {
      donorId: donor,
      accountId: m.accounts.bank,
      fundId: m.funds.general,
      amountMinor: 2_000,
      currency: 'EUR',
      rhythm: 'monthly',
      fromOn,
      reference: '+++090/9337/55493+++',
      ...m.by,
    })
  ).id;
  return { donor, order };
}

function payment(m: MoneyApp, order: number, bookedOn: string) {
  return m.r.call('transactions:create', {
    accountId: m.accounts.bank,
    bookedOn,
    amountMinor: 2_000,
    standingOrderId: order,
    splits: [{ categoryId: m.category['donation']!, fundId: m.funds.general, amountMinor: 2_000 }],
  });
}

describe('standing orders channels', () => {
  it('says for each order what came, what is missing, what is late and when the next is due', async () => {
    const m = await moneyApp();
    const { order } = await monthlyOrder(m);
    await payment(m, order, '2025-01-06');
    await payment(m, order, '2025-03-07');
    // On 2025-04-10: January and March received; February missing and late; April missing, within its grace.
    const { orders } = await m.r.call('standingOrders:list', { asOf: '2025-04-10' });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      donorName: 'Amie du groupe',
      accountName: 'Compte courant',
      fundName: 'Général',
      amountMinor: 2_000,
      rhythm: 'monthly',
      missingCount: 2,
      lateCount: 1,
      nextExpectedOn: '2025-05-05',
      paymentCount: 2,
      createdByName: 'Trésorière',
      lastPeriod: { expectedOn: '2025-04-05', endOn: '2025-05-04', state: 'missing', late: false, receivedMinor: 0 },
    });
    const { periods } = await m.r.call('standingOrders:periods', { id: order, asOf: '2025-04-10' });
    expect(periods.map((p) => [p.expectedOn, p.state, p.late])).toEqual([
      ['2025-01-05', 'received', false],
      ['2025-02-05', 'missing', true],
      ['2025-03-05', 'received', false],
      ['2025-04-05', 'missing', false],
    ]);
    // Ten days later April's grace is over.
    const later = (await m.r.call('standingOrders:list', { asOf: '2025-04-20' })).orders[0];
    expect(later?.lateCount).toBe(2);
  });

  it('counts the late periods on the dashboard', async () => {
    const m = await moneyApp();
    const { order } = await monthlyOrder(m, '2020-01-01');
    await m.r.call('standingOrders:end', { id: order, untilOn: '2020-03-31' });
    // Three months expected long ago, none paid: three late periods, nothing after the end.
    expect((await m.r.call('dashboard:get', {})).standingOrdersLate).toBe(3);
    const ended = (await m.r.call('standingOrders:list', {})).orders[0];
    expect(ended).toMatchObject({ untilOn: '2020-03-31', nextExpectedOn: null, lateCount: 3 });
  });

  it('ends an order, refuses an end before its start, and deletes only an order without payments', async () => {
    const m = await moneyApp();
    const { order } = await monthlyOrder(m);
    const early = await m.r.fail('standingOrders:end', { id: order, untilOn: '2024-12-31' });
    expect(early.code).toBe('VALIDATION');
    await payment(m, order, '2025-01-06');
    expect((await m.r.fail('standingOrders:delete', { id: order })).code).toBe('LEDGER_IN_USE');
    await m.r.call('standingOrders:end', { id: order, untilOn: '2025-06-30', byMemberId: m.memberId });
    const other = await monthlyOrder(m, '2025-02-01');
    await m.r.call('standingOrders:delete', { id: other.order });
    expect((await m.r.call('standingOrders:list', {})).orders.map((o) => o.id)).toEqual([order]);
  });

  it('updates an order; a currency other than its account’s is refused', async () => {
    const m = await moneyApp();
    const { order, donor } = await monthlyOrder(m);
    const fields = {
      donorId: donor,
      accountId: m.accounts.bank,
      fundId: m.funds.legal,
      amountMinor: 5_000,
      currency: 'EUR',
      rhythm: 'quarterly' as const,
      fromOn: '2025-01-05',
    };
    await m.r.call('standingOrders:update', { id: order, ...fields });
    const updated = (await m.r.call('standingOrders:list', { asOf: '2025-01-10' })).orders[0];
    expect(updated).toMatchObject({ fundName: 'Frais de justice', amountMinor: 5_000, nextExpectedOn: '2025-04-05' });
    expect((await m.r.fail('standingOrders:update', { id: order, ...fields, currency: 'CHF' })).code).toBe(
      'LEDGER_CURRENCY_MISMATCH',
    );
  });
});

describe('donors channels', () => {
  it('lists donors minimal; erasing one leaves their standing orders anonymous', async () => {
    const m = await moneyApp();
    const { donor, order } = await monthlyOrder(m);
    await m.r.call('donors:update', { id: donor, pseudonymOrName: 'A.', noThanks: true });
    expect((await m.r.call('donors:list', {})).donors).toEqual([
      expect.objectContaining({
        id: donor,
        pseudonymOrName: 'A.',
        thanks: null,
        noThanks: true,
        hasIbanHash: false,
        standingOrderCount: 1,
      }),
    ]);
    await m.r.call('donors:erase', { id: donor });
    expect((await m.r.call('donors:list', {})).donors).toEqual([]);
    const anonymous = (await m.r.call('standingOrders:list', {})).orders[0];
    expect(anonymous).toMatchObject({ id: order, donorId: null, donorName: null });
    expect((await m.r.fail('donors:erase', { id: donor })).code).toBe('NOT_FOUND');
  });

  it('refuses thanks together with no thanks', async () => {
    const m = await moneyApp();
    const error = await m.r.fail('donors:create', { pseudonymOrName: 'B', thanks: 'Lettre', noThanks: true });
    expect(error.code).toBe('VALIDATION');
  });
});
