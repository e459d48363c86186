import type { PaymentStatus } from '../../shared/money/money-values';
import type { RegistryDb } from '../registry/registry-db';

export interface TransactionFilter {
  accountId: number;
  fromOn?: string;
  toOn?: string;
  status?: PaymentStatus;
  prisonerId?: number;
  fundId?: number;
  categoryId?: number;
  /** Rows to skip and to return: pages of the newest first. */
  offset?: number;
  limit?: number;
}

export interface LedgerSplit {
  position: number;
  categoryId: number | null;
  fundId: number;
  amountMinor: number;
}

export interface LedgerRow {
  id: number;
  bookedOn: string;
  amountMinor: number;
  currency: string;
  counterparty: string | null;
  text: string;
  status: string;
  prisonerId: number | null;
  transferGroup: string | null;
  standingOrderId: number | null;
  splits: LedgerSplit[];
}

/**
 * One page of an account's transactions, newest first (booked date, then id), with their splits. EXPLAIN QUERY PLAN:
 * `SEARCH t USING INDEX transactions_account_booked (account_id=? AND booked_on>? AND booked_on<?)`, walked backwards,
 * no temp B-tree for the order; the fund and category filters are EXISTS probes through splits' unique
 * (transaction_id, position) index, per row of that walk.
 */
export async function listAccountTransactions(db: RegistryDb, filter: TransactionFilter): Promise<LedgerRow[]> {
  let query = db
    .selectFrom('transactions as t')
    .selectAll('t')
    .where('t.account_id', '=', filter.accountId)
    .orderBy('t.booked_on', 'desc')
    .orderBy('t.id', 'desc')
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  if (filter.fromOn !== undefined) query = query.where('t.booked_on', '>=', filter.fromOn);
  if (filter.toOn !== undefined) query = query.where('t.booked_on', '<=', filter.toOn);
  if (filter.status !== undefined) query = query.where('t.status', '=', filter.status);
  if (filter.prisonerId !== undefined) query = query.where('t.prisoner_id', '=', filter.prisonerId);
  const { fundId, categoryId } = filter;
  if (fundId !== undefined || categoryId !== undefined)
    query = query.where(({ exists, selectFrom }) => {
      let splits = selectFrom('splits as s').select('s.id').whereRef('s.transaction_id', '=', 't.id');
      if (fundId !== undefined) splits = splits.where('s.fund_id', '=', fundId);
      if (categoryId !== undefined) splits = splits.where('s.category_id', '=', categoryId);
      return exists(splits);
    });
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const splits = await db
    .selectFrom('splits')
    .selectAll()
    .where(
      'transaction_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('transaction_id')
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    bookedOn: row.booked_on,
    amountMinor: row.amount_minor,
    currency: row.currency,
    counterparty: row.counterparty,
    text: row.text,
    status: row.status,
    prisonerId: row.prisoner_id,
    transferGroup: row.transfer_group,
    standingOrderId: row.standing_order_id,
    splits: splits
      .filter((split) => split.transaction_id === row.id)
      .map((split) => ({
        position: split.position,
        categoryId: split.category_id,
        fundId: split.fund_id,
        amountMinor: split.amount_minor,
      })),
  }));
}
