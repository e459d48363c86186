import type { Handlers } from '../../../shared/contract';
import { getLedgerLock, setLedgerLock } from '../../../db/money/ledger-lock.queries';
import { memberNames } from '../../../db/money/ledger-stamps';
import { transactionDetail, transactionsForList } from '../../../db/money/transaction-channels.queries';
import { deleteTransaction, insertTransaction, updateTransaction } from '../../../db/money/transactions.queries';
import { deleteTransfer, insertTransfer } from '../../../db/money/transfers.queries';
import { requireChanged, type RegistryDb } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { stampFor } from './ledger-stamp';

type Names =
  | 'transactions:list'
  | 'transactions:get'
  | 'transactions:create'
  | 'transactions:update'
  | 'transactions:delete'
  | 'transfers:create'
  | 'transfers:delete'
  | 'ledgerLock:get'
  | 'ledgerLock:set';

async function lockOutput(db: RegistryDb) {
  const lock = await getLedgerLock(db);
  const names = await memberNames(db);
  const changedByName = lock.changedByMemberId === null ? null : (names.get(lock.changedByMemberId) ?? null);
  return { ...lock, changedByName };
}

/**
 * Entries, transfers and the lock date. The vault's triggers refuse what touches the closed period and the query
 * layer checks that splits sum to their entry; these handlers stamp who did it and put the refusals in words.
 */
export function ledgerHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const db = () => ctx.vault.db;
  return {
    'transactions:list': async (filter) => transactionsForList(db(), filter),

    'transactions:get': async ({ id }) => transactionDetail(db(), id),

    'transactions:create': async ({ byMemberId, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => ({ id: await insertTransaction(trx, input, await stampFor(trx, byMemberId)) })),

    'transactions:update': async ({ id, byMemberId, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          await updateTransaction(trx, id, input, await stampFor(trx, byMemberId));
          return {};
        }),

    'transactions:delete': async ({ id }) => {
      await deleteTransaction(db(), id);
      return {};
    },

    'transfers:create': async ({ byMemberId, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const { group, outId, inId } = await insertTransfer(trx, input, await stampFor(trx, byMemberId));
          return { transferGroup: group, outId, inId };
        }),

    'transfers:delete': async ({ transferGroup }) => {
      requireChanged(await deleteTransfer(db(), transferGroup), 'Transfer');
      return {};
    },

    'ledgerLock:get': async () => lockOutput(db()),

    'ledgerLock:set': async ({ byMemberId, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const stamp = await stampFor(trx, byMemberId);
          await setLedgerLock(trx, input, stamp.memberId, stamp.now);
          return lockOutput(trx);
        }),
  };
}
