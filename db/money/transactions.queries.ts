import { AppError } from '../../shared/errors';
import type { SplitInput, TransactionInput } from '../../shared/money/ledger.schemas';
import { mustExist, type RegistryDb } from '../registry/registry-db';
import { assertBalanced } from './ledger-balance.queries';
import { inOneTransaction, withLedgerErrors } from './ledger-errors';

/** Who writes and when: every ledger row records the member who created it and who last changed it. */
export interface LedgerStamp {
  memberId: number | null;
  now: string;
}

/** The account's currency, which the transaction copies (the triggers refuse any other). */
export async function accountCurrency(db: RegistryDb, accountId: number): Promise<string> {
  const row = await db.selectFrom('accounts').select('currency').where('id', '=', accountId).executeTakeFirst();
  return mustExist(row, 'Account').currency;
}

function columnsOf(input: Omit<TransactionInput, 'splits'>, currency: string) {
  return {
    account_id: input.accountId,
    booked_on: input.bookedOn,
    amount_minor: input.amountMinor,
    currency,
    counterparty: input.counterparty,
    text: input.text,
    status: input.status,
    prisoner_id: input.prisonerId,
    parcel_id: input.parcelId,
    evening_id: input.eveningId,
    standing_order_id: input.standingOrderId,
  };
}

export async function insertSplits(db: RegistryDb, transactionId: number, splits: readonly SplitInput[]) {
  await db
    .insertInto('splits')
    .values(
      splits.map((split, position) => ({
        transaction_id: transactionId,
        position,
        category_id: split.categoryId,
        fund_id: split.fundId,
        amount_minor: split.amountMinor,
      })),
    )
    .execute();
}

/** A transaction and its splits, all or nothing; refused when the splits do not sum to the amount. */
export function insertTransaction(
  db: RegistryDb,
  input: TransactionInput,
  stamp: LedgerStamp,
  transferGroup: string | null = null,
): Promise<number> {
  return inOneTransaction(db, (trx) =>
    withLedgerErrors(async () => {
      const currency = await accountCurrency(trx, input.accountId);
      const row = await trx
        .insertInto('transactions')
        .values({
          ...columnsOf(input, currency),
          transfer_group: transferGroup,
          created_at: stamp.now,
          created_by_member_id: stamp.memberId,
          updated_at: stamp.now,
          updated_by_member_id: stamp.memberId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertSplits(trx, row.id, input.splits);
      await assertBalanced(trx, [row.id]);
      return row.id;
    }),
  );
}

/**
 * Rewrites a transaction and replaces its splits. A transfer's half is refused: changed alone it would no longer match
 * the other half, so a transfer is deleted and made again, as one operation each.
 */
export function updateTransaction(
  db: RegistryDb,
  id: number,
  input: TransactionInput,
  stamp: LedgerStamp,
): Promise<void> {
  return inOneTransaction(db, (trx) =>
    withLedgerErrors(async () => {
      const current = mustExist(
        await trx.selectFrom('transactions').select('transfer_group').where('id', '=', id).executeTakeFirst(),
        'Transaction',
      );
      if (current.transfer_group !== null)
        throw new AppError('VALIDATION', 'A half of a transfer is not changed alone: delete the transfer and redo it');
      const currency = await accountCurrency(trx, input.accountId);
      await trx
        .updateTable('transactions')
        .set({ ...columnsOf(input, currency), updated_at: stamp.now, updated_by_member_id: stamp.memberId })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('splits').where('transaction_id', '=', id).execute();
      await insertSplits(trx, id, input.splits);
      await assertBalanced(trx, [id]);
    }),
  );
}

/** Deletes a transaction (its splits go with it) in the open period; a transfer's half takes the other half along. */
export function deleteTransaction(db: RegistryDb, id: number): Promise<void> {
  return inOneTransaction(db, (trx) =>
    withLedgerErrors(async () => {
      const row = mustExist(
        await trx.selectFrom('transactions').select('transfer_group').where('id', '=', id).executeTakeFirst(),
        'Transaction',
      );
      const query = trx.deleteFrom('transactions');
      await (
        row.transfer_group === null
          ? query.where('id', '=', id)
          : query.where('transfer_group', '=', row.transfer_group)
      ).execute();
    }),
  );
}
