import { sql } from 'kysely';
import { AppError } from '../../shared/errors';
import type { RegistryDb } from '../registry/registry-db';

/**
 * The transactions among `ids` whose splits do not sum exactly to their amount. SQLite has neither a CHECK across rows
 * nor a trigger at commit, so every write of transactions or splits calls `assertBalanced` before its transaction
 * commits: a row is never seen unbalanced outside the write that made it.
 */
export async function unbalancedTransactions(db: RegistryDb, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('transactions as t')
    .select('t.id')
    .where('t.id', 'in', ids)
    .where((eb) =>
      eb(
        't.amount_minor',
        '!=',
        sql<number>`coalesce((select sum(s.amount_minor) from splits s where s.transaction_id = t.id), 0)`,
      ),
    )
    .orderBy('t.id')
    .execute();
  return rows.map((row) => row.id);
}

export async function assertBalanced(db: RegistryDb, ids: readonly number[]): Promise<void> {
  const wrong = await unbalancedTransactions(db, ids);
  if (wrong.length > 0) throw new AppError('LEDGER_UNBALANCED', `Splits do not sum to transaction ${wrong.join(', ')}`);
}
