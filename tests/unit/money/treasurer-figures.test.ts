import { describe, expect, test } from 'vitest';
import { listAccounts } from '../../../db/money/accounts.queries';
import { setLedgerLock } from '../../../db/money/ledger-lock.queries';
import { generalAssemblyFigures, receiptsFigures } from '../../../db/money/treasurer-figures';
import { NOW } from './ledger-data';
import { treasurerLedger } from './treasurer-ledger';

describe("the treasurer's figures", () => {
  test('receipts and payments by category, per currency, transfers and exchanges in neither', async () => {
    const l = await treasurerLedger();
    const figures = await receiptsFigures(l.db, '2026-01-01', '2026-12-31');
    expect(figures.categories.map((c) => [c.currency, c.direction, c.categoryName, c.amountMinor])).toEqual([
      ['CHF', 'income', 'donation', 15_000],
      ['CHF', 'expense', 'payment_to_prisoner', 6_000],
      ['EUR', 'income', 'donation', 25_000],
      ['EUR', 'income', 'membership_fee', 3_000],
      ['EUR', 'expense', 'payment_to_prisoner', 10_500],
      ['EUR', 'expense', 'postage', 1_250],
      ['EUR', 'expense', 'legal', 30_000],
    ]);
    expect(figures.currencies).toEqual([
      {
        currency: 'CHF',
        receiptsMinor: 15_000,
        paymentsMinor: 6_000,
        resultMinor: 9_000,
        openingMinor: 30_000,
        transfersMinor: 9_500,
        closingMinor: 48_500,
      },
      {
        currency: 'EUR',
        receiptsMinor: 28_000,
        paymentsMinor: 41_750,
        resultMinor: -13_750,
        openingMinor: 135_000,
        transfersMinor: -10_000,
        closingMinor: 111_250,
      },
    ]);
  });

  test("each account's opening + receipts − payments + transfers is its closing, the balance listAccounts gives", async () => {
    const l = await treasurerLedger();
    const { accounts } = await receiptsFigures(l.db, '2026-01-01', '2026-12-31');
    const byName = Object.fromEntries(accounts.map((a) => [a.name, a]));
    expect(byName['Compte courant']).toMatchObject({
      openingMinor: 130_000,
      receiptsMinor: 28_000,
      paymentsMinor: 40_500,
      transfersMinor: -14_000,
      closingMinor: 103_500,
    });
    expect(byName.Caisse).toMatchObject({ openingMinor: 5_000, paymentsMinor: 1_250, transfersMinor: 4_000 });
    expect(byName.PostFinance).toMatchObject({ currency: 'CHF', transfersMinor: 9_500, closingMinor: 48_500 });
    const balances = await listAccounts(l.db, '2026-12-31');
    for (const a of accounts) {
      expect(a.openingMinor + a.receiptsMinor - a.paymentsMinor + a.transfersMinor).toBe(a.closingMinor);
      expect(balances.find((b) => b.id === a.accountId)?.balanceMinor).toBe(a.closingMinor);
    }
    // A period from mid-month starts from the month totals before it and that month's first days.
    const midMonth = await receiptsFigures(l.db, '2026-01-08', '2026-12-31');
    expect(midMonth.accounts.find((a) => a.name === 'Compte courant')).toMatchObject({
      openingMinor: 132_500,
      closingMinor: 103_500,
    });
    // An account opened after the period is not in it; one opened inside starts from its opening amount.
    const later = await receiptsFigures(l.db, '2024-01-01', '2024-12-31');
    expect(later.accounts).toEqual([]);
    const opened = await receiptsFigures(l.db, '2024-06-01', '2025-12-31');
    expect(opened.accounts.find((a) => a.name === 'Caisse')).toMatchObject({
      openingMinor: 5_000,
      closingMinor: 5_000,
    });
  });

  test('the general assembly: funds at year end, support per prisoner, standing orders received against expected', async () => {
    const l = await treasurerLedger();
    const figures = await generalAssemblyFigures(l.db, 2026);
    expect(figures).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-12-31' });
    expect(figures.funds.map((f) => [f.name, f.currency, f.balanceMinor])).toEqual([
      ['Frais de justice', 'EUR', -30_000],
      ['Général', 'CHF', 24_500],
      ['Général', 'EUR', 16_250],
      ['Soutien Bob', 'CHF', -6_000],
    ]);
    expect(figures.support).toEqual(
      expect.arrayContaining([
        {
          prisonerId: l.martin,
          familyName: 'Martin',
          givenNames: 'Alice',
          currency: 'EUR',
          paidMinor: 8_000,
          otherMinor: 30_000,
        },
        {
          prisonerId: l.durand,
          familyName: 'Durand',
          givenNames: 'Bob',
          currency: 'CHF',
          paidMinor: 6_000,
          otherMinor: 0,
        },
        { prisonerId: null, familyName: null, givenNames: null, currency: 'EUR', paidMinor: 2_500, otherMinor: 0 },
      ]),
    );
    expect(figures.support).toHaveLength(3);
    // The order that ended in 2025 has nothing expected in 2026.
    expect(figures.standingOrders).toEqual([
      expect.objectContaining({
        standingOrderId: l.yearly,
        currency: 'CHF',
        expectedCount: 1,
        expectedMinor: 10_000,
        receivedCount: 0,
        missingOn: ['2026-12-15'],
      }),
      expect.objectContaining({
        standingOrderId: l.monthly,
        donorName: 'Louise M.',
        fundName: 'Général',
        expectedCount: 12,
        expectedMinor: 30_000,
        receivedCount: 2,
        receivedMinor: 5_000,
        missingOn: expect.arrayContaining(['2026-03-05', '2026-12-05']),
      }),
    ]);
    expect(figures.standingOrders[1]?.missingOn).toHaveLength(10);
  });

  test('closing the year changes no figure', async () => {
    const l = await treasurerLedger();
    const before = await generalAssemblyFigures(l.db, 2026);
    await setLedgerLock(l.db, { lockedThrough: '2026-12-31', reopenReason: null }, l.memberId, NOW);
    expect(await generalAssemblyFigures(l.db, 2026)).toEqual(before);
  });
});
