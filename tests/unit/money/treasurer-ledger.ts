import { createDonor } from '../../../db/money/donors.queries';
import { createFund } from '../../../db/money/funds.queries';
import { createStandingOrder } from '../../../db/money/standing-orders.queries';
import { insertTransaction } from '../../../db/money/transactions.queries';
import { insertTransfer } from '../../../db/money/transfers.queries';
import { donorInput, standingOrderInput, transferInput } from '../../../shared/money/ledger.schemas';
import { prisoner } from '../registry/registry-data';
import { NOW, entry, ledgerVault } from './ledger-data';

/**
 * A year of a small group's money, 2026, written by hand so every figure of the treasurer's reports is known:
 * EUR bank and cash accounts and a CHF one (openings 1,200.00 EUR, 50.00 EUR, 300.00 CHF on 2025-01-01), a transfer and
 * an exchange, payments to two prisoners (one named by the transaction, one by the fund), one to nobody named, two
 * standing orders, and entries before and after the year that must not count in it.
 */
export async function treasurerLedger() {
  const l = await ledgerVault();
  const { db, stamp, accounts, funds } = l;
  const c = l.categories as Record<string, number>;
  const martin = await prisoner(l.r, { familyName: 'Martin', givenNames: 'Alice' });
  const durand = await prisoner(l.r, { familyName: 'Durand', givenNames: 'Bob' });
  const durandFund = await createFund(db, { name: 'Soutien Bob', kind: 'restricted', prisonerId: durand }, NOW);
  const donor = await createDonor(db, donorInput.parse({ pseudonymOrName: 'Louise M.', noThanks: true }), NOW);
  const order = (
    accountId: number,
    amountMinor: number,
    currency: string,
    rhythm: string,
    fromOn: string,
    untilOn?: string,
  ) =>
    createStandingOrder(
      db,
      standingOrderInput.parse({
        donorId: donor,
        accountId,
        fundId: funds.general,
        amountMinor,
        currency,
        rhythm,
        fromOn,
        untilOn,
      }),
      NOW,
    );
  const monthly = await order(accounts.bank, 2_500, 'EUR', 'monthly', '2025-11-05');
  await order(accounts.bank, 1_000, 'EUR', 'monthly', '2025-01-05', '2025-12-31');
  const yearly = await order(accounts.swiss, 10_000, 'CHF', 'yearly', '2026-12-15');
  const write = (accountId: number, on: string, splits: [number, number, number][], extra = {}) =>
    insertTransaction(db, entry(accountId, on, splits, extra), stamp);
  const transfer = (from: number, to: number, on: string, outMinor: number, inMinor: number) =>
    insertTransfer(
      db,
      transferInput.parse({
        fromAccountId: from,
        toAccountId: to,
        bookedOn: on,
        outMinor,
        inMinor,
        fundId: funds.general,
      }),
      stamp,
    );

  await write(accounts.bank, '2025-06-01', [[c.donation!, funds.general, 10_000]]);
  await write(accounts.bank, '2026-01-06', [[c.donation!, funds.general, 2_500]], { standingOrderId: monthly });
  await write(accounts.bank, '2026-01-10', [
    [c.donation!, funds.general, 20_000],
    [c.membership_fee!, funds.general, 3_000],
  ]);
  await write(accounts.bank, '2026-02-01', [[c.payment_to_prisoner!, funds.general, -8_000]], { prisonerId: martin });
  await write(accounts.bank, '2026-02-05', [[c.donation!, funds.general, 2_500]], { standingOrderId: monthly });
  await transfer(accounts.bank, accounts.cash, '2026-03-01', 4_000, 4_000);
  await write(accounts.cash, '2026-03-05', [[c.postage!, funds.general, -1_250]]);
  await write(accounts.swiss, '2026-04-01', [[c.donation!, funds.general, 15_000]]);
  await transfer(accounts.bank, accounts.swiss, '2026-04-02', 10_000, 9_500);
  await write(accounts.swiss, '2026-05-01', [[c.payment_to_prisoner!, durandFund, -6_000]]);
  await write(accounts.bank, '2026-06-01', [[c.payment_to_prisoner!, funds.general, -2_500]], { status: 'ordered' });
  await write(accounts.bank, '2026-07-01', [[c.legal!, funds.legal, -30_000]], { prisonerId: martin });
  await write(accounts.bank, '2027-01-02', [[c.donation!, funds.general, 99_900]]);
  return { ...l, martin, durand, durandFund, monthly, yearly };
}
