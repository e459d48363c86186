import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { listAccounts } from '../../../db/money/accounts.queries';
import { createCategory, fundBalances } from '../../../db/money/funds.queries';
import { listAccountTransactions } from '../../../db/money/transaction-list.queries';
import { insertTransaction } from '../../../db/money/transactions.queries';
import { entry, ledgerVault } from './ledger-data';

describe("an account's list and the balances at a date", () => {
  test('pages newest first, filters by dates, status, fund and category, and uses its index', async () => {
    const l = await ledgerVault();
    const stickers = await createCategory(l.db, { name: 'Autocollants', direction: 'income' });
    const ids: number[] = [];
    for (let n = 1; n <= 7; n += 1) {
      const fund = n % 2 === 0 ? l.funds.legal : l.funds.general;
      const category = n === 7 ? stickers : l.categories.donation!;
      const status = n === 3 ? 'ordered' : 'confirmed';
      ids.push(
        await insertTransaction(
          l.db,
          entry(l.accounts.bank, `2026-05-0${n}`, [[category, fund, n * 100]], { status }),
          l.stamp,
        ),
      );
    }
    await insertTransaction(
      l.db,
      entry(l.accounts.cash, '2026-05-09', [[l.categories.donation!, l.funds.general, 1]]),
      l.stamp,
    );

    const page = (filter: object) =>
      listAccountTransactions(l.db, { accountId: l.accounts.bank, ...filter }).then((rows) => rows.map((r) => r.id));
    expect(await page({ limit: 3 })).toEqual([ids[6], ids[5], ids[4]]);
    expect(await page({ limit: 3, offset: 3 })).toEqual([ids[3], ids[2], ids[1]]);
    expect(await page({ fromOn: '2026-05-02', toOn: '2026-05-04' })).toEqual([ids[3], ids[2], ids[1]]);
    expect(await page({ status: 'ordered' })).toEqual([ids[2]]);
    expect(await page({ fundId: l.funds.legal })).toEqual([ids[5], ids[3], ids[1]]);
    expect(await page({ categoryId: stickers })).toEqual([ids[6]]);
    const [newest] = await listAccountTransactions(l.db, { accountId: l.accounts.bank, limit: 1 });
    expect(newest).toMatchObject({
      amountMinor: 700,
      currency: 'EUR',
      splits: [{ position: 0, categoryId: stickers }],
    });

    const plan = await sql<{ detail: string }>`explain query plan
      select * from transactions t where t.account_id = ${l.accounts.bank} and t.booked_on >= '2026-05-02'
      and t.booked_on <= '2026-05-04' order by t.booked_on desc, t.id desc limit 50`.execute(l.db);
    const details = plan.rows.map((row) => row.detail).join('\n');
    expect(details).toContain('USING INDEX transactions_account_booked');
    expect(details).not.toContain('TEMP B-TREE');
  });

  test('balances at a date count the opening from its date and nothing after', async () => {
    const l = await ledgerVault();
    await insertTransaction(
      l.db,
      entry(l.accounts.bank, '2026-02-01', [[l.categories.grant!, l.funds.legal, 90_000]]),
      l.stamp,
    );
    await insertTransaction(
      l.db,
      entry(l.accounts.bank, '2026-03-01', [[l.categories.legal!, l.funds.legal, -40_000]]),
      l.stamp,
    );
    const bank = async (asOf?: string) =>
      (await listAccounts(l.db, asOf)).find((a) => a.id === l.accounts.bank)?.balanceMinor;
    expect(await bank('2024-12-31')).toBe(0);
    expect(await bank('2026-02-15')).toBe(210_000);
    expect(await bank()).toBe(170_000);
    const legal = async (asOf?: string) =>
      (await fundBalances(l.db, asOf)).map((f) => [f.name, f.currency, f.balanceMinor]);
    expect(await legal('2026-01-31')).toEqual([]);
    expect(await legal('2026-02-15')).toEqual([['Frais de justice', 'EUR', 90_000]]);
    expect(await legal()).toEqual([['Frais de justice', 'EUR', 50_000]]);
  });
});
