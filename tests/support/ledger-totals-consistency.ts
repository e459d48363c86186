import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * ledger_month_totals recomputed from the splits and their transactions in TypeScript (not from migration 019's
 * view), so a wrong view or a missing trigger is caught: each key's sum and count, and no row for a key without splits.
 */
export async function ledgerTotalsProblems(db: Kysely<Database>): Promise<string[]> {
  const splits = await db
    .selectFrom('splits as s')
    .innerJoin('transactions as t', 't.id', 's.transaction_id')
    .select(['t.account_id', 's.fund_id', 't.booked_on', 't.currency', 's.amount_minor'])
    .execute();
  const expected = new Map<string, { currency: string; amount: number; splits: number }>();
  for (const s of splits) {
    const key = [s.account_id, s.fund_id, s.booked_on.slice(0, 7)].join('/');
    const row = expected.get(key) ?? { currency: s.currency, amount: 0, splits: 0 };
    row.amount += s.amount_minor;
    row.splits += 1;
    expected.set(key, row);
  }
  const problems: string[] = [];
  const rows = await db.selectFrom('ledger_month_totals').selectAll().execute();
  for (const row of rows) {
    const key = [row.account_id, row.fund_id, row.month].join('/');
    const want = expected.get(key);
    expected.delete(key);
    if (want === undefined) problems.push(`ledger_month_totals ${key}: a row without splits`);
    else if (want.amount !== row.amount_minor || want.splits !== row.splits || want.currency !== row.currency)
      problems.push(
        `ledger_month_totals ${key}: ${row.amount_minor} ${row.currency} in ${row.splits} splits, ` +
          `expected ${want.amount} ${want.currency} in ${want.splits}`,
      );
  }
  for (const key of expected.keys()) problems.push(`ledger_month_totals ${key}: missing`);
  return problems;
}
