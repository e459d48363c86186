import { describe, expect, test } from 'vitest';
import { createDonor } from '../../../db/money/donors.queries';
import { duePeriods } from '../../../db/money/standing-order-due';
import { addMonths } from '../../../shared/today';
import { standingOrderDue } from '../../../db/money/standing-order-status.queries';
import { createStandingOrder, listStandingOrders } from '../../../db/money/standing-orders.queries';
import { insertTransaction } from '../../../db/money/transactions.queries';
import { AppError } from '../../../shared/errors';
import { donorInput, standingOrderInput } from '../../../shared/money/ledger.schemas';
import { NOW, entry, ledgerVault } from './ledger-data';

describe('standing orders: what was expected and what came', () => {
  test('periods move by whole months from the first date, clamped to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(duePeriods('quarterly', '2026-01-10', null, '2026-07-10')).toEqual([
      { expectedOn: '2026-01-10', endOn: '2026-04-09' },
      { expectedOn: '2026-04-10', endOn: '2026-07-09' },
      { expectedOn: '2026-07-10', endOn: '2026-10-09' },
    ]);
    expect(duePeriods('monthly', '2026-01-05', '2026-02-28', '2026-12-31')).toHaveLength(2);
    expect(duePeriods('yearly', '2027-01-01', null, '2026-12-31')).toEqual([]);
  });

  test('a monthly order lists each month received or missing, matched by the linked payments', async () => {
    const l = await ledgerVault();
    const donor = await createDonor(l.db, donorInput.parse({ pseudonymOrName: 'Louise M.', noThanks: true }), NOW);
    const order = await createStandingOrder(
      l.db,
      standingOrderInput.parse({
        donorId: donor,
        accountId: l.accounts.bank,
        fundId: l.funds.legal,
        amountMinor: 2_500,
        currency: 'EUR',
        rhythm: 'monthly',
        fromOn: '2026-01-05',
        reference: '+++090/9337/55493+++',
      }),
      NOW,
    );
    const paid = (on: string, minor: number, standingOrderId: number | null = order) =>
      insertTransaction(
        l.db,
        entry(l.accounts.bank, on, [[l.categories.donation!, l.funds.legal, minor]], { standingOrderId }),
        l.stamp,
      );
    const january = await paid('2026-01-06', 2_500);
    const march = await paid('2026-03-20', 2_000);
    await paid('2026-02-10', 2_500, null); // not linked to the order: not counted for it

    expect(await standingOrderDue(l.db, '2026-04-04')).toEqual([
      expect.objectContaining({
        expectedOn: '2026-01-05',
        state: 'received',
        receivedMinor: 2_500,
        transactionIds: [january],
      }),
      expect.objectContaining({ expectedOn: '2026-02-05', state: 'missing', receivedMinor: 0, transactionIds: [] }),
      expect.objectContaining({
        expectedOn: '2026-03-05',
        state: 'received',
        receivedMinor: 2_000,
        expectedMinor: 2_500,
      }),
    ]);
    const [first] = await standingOrderDue(l.db, '2026-01-31');
    expect(first).toMatchObject({
      standingOrderId: order,
      donorName: 'Louise M.',
      currency: 'EUR',
      endOn: '2026-02-04',
    });
    expect(march).toBeGreaterThan(january);
    expect(await listStandingOrders(l.db)).toEqual([expect.objectContaining({ id: order, donor_name: 'Louise M.' })]);
  });

  test("an order is in its account's currency, and a donor is thanked or not, never both", async () => {
    const l = await ledgerVault();
    const order = {
      accountId: l.accounts.swiss,
      fundId: l.funds.general,
      amountMinor: 5_000,
      currency: 'EUR',
      rhythm: 'yearly',
      fromOn: '2026-01-01',
    };
    await expect(createStandingOrder(l.db, standingOrderInput.parse(order), NOW)).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === 'LEDGER_CURRENCY_MISMATCH',
    );
    expect(standingOrderInput.safeParse({ ...order, amountMinor: -5 }).success).toBe(false);
    expect(standingOrderInput.safeParse({ ...order, untilOn: '2025-12-31' }).success).toBe(false);
    expect(donorInput.safeParse({ pseudonymOrName: 'X', thanks: 'Une carte', noThanks: true }).success).toBe(false);
  });
});
