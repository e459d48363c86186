import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { TransferInput } from '../../shared/money/ledger.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { inOneTransaction, withLedgerErrors } from './ledger-errors';
import { accountCurrency, insertTransaction, type LedgerStamp } from './transactions.queries';

/**
 * Money moved between two own accounts as one operation: two transactions sharing a transfer group, out of one and into
 * the other, each with one split in the fund the money belongs to and no category (it is neither earned nor spent).
 * An exchange is the same with both amounts in their own currencies; nothing is converted, so between accounts of
 * one currency the amounts must be equal and the pair sums to zero.
 */
export function insertTransfer(
  db: RegistryDb,
  input: TransferInput,
  stamp: LedgerStamp,
): Promise<{ group: string; outId: number; inId: number }> {
  return inOneTransaction(db, async (trx) => {
    if (input.fromAccountId === input.toAccountId)
      throw new AppError('VALIDATION', 'A transfer goes between two different accounts');
    const [fromCurrency, toCurrency] = [
      await accountCurrency(trx, input.fromAccountId),
      await accountCurrency(trx, input.toAccountId),
    ];
    if (fromCurrency === toCurrency && input.outMinor !== input.inMinor)
      throw new AppError('LEDGER_UNBALANCED', 'A transfer in one currency moves the same amount out and in');
    const group = randomUUID();
    const half = (accountId: number, amountMinor: number) =>
      insertTransaction(
        trx,
        {
          accountId,
          bookedOn: input.bookedOn,
          amountMinor,
          counterparty: null,
          text: input.text,
          status: 'confirmed',
          prisonerId: null,
          parcelId: null,
          eveningId: null,
          standingOrderId: null,
          splits: [{ categoryId: null, fundId: input.fundId, amountMinor }],
        },
        stamp,
        group,
      );
    const outId = await half(input.fromAccountId, -input.outMinor);
    const inId = await half(input.toAccountId, input.inMinor);
    return { group, outId, inId };
  });
}

/** Both halves of a transfer go together, or neither (a half in the closed period refuses the whole). */
export async function deleteTransfer(db: RegistryDb, transferGroup: string): Promise<boolean> {
  const result = await withLedgerErrors(() =>
    db.deleteFrom('transactions').where('transfer_group', '=', transferGroup).executeTakeFirst(),
  );
  return result.numDeletedRows > 0n;
}
