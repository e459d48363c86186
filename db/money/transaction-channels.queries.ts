import type { LedgerRowOutput, TransactionDetail } from '../../shared/money/ledger-outputs.schemas';
import type { PaymentStatus } from '../../shared/money/money-values';
import { prisonerNameSql } from '../parcels/parcels.queries';
import { mustExist, type RegistryDb } from '../registry/registry-db';
import { getLedgerLock } from './ledger-lock.queries';
import { memberNames, recordStampOf } from './ledger-stamps';
import {
  countAccountTransactions,
  listAccountTransactions,
  withSplits,
  type LedgerRow,
  type TransactionFilter,
} from './transaction-list.queries';

async function prisonerNames(db: RegistryDb, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('prisoners as p')
    .select(['p.id', prisonerNameSql.as('name')])
    .where('p.id', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

function rowOutput(row: LedgerRow, names: ReadonlyMap<number, string>, lockedThrough: string | null): LedgerRowOutput {
  return {
    ...row,
    status: row.status as PaymentStatus,
    prisonerName: row.prisonerId === null ? null : (names.get(row.prisonerId) ?? null),
    locked: lockedThrough !== null && row.bookedOn <= lockedThrough,
  };
}

/** A page of one account's entries (listAccountTransactions) with the prisoners' names, the lock flag and the total. */
export async function transactionsForList(db: RegistryDb, filter: TransactionFilter) {
  const [rows, total, lock] = [
    await listAccountTransactions(db, filter),
    await countAccountTransactions(db, filter),
    await getLedgerLock(db),
  ];
  const names = await prisonerNames(
    db,
    rows.map((row) => row.prisonerId),
  );
  return { rows: rows.map((row) => rowOutput(row, names, lock.lockedThrough)), total };
}

/** One entry with its splits, what it is linked to, the other half of a transfer, and who recorded it when. */
export async function transactionDetail(db: RegistryDb, id: number): Promise<TransactionDetail> {
  const row = mustExist(
    await db
      .selectFrom('transactions as t')
      .innerJoin('accounts as a', 'a.id', 't.account_id')
      .selectAll('t')
      .select('a.name as account_name')
      .where('t.id', '=', id)
      .executeTakeFirst(),
    'Transaction',
  );
  const [ledgerRow] = await withSplits(db, [row]);
  const lock = await getLedgerLock(db);
  const base = rowOutput(
    mustExist(ledgerRow, 'Transaction'),
    await prisonerNames(db, [row.prisoner_id]),
    lock.lockedThrough,
  );
  const parcel =
    row.parcel_id === null
      ? undefined
      : await db
          .selectFrom('parcels')
          .select(['id', 'prepared_on as preparedOn', 'status'])
          .where('id', '=', row.parcel_id)
          .executeTakeFirst();
  const evening =
    row.evening_id === null
      ? undefined
      : await db
          .selectFrom('writing_evenings')
          .select(['id', 'held_on as heldOn', 'place'])
          .where('id', '=', row.evening_id)
          .executeTakeFirst();
  const order =
    row.standing_order_id === null
      ? undefined
      : await db
          .selectFrom('standing_orders as o')
          .leftJoin('donors as d', 'd.id', 'o.donor_id')
          .select(['o.id', 'd.pseudonym_or_name as donorName'])
          .where('o.id', '=', row.standing_order_id)
          .executeTakeFirst();
  const other =
    row.transfer_group === null
      ? undefined
      : await db
          .selectFrom('transactions as t')
          .innerJoin('accounts as a', 'a.id', 't.account_id')
          .select([
            't.id',
            't.account_id as accountId',
            'a.name as accountName',
            't.amount_minor as amountMinor',
            't.currency',
          ])
          .where('t.transfer_group', '=', row.transfer_group)
          .where('t.id', '!=', row.id)
          .executeTakeFirst();
  return {
    ...base,
    accountName: row.account_name,
    parcel: parcel ?? null,
    evening: evening ?? null,
    standingOrder: order ?? null,
    transfer: other ?? null,
    ...recordStampOf(
      {
        created_at: row.created_at,
        created_by_member_id: row.created_by_member_id,
        updated_at: row.updated_at,
        updated_by_member_id: row.updated_by_member_id,
      },
      await memberNames(db),
    ),
  };
}
